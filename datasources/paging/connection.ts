import { createHash } from 'node:crypto';
import { BadUserInputError, vendorBadResponse } from '../../common/errors.js';
import type { ConnectionModel, VendorName } from '../model/index.js';
import { pageSize } from '../../common/validation.js';
import { buildConnection, connectionFromEdges } from './build-connection.js';
import { decodeCursor, encodeCursor, isOffsetCursor } from './cursor.js';
import { lastSize, pageWindow, type BidirectionalArgs } from './page-window.js';

/** A connection over a list already in memory (an index, a small vendor list fetched whole): pages both ways. */
export function connectionFromArray<T>(items: readonly T[], args: BidirectionalArgs): ConnectionModel<T> {
  const from = args.after ? decodeCursor(args.after, isOffsetCursor).o + 1 : 0;
  const to = args.before ? decodeCursor(args.before, isOffsetCursor, 'before').o : items.length;
  const window = pageWindow(items.length, { from, to }, args);
  return buildConnection({
    items: items.slice(window.start, window.end),
    cursorOf: (_node, i) => encodeCursor({ o: window.start + i }),
    hasNextPage: window.hasNextPage,
    hasPreviousPage: window.hasPreviousPage,
    totalCount: items.length,
  });
}

/** The offset a connection page starts at, from `after`. */
export function offsetAfter(after: string | null | undefined): number {
  return after ? decodeCursor(after, isOffsetCursor).o + 1 : 0;
}

/** A short digest of the filter and sort a list is read under (none when the list is read as is). */
function scopeFingerprint(scope: Record<string, unknown>): string | undefined {
  const key = JSON.stringify(scope);
  return key === '{}' ? undefined : createHash('sha256').update(key).digest('base64url').slice(0, 10);
}

/**
 * A connection over an offset-addressable vendor list: `fetchWindow(offset, limit)` returns the items
 * from `offset` and the vendor's total. Vendors that page by number map offset → page themselves.
 * `scope` is the filter and sort the vendor applies (absent keys: not asked). Its fingerprint travels
 * in the cursor, so a cursor taken under another filter or sort, whose offset means nothing here,
 * is refused instead of resumed.
 */
export async function connectionFromOffsetFetch<T>(
  args: BidirectionalArgs,
  fetchWindow: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
  scope: Record<string, unknown> = {},
): Promise<ConnectionModel<T>> {
  const f = scopeFingerprint(scope);
  const offsetOf = (cursor: string, argument: 'after' | 'before') => {
    const decoded = decodeCursor(cursor, isOffsetCursor, argument);
    if (decoded.f !== f)
      throw new BadUserInputError(
        `\`${argument}\` comes from this list under another filter or sort`,
        argument,
      );
    return decoded.o;
  };
  const from = args.after ? offsetOf(args.after, 'after') + 1 : 0;
  let to = args.before ? offsetOf(args.before, 'before') : undefined;
  const backward = args.last !== undefined && args.last !== null;
  const size = backward ? lastSize(args.last!) : pageSize(args.first);
  // `last` without `before` counts back from the end: the vendor's total says where that is.
  if (backward && to === undefined) to = (await fetchWindow(from, size)).total;
  const start = backward ? Math.max(from, to! - size) : from;
  const limit = Math.max(0, Math.min(size, (to ?? Infinity) - start));
  const { items, total } = limit > 0 ? await fetchWindow(start, limit) : await fetchWindow(start, 1);
  const slice = items.slice(0, limit);
  return buildConnection({
    items: slice,
    cursorOf: (_node, i) => encodeCursor({ o: start + i, f }),
    hasNextPage: start + slice.length < total,
    hasPreviousPage: start > 0,
    totalCount: total,
  });
}

/**
 * The edge cursor of a list paged by an opaque vendor cursor: the vendor page the edge sits in
 * (`c`, null for the first page) and how many of that page's items were shown up to this edge (`i`).
 */
interface VendorPageCursor extends Record<string, unknown> {
  c: string | null;
  i: number;
}

const MAX_VENDOR_CURSOR = 2048;
const MAX_VENDOR_PAGE = 1000;

const isVendorPageCursor = (v: Record<string, unknown>): v is VendorPageCursor =>
  (v.c === null || (typeof v.c === 'string' && v.c.length > 0 && v.c.length <= MAX_VENDOR_CURSOR)) &&
  Number.isInteger(v.i) &&
  (v.i as number) >= 0 &&
  (v.i as number) <= MAX_VENDOR_PAGE;

/**
 * A connection over a vendor list paged by an opaque cursor (Atlassian): the vendor cursor travels
 * inside the GraphQL cursor, so a page costs one vendor call per vendor page it spans (a page of
 * `first` ≤ 100 items spans at most ⌈first / vendor page size⌉ + 1 of them) and never re-walks the
 * list from the start. `totalCount` is the vendor's total (`fallbackTotal` when it sends none).
 */
export async function connectionFromVendorCursor<T>(
  vendor: VendorName,
  args: BidirectionalArgs,
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string; total?: number }>,
  fallbackTotal: number | null = null,
): Promise<ConnectionModel<T>> {
  if (args.before || (args.last !== undefined && args.last !== null))
    throw new BadUserInputError(
      `\`last\`/\`before\`: this ${vendor} list pages forward only (its cursors have no way back)`,
      args.before ? 'before' : 'last',
    );
  const size = pageSize(args.first);
  const start: VendorPageCursor = args.after
    ? decodeCursor(args.after, isVendorPageCursor)
    : { c: null, i: 0 };
  const edges: ConnectionModel<T>['edges'] = [];
  const seen = new Set<string>();
  let cursor = start.c;
  let skip = start.i;
  let total: number | undefined;
  let hasNextPage = false;
  for (;;) {
    const page = await fetchPage(cursor ?? undefined);
    total ??= page.total;
    if (skip > page.items.length)
      throw new BadUserInputError('`after` is not a cursor this list produced', 'after');
    let shown = skip;
    for (; shown < page.items.length && edges.length < size; shown++) {
      // After a page's last item, the edge points at the next page so that resuming costs no extra call.
      const atEnd = shown + 1 === page.items.length && page.nextCursor !== undefined;
      edges.push({
        cursor: encodeCursor(atEnd ? { c: page.nextCursor, i: 0 } : { c: cursor, i: shown + 1 }),
        node: page.items[shown],
      });
    }
    if (shown < page.items.length) {
      hasNextPage = true;
      break;
    }
    if (page.nextCursor === undefined) break;
    if (edges.length >= size) {
      hasNextPage = true;
      break;
    }
    // A vendor answering the same cursor twice would otherwise loop forever.
    if (seen.has(page.nextCursor)) throw vendorBadResponse(vendor, 'the list repeats a page cursor');
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
    skip = 0;
  }
  return connectionFromEdges(edges, {
    hasNextPage,
    // The vendor's cursors only run forward: no `last`/`before`, so no page is reported behind this one.
    hasPreviousPage: false,
    totalCount: total ?? fallbackTotal ?? edges.length,
  });
}
