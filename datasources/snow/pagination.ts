import type { Window } from '../contracts.js';
import {
  allPagesByNumber,
  eachPageByNumber,
  pageNumberWindow,
  type PageTaker,
  WALK_PAGES_IN_FLIGHT,
} from '../paging/page-number-window.js';
import type { SnowPage } from './types.js';

/**
 * Snow's paging dialect: `page_size` (default 100, at most 1000: more is a 400) and
 * `page_number` from 1; each page says `pagination.total_items` / `total_pages`.
 */
export const SNOW_MAX_PAGE_SIZE = 1000;

export interface SnowPageRequest {
  pageNumber: number;
  pageSize: number;
}

/** The query parameters of one page. */
export function snowPageQuery(page: SnowPageRequest): { page_size: number; page_number: number } {
  return { page_size: page.pageSize, page_number: page.pageNumber };
}

/**
 * One page as `{items, total}`. The vendor requires only page_size/page_number in `pagination`;
 * when `total_items` is missing, `total_pages` still tells how many pages to read.
 */
export function snowPageWindow<T>(page: SnowPage<T>, requested: SnowPageRequest): Window<T> {
  const { total_items: totalItems, total_pages: totalPages } = page.pagination;
  if (totalItems !== undefined) return { items: page.items, total: totalItems };
  if (totalPages !== undefined) return { items: page.items, total: totalPages * requested.pageSize };
  return { items: page.items, total: (requested.pageNumber - 1) * requested.pageSize + page.items.length };
}

export type SnowPageFetch<T> = (page: SnowPageRequest) => Promise<SnowPage<T>>;

/** Items [offset, offset + limit) in the fewest Snow pages (one when the window lines up with a page). */
export function snowWindow<T>(offset: number, limit: number, fetch: SnowPageFetch<T>): Promise<Window<T>> {
  return pageNumberWindow(offset, limit, SNOW_MAX_PAGE_SIZE, async (pageNumber, pageSize) =>
    snowPageWindow(await fetch({ pageNumber, pageSize }), { pageNumber, pageSize }),
  );
}

/** Every page of a Snow list as it arrives (the identity walk): the calls of `allSnowPages`. */
export function eachSnowPage<T>(fetch: SnowPageFetch<T>, take: PageTaker<T>): Promise<void> {
  return eachPageByNumber(
    SNOW_MAX_PAGE_SIZE,
    async (pageNumber, pageSize) =>
      snowPageWindow(await fetch({ pageNumber, pageSize }), { pageNumber, pageSize }),
    take,
    WALK_PAGES_IN_FLIGHT,
  );
}

/** A whole Snow list with 1000-item pages: ⌈total / 1000⌉ calls, the first alone, the rest in parallel. */
export function allSnowPages<T>(fetch: SnowPageFetch<T>): Promise<T[]> {
  return allPagesByNumber(SNOW_MAX_PAGE_SIZE, async (pageNumber, pageSize) =>
    snowPageWindow(await fetch({ pageNumber, pageSize }), { pageNumber, pageSize }),
  );
}

/** What a lookup of an unknown object's list reads as: nothing. */
export function emptySnowPage<T>(page: SnowPageRequest): SnowPage<T> {
  return {
    items: [],
    pagination: { page_size: page.pageSize, page_number: page.pageNumber, total_pages: 0, total_items: 0 },
  };
}
