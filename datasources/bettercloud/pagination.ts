import { vendorBadResponse } from '../../common/errors.js';
import type { Window } from '../contracts.js';
import {
  allPagesByNumber,
  eachPageByNumber,
  pageNumberWindow,
  type PageTaker,
  WALK_PAGES_IN_FLIGHT,
} from '../paging/page-number-window.js';
import type { BetterCloudPage } from './types.js';

/**
 * BetterCloud's pagination dialect: `page` (1-based) and `per_page` (1 to 100; more is a 400), and
 * `meta.total` on every page, so any page can be asked for directly and pages after the first can
 * be read in parallel. https://developer.bettercloud.com/ (Pagination; specs/bettercloud.yaml).
 */
export const BETTERCLOUD_MAX_PER_PAGE = 100;

export type BetterCloudPageFetch<T> = (page: number, perPage: number) => Promise<BetterCloudPage<T>>;

/** A BetterCloud page as a window of items and the list's total; a page without them is a bad response. */
export function betterCloudWindow<T>(page: BetterCloudPage<T>): Window<T> {
  if (!Array.isArray(page?.data) || typeof page.meta?.total !== 'number')
    throw vendorBadResponse('BETTERCLOUD', 'a list answer without `data` or `meta.total`');
  return { items: page.data, total: page.meta.total };
}

/** Items [offset, offset + limit): one call when the window lines up with a page, else the covering pages. */
export function betterCloudOffsetWindow<T>(
  offset: number,
  limit: number,
  fetchPage: BetterCloudPageFetch<T>,
): Promise<Window<T>> {
  return pageNumberWindow(offset, limit, BETTERCLOUD_MAX_PER_PAGE, async (page, perPage) =>
    betterCloudWindow(await fetchPage(page, perPage)),
  );
}

/** Every page of a list as it arrives (the identity walk): the calls of `allBetterCloudItems`. */
export function eachBetterCloudPage<T>(
  fetchPage: BetterCloudPageFetch<T>,
  take: PageTaker<T>,
): Promise<void> {
  return eachPageByNumber(
    BETTERCLOUD_MAX_PER_PAGE,
    async (page, perPage) => betterCloudWindow(await fetchPage(page, perPage)),
    take,
    WALK_PAGES_IN_FLIGHT,
  );
}

/** Every item of a list: ⌈N / 100⌉ calls, the first alone (for `meta.total`), the rest in parallel. */
export function allBetterCloudItems<T>(fetchPage: BetterCloudPageFetch<T>): Promise<T[]> {
  return allPagesByNumber(BETTERCLOUD_MAX_PER_PAGE, async (page, perPage) =>
    betterCloudWindow(await fetchPage(page, perPage)),
  );
}

/** The one page that serves the most items from `offset` on (up to `want`): items `skip` onwards of page `page` of size `perPage`. */
export interface SinglePagePlan {
  page: number;
  perPage: number;
  skip: number;
  /** How many items from `offset` that page holds, at most `want` (fewer when no single page covers `want`). */
  covered: number;
}

/**
 * For lists read in one call per GraphQL page whatever the offset (the merged event feed): among
 * every `per_page` up to 100, the smallest page that covers the most of [offset, offset + want).
 * Offset 37, want 20 → per_page 29, page 2 (items 29..57), skip 8: all 20 in one call.
 */
export function singlePageFrom(offset: number, want: number): SinglePagePlan {
  if (
    !Number.isInteger(offset) ||
    offset < 0 ||
    !Number.isInteger(want) ||
    want < 1 ||
    want > BETTERCLOUD_MAX_PER_PAGE
  )
    throw new RangeError(
      `singlePageFrom(${offset}, ${want}): offset must be ≥ 0 and want 1..${BETTERCLOUD_MAX_PER_PAGE}`,
    );
  let best: SinglePagePlan = { page: offset + 1, perPage: 1, skip: 0, covered: 1 };
  for (let perPage = 2; perPage <= BETTERCLOUD_MAX_PER_PAGE && best.covered < want; perPage++) {
    const skip = offset % perPage;
    const covered = Math.min(perPage - skip, want);
    if (covered > best.covered) best = { page: Math.floor(offset / perPage) + 1, perPage, skip, covered };
  }
  return best;
}
