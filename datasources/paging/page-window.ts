import { BadUserInputError } from '../../common/errors.js';
import { MAX_PAGE_SIZE, pageSize } from '../../common/validation.js';

/**
 * Which slice of an ordered list a page holds, for lists that can be paged both ways (in memory,
 * offset-addressable, keyset over a sorted result): Relay's algorithm. `after` and `before` narrow
 * the list to the items between them; `last` (when given) keeps the tail of that range, otherwise
 * `first` keeps its head. `first` has a default on most fields, so `last` wins over it rather than
 * the two being combined. Both flags are exact, because the whole range is known.
 */
export interface BidirectionalArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageWindow {
  /** Index of the page's first item. */
  start: number;
  /** Index just past its last item. */
  end: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

/**
 * `from`: the index just past the `after` item (0 without one); `to`: the index of the `before`
 * item (`length` without one).
 */
export function pageWindow(
  length: number,
  range: { from: number; to: number },
  args: Pick<BidirectionalArgs, 'first' | 'last'>,
): PageWindow {
  const from = Math.min(Math.max(0, range.from), length);
  const to = Math.min(Math.max(from, range.to), length);
  let start = from;
  let end = to;
  if (args.last !== undefined && args.last !== null) {
    const size = lastSize(args.last);
    start = Math.max(from, to - size);
  } else {
    end = Math.min(to, from + pageSize(args.first));
  }
  return { start, end, hasPreviousPage: start > 0, hasNextPage: end < length };
}

/** Validates `last`: 1 to MAX_PAGE_SIZE, like `first`. */
export function lastSize(last: number): number {
  try {
    return pageSize(last);
  } catch {
    throw new BadUserInputError(`\`last\` must be between 1 and ${MAX_PAGE_SIZE}, got ${last}`, 'last');
  }
}
