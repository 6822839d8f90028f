import type { ConnectionModel } from '../model/index.js';
import { decodeCursor, encodeCursor, isOffsetCursor, pageSize } from './cursor.js';

/** A connection over a list already in memory (an index, a small vendor list fetched whole). */
export function connectionFromArray<T>(items: readonly T[], args: { first?: number | null; after?: string | null }): ConnectionModel<T> {
  const size = pageSize(args.first);
  const start = args.after ? decodeCursor(args.after, isOffsetCursor).o + 1 : 0;
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor({ o: start + i }), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The offset a connection page starts at, from `after`. */
export function offsetAfter(after: string | null | undefined): number {
  return after ? decodeCursor(after, isOffsetCursor).o + 1 : 0;
}

/**
 * A connection over an offset-addressable vendor list: `fetchWindow(offset, limit)` returns the items
 * from `offset` and the vendor's total. Vendors that page by number map offset → page themselves.
 */
export async function connectionFromOffsetFetch<T>(
  args: { first?: number | null; after?: string | null },
  fetchWindow: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
): Promise<ConnectionModel<T>> {
  const size = pageSize(args.first);
  const start = offsetAfter(args.after);
  const { items, total } = await fetchWindow(start, size);
  const slice = items.slice(0, size);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor({ o: start + i }), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: start + slice.length < total,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
