import { vendorBadResponse } from '../../common/errors.js';
import type { Window } from '../contracts.js';
import {
  allPagesByOffset,
  eachPageByOffset,
  offsetWindow,
  type PageTaker,
  WALK_PAGES_IN_FLIGHT,
} from '../paging/page-number-window.js';
import type { JumpCloudList } from './types.js';

/**
 * JumpCloud's paging dialect (https://docs.jumpcloud.com/api/2.0/index.html#section/Pagination):
 * `limit` (default 10, at most 100: more is a 400) and `skip` (an offset); every list answers its
 * `totalCount`, in a `{records}` or a `{results}` envelope depending on the endpoint. Offsets map
 * one to one onto `skip`, so any window is one call when it fits in 100 items.
 */
export const JUMPCLOUD_MAX_LIMIT = 100;

export interface JumpCloudPageRequest {
  skip: number;
  limit: number;
}

export type JumpCloudPageFetch<T> = (page: JumpCloudPageRequest) => Promise<JumpCloudList<T>>;

/** A list answer as `{items, total}`, whichever envelope the endpoint uses. */
export function jumpCloudPageWindow<T>(page: JumpCloudList<T>): Window<T> {
  const body = page as Partial<{ records: T[]; results: T[]; totalCount: number }> | undefined;
  const items = body?.records ?? body?.results;
  if (!Array.isArray(items)) throw vendorBadResponse('JUMPCLOUD', 'a list without `records` or `results`');
  // `totalCount` is required by every list schema; a missing one still pages safely as "this page is all".
  const total = typeof body?.totalCount === 'number' ? body.totalCount : items.length;
  return { items, total };
}

/**
 * Items [offset, offset + limit): one call when `limit` ≤ 100 (the connection page sizes), else
 * ⌈limit / 100⌉ calls in parallel.
 */
export function jumpCloudWindow<T>(
  offset: number,
  limit: number,
  fetch: JumpCloudPageFetch<T>,
): Promise<Window<T>> {
  return offsetWindow(offset, limit, JUMPCLOUD_MAX_LIMIT, async (skip, size) =>
    jumpCloudPageWindow(await fetch({ skip, limit: size })),
  );
}

/** Every page of a JumpCloud list as it arrives (the identity walk): the calls of `allJumpCloudItems`. */
export function eachJumpCloudPage<T>(fetch: JumpCloudPageFetch<T>, take: PageTaker<T>): Promise<void> {
  return eachPageByOffset(
    JUMPCLOUD_MAX_LIMIT,
    async (skip, limit) => jumpCloudPageWindow(await fetch({ skip, limit })),
    take,
    WALK_PAGES_IN_FLIGHT,
  );
}

/** A whole JumpCloud list with 100-item pages: ⌈total / 100⌉ calls, the first alone, the rest in parallel. */
export function allJumpCloudItems<T>(fetch: JumpCloudPageFetch<T>): Promise<T[]> {
  return allPagesByOffset(JUMPCLOUD_MAX_LIMIT, async (skip, limit) =>
    jumpCloudPageWindow(await fetch({ skip, limit })),
  );
}
