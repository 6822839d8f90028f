import { badRequest } from '../core/http-types.js';
import type { SimRequest } from '../core/http-types.js';

/**
 * Atlassian's cursor pagination: `?cursor=` plus `links.self/prev/next` as complete URLs
 * (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-get).
 * The cursor is a keyset position, not an offset, so a user removed or an event appended while a
 * client walks the list neither skips nor repeats an item. It is opaque to clients (base64url of the
 * list's name and the key of the last item served); one that does not decode to this list is a 400.
 */
export const ATLASSIAN_PAGE_SIZE = 50;

export interface CursorPageInput<T> {
  /** Items in the order they are served. */
  items: readonly T[];
  /** Strictly increasing along `items`. */
  rank: (item: T) => number;
  /** Names the list (and its owner) so a cursor from another list is refused. */
  list: string;
  /** Only items in `[from, to)` of `items` (a window found by binary search, e.g. a time range). */
  window?: [number, number];
  matches?: (item: T) => boolean;
}

export interface CursorPage<T> {
  data: T[];
  links: { self: string; next?: string; prev?: string };
  meta: { total: number };
}

export function cursorPage<T>(req: SimRequest, input: CursorPageInput<T>): CursorPage<T> {
  const { items, rank, list, matches } = input;
  const [from, to] = input.window ?? [0, items.length];
  const rawCursor = req.query.get('cursor');
  const after = rawCursor === null || rawCursor === '' ? undefined : decodeCursor(rawCursor, list);
  const start = after === undefined ? from : Math.max(from, firstRankAbove(items, rank, after));

  const data: T[] = [];
  let index = start;
  for (; index < to && data.length < ATLASSIAN_PAGE_SIZE; index++)
    if (!matches || matches(items[index])) data.push(items[index]);
  let hasNext = false;
  for (; index < to && !hasNext; index++) hasNext = !matches || matches(items[index]);

  // The previous page is the PAGE_SIZE matching items before `start`; its cursor is the item before those.
  let before = 0;
  let back = start - 1;
  for (; back >= from && before < ATLASSIAN_PAGE_SIZE; back--) if (!matches || matches(items[back])) before++;
  let prevCursor: string | null | undefined;
  if (before > 0) {
    prevCursor = null; // the first page
    for (; back >= from; back--)
      if (!matches || matches(items[back])) {
        prevCursor = encodeCursor(list, rank(items[back]));
        break;
      }
  }

  let total = to - from;
  if (matches) {
    total = 0;
    for (let i = from; i < to; i++) if (matches(items[i])) total++;
  }

  const links: CursorPage<T>['links'] = { self: pageUrl(req, rawCursor || null) };
  if (hasNext) links.next = pageUrl(req, encodeCursor(list, rank(data[data.length - 1])));
  if (prevCursor !== undefined) links.prev = pageUrl(req, prevCursor);
  return { data, links, meta: { total } };
}

export function encodeCursor(list: string, rank: number): string {
  return Buffer.from(`${list}:${rank}`, 'utf8').toString('base64url');
}

function decodeCursor(raw: string, list: string): number {
  const invalid = () => badRequest(`Invalid cursor "${raw}"`, { errorCode: 'INVALID_CURSOR' });
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const separator = text.lastIndexOf(':');
  if (separator < 0 || text.slice(0, separator) !== list) throw invalid();
  const rankText = text.slice(separator + 1);
  if (!/^-?\d+$/.test(rankText)) throw invalid();
  return Number(rankText);
}

/** Index of the first item whose rank is above `after` (binary search; ranks increase). */
function firstRankAbove<T>(items: readonly T[], rank: (item: T) => number, after: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank(items[mid]) > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The request's own URL (same host, path and filters) with another cursor. */
function pageUrl(req: SimRequest, cursor: string | null): string {
  const url = new URL(req.path, `http://${req.headers.host ?? '127.0.0.1'}`);
  for (const [key, value] of req.query) if (key !== 'cursor') url.searchParams.append(key, value);
  if (cursor !== null) url.searchParams.set('cursor', cursor);
  return url.toString();
}
