import { createHash } from 'node:crypto';
import { BadUserInputError } from '../../common/errors.js';
import type { Connection } from './build-connection.js';
import { buildConnection } from './build-connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { pageWindow } from './page-window.js';

interface KeyCursor extends Record<string, unknown> {
  /** The last item's key. */
  k: string;
  /** Fingerprint of the filter the list was read under. */
  f: string;
}
const isKeyCursor = (v: Record<string, unknown>): v is KeyCursor =>
  typeof v.k === 'string' && v.k.length <= 2048 && typeof v.f === 'string';

/** A short digest of the filter (and sort) a list is read under: a cursor of another filter is refused. */
export function scopeOf(scope: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(scope ?? null))
    .digest('base64url')
    .slice(0, 10);
}

/** Validates an `after` (or `before`) cursor before any vendor call is spent on it; the key it stands at. */
export function keyAfter(
  cursor: string | null | undefined,
  scope: string,
  argument: 'after' | 'before' = 'after',
): string | undefined {
  if (!cursor) return undefined;
  const decoded = decodeCursor(cursor, isKeyCursor, argument);
  if (decoded.f !== scope)
    throw new BadUserInputError(`\`${argument}\` comes from this list under another filter`, argument);
  return decoded.k;
}

/**
 * One page of a list sorted by a unique string key (keyset): the page starts after the cursor's key
 * (binary search), so items added or removed between requests neither repeat nor skip the rest. It
 * pages back the same way (`before`/`last`).
 */
export function pageByKey<T>(
  sorted: readonly T[],
  keyOf: (item: T) => string,
  args: { first: number; after?: string | null; last?: number | null; before?: string | null; scope: string },
): Connection<T> {
  /** Items whose key sorts before `key` (or at it, `inclusive`). */
  const countBelow = (key: string, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = keyOf(sorted[mid]);
      if (k < key || (inclusive && k === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const after = keyAfter(args.after, args.scope);
  const before = keyAfter(args.before, args.scope, 'before');
  const window = pageWindow(
    sorted.length,
    {
      from: after === undefined ? 0 : countBelow(after, true),
      to: before === undefined ? sorted.length : countBelow(before, false),
    },
    args,
  );
  return buildConnection({
    items: sorted.slice(window.start, window.end),
    cursorOf: (item) => encodeCursor({ k: keyOf(item), f: args.scope }),
    hasNextPage: window.hasNextPage,
    hasPreviousPage: window.hasPreviousPage,
    totalCount: sorted.length,
  });
}
