import type { Window } from '../contracts.js';
import {
  allPagesByOffset,
  eachPageByOffset,
  offsetWindow,
  type PageTaker,
  WALK_PAGES_IN_FLIGHT,
} from '../paging/page-number-window.js';

/**
 * SCIM's pagination dialect (RFC 7644 §3.4.2.4): `startIndex` is 1-based, `count` is the page size
 * (Atlassian caps it at 100, its `filter.maxResults`), `totalResults` counts every match.
 */
export const SCIM_MAX_PAGE_SIZE = 100;

export interface ScimListPage<T> {
  totalResults: number;
  Resources?: T[];
}

/** The query parameters that read the window starting at a 0-based `offset`. */
export function scimPageQuery(offset: number, limit: number): { startIndex: number; count: number } {
  return { startIndex: offset + 1, count: Math.min(limit, SCIM_MAX_PAGE_SIZE) };
}

export function scimWindow<T>(page: ScimListPage<T>): Window<T> {
  return { items: page.Resources ?? [], total: page.totalResults };
}

export type ScimPageFetch<T> = (query: { startIndex: number; count: number }) => Promise<ScimListPage<T>>;

/** The window [offset, offset + limit): one call when limit ≤ 100, else one per 100 (in parallel). */
export function readScimWindow<T>(
  offset: number,
  limit: number,
  fetchPage: ScimPageFetch<T>,
): Promise<Window<T>> {
  return offsetWindow(offset, limit, SCIM_MAX_PAGE_SIZE, (start, size) =>
    fetchPage(scimPageQuery(start, size)).then(scimWindow),
  );
}

/** Every page of a SCIM list as it arrives (the identity walk): the calls of `allScimItems`. */
export function eachScimPage<T>(fetchPage: ScimPageFetch<T>, take: PageTaker<T>): Promise<void> {
  return eachPageByOffset(
    SCIM_MAX_PAGE_SIZE,
    (offset, limit) => fetchPage(scimPageQuery(offset, limit)).then(scimWindow),
    take,
    WALK_PAGES_IN_FLIGHT,
  );
}

/** Every item of a SCIM list: the first page, then the rest in parallel. ⌈N / 100⌉ calls. */
export function allScimItems<T>(fetchPage: ScimPageFetch<T>): Promise<T[]> {
  return allPagesByOffset(SCIM_MAX_PAGE_SIZE, (offset, limit) =>
    fetchPage(scimPageQuery(offset, limit)).then(scimWindow),
  );
}
