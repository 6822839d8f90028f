import { createHash } from 'node:crypto';
import { BadUserInputError } from '../../common/errors.js';
import type { Connection } from './build-connection.js';
import { buildConnection } from './build-connection.js';
import { decodeCursor, encodeCursor } from './cursor.js';

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

/** Validates an `after` cursor before any vendor call is spent on it; the key it resumes after. */
export function keyAfter(after: string | null | undefined, scope: string): string | undefined {
  if (!after) return undefined;
  const cursor = decodeCursor(after, isKeyCursor);
  if (cursor.f !== scope)
    throw new BadUserInputError('`after` comes from this list under another filter', 'after');
  return cursor.k;
}

/**
 * One page of a list sorted by a unique string key (keyset): the page starts after the cursor's key
 * (binary search), so items added or removed between requests neither repeat nor skip the rest.
 */
export function pageByKey<T>(
  sorted: readonly T[],
  keyOf: (item: T) => string,
  args: { first: number; after?: string | null; scope: string },
): Connection<T> {
  const after = keyAfter(args.after, args.scope);
  let start = 0;
  if (after !== undefined) {
    let hi = sorted.length;
    while (start < hi) {
      const mid = (start + hi) >> 1;
      if (keyOf(sorted[mid]) <= after) start = mid + 1;
      else hi = mid;
    }
  }
  const page = sorted.slice(start, start + args.first);
  return buildConnection({
    items: page,
    cursorOf: (item) => encodeCursor({ k: keyOf(item), f: args.scope }),
    hasNextPage: start + page.length < sorted.length,
    hasPreviousPage: start > 0,
    totalCount: sorted.length,
  });
}
