import { vendorBadResponse } from '../../common/errors.js';
import type { VendorCursorPage } from '../contracts.js';
import type { AtlassianPage } from './types.js';

/**
 * Atlassian's pagination dialect: a page carries `links.next`, a complete URL whose `cursor`
 * parameter resumes the list; no `next` means the last page. The cursor is a keyset position, so
 * pages can only be read one after another (no parallel fetch of page N).
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-get
 */
export type AtlassianPageFetch<T> = (cursor: string | undefined) => Promise<AtlassianPage<T>>;

/** The `cursor` of `links.next`, or undefined on the last page. */
export function nextAtlassianCursor(page: Pick<AtlassianPage<unknown>, 'links'>): string | undefined {
  const next = page.links?.next;
  if (!next) return undefined;
  let cursor: string | null;
  try {
    cursor = new URL(next).searchParams.get('cursor');
  } catch {
    throw vendorBadResponse('ATLASSIAN', `links.next is not a URL: "${next}"`);
  }
  if (!cursor) throw vendorBadResponse('ATLASSIAN', `links.next carries no cursor: "${next}"`);
  return cursor;
}

/**
 * One page read from `cursor` (undefined: the first page), with the cursor of the page after it and
 * the list's `meta.total` when Atlassian sends it.
 */
export async function atlassianCursorPage<T>(
  fetchPage: AtlassianPageFetch<T>,
  cursor: string | undefined,
): Promise<VendorCursorPage<T>> {
  const page = await fetchPage(cursor);
  const nextCursor = nextAtlassianCursor(page);
  const total = page.meta?.total;
  return {
    items: page.data,
    ...(nextCursor === undefined ? {} : { nextCursor }),
    ...(total === undefined ? {} : { total }),
  };
}

/** Walks a list page by page, yielding each page's items. */
export async function* atlassianPages<T>(fetchPage: AtlassianPageFetch<T>): AsyncGenerator<T[]> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const { items, nextCursor } = await atlassianCursorPage(fetchPage, cursor);
    yield items;
    if (nextCursor === undefined) return;
    // A vendor answering the same cursor twice would otherwise loop forever.
    if (seen.has(nextCursor)) throw vendorBadResponse('ATLASSIAN', 'the list repeats a page cursor');
    seen.add(nextCursor);
    cursor = nextCursor;
  }
}

/** Every item of a list: ⌈N / page size⌉ calls, one after another. */
export async function allAtlassianItems<T>(fetchPage: AtlassianPageFetch<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of atlassianPages(fetchPage)) items.push(...page);
  return items;
}
