import type { ConnectionModel } from '../model/index.js';
import type { Window } from '../contracts.js';
import { BadUserInputError, VendorError } from '../../common/errors.js';
import { pageSize } from '../../common/validation.js';
import { connectionFromEdges } from './build-connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** One list in a cross-vendor connection, readable by window. */
export interface ConnectionSource<T> {
  /** Stable name of the source, kept in cursors (e.g. `BETTERCLOUD`, `SCIM`). */
  name: string;
  fetchWindow(offset: number, limit: number): Promise<Window<T>>;
}

interface ConcatCursor extends Record<string, unknown> {
  s: string;
  o: number;
}
const isConcatCursor = (v: Record<string, unknown>): v is ConcatCursor =>
  typeof v.s === 'string' && typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0;

/**
 * A connection over several vendor lists one after another (BetterCloud groups, then Atlassian,
 * then SCIM). The cursor names the source and the offset inside it, so each page asks only the
 * vendors it spans; every source is asked once for its total so `totalCount` is true.
 */
export async function concatConnection<T>(
  allSources: ConnectionSource<T>[],
  args: { first?: number | null; after?: string | null },
  /** Given: a failing vendor is left out (reported here, e.g. into `ctx.partialFailures`) instead of failing the list. */
  reportFailure?: (error: VendorError) => void,
): Promise<ConnectionModel<T>> {
  const size = pageSize(args.first);
  const sources = reportFailure ? allSources.map((s) => tolerant(s, reportFailure)) : allSources;
  let sourceIndex = 0;
  let offset = 0;
  if (args.after) {
    const cursor = decodeCursor(args.after, isConcatCursor);
    sourceIndex = sources.findIndex((s) => s.name === cursor.s);
    if (sourceIndex < 0) throw new BadUserInputError('`after` is not a cursor this list produced', 'after');
    offset = cursor.o + 1;
  }
  const edges: ConnectionModel<T>['edges'] = [];
  const totals = new Map<number, number>();
  for (let i = sourceIndex; i < sources.length && edges.length < size; i++) {
    const start = i === sourceIndex ? offset : 0;
    const window = await sources[i].fetchWindow(start, size - edges.length);
    totals.set(i, window.total);
    window.items.slice(0, size - edges.length).forEach((node, k) => {
      edges.push({ cursor: encodeCursor({ s: sources[i].name, o: start + k }), node });
    });
  }
  // Sources this page did not reach still count toward the total: ask each for one item.
  await Promise.all(
    sources.map(async (source, i) => {
      if (!totals.has(i)) totals.set(i, (await source.fetchWindow(0, 1)).total);
    }),
  );
  const totalCount = [...totals.values()].reduce((a, b) => a + b, 0);
  const before = sources.slice(0, sourceIndex).reduce((sum, _s, i) => sum + (totals.get(i) ?? 0), 0) + offset;
  return connectionFromEdges(edges, {
    hasNextPage: before + edges.length < totalCount,
    // Offsets across the sources only run forward here (no `last`/`before`): no page is reported behind.
    hasPreviousPage: false,
    totalCount,
  });
}

function tolerant<T>(source: ConnectionSource<T>, report: (error: VendorError) => void): ConnectionSource<T> {
  let reported = false;
  return {
    name: source.name,
    async fetchWindow(offset, limit) {
      try {
        return await source.fetchWindow(offset, limit);
      } catch (error) {
        if (!(error instanceof VendorError)) throw error;
        if (!reported) report(error);
        reported = true;
        return { items: [], total: 0 };
      }
    },
  };
}

/** A source over a list already fetched whole (small catalogues: policies, integrations). */
export function arraySource<T>(name: string, load: () => Promise<T[]>): ConnectionSource<T> {
  let loaded: Promise<T[]> | undefined;
  return {
    name,
    async fetchWindow(offset, limit) {
      const items = await (loaded ??= load());
      return { items: items.slice(offset, offset + limit), total: items.length };
    },
  };
}
