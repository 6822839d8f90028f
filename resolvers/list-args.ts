import type { SortDirection } from '../__generated__/graphql.js';
import type { ListSort } from '../datasources/contracts.js';

/** A sort argument as the datasources take it: the direction defaults to ASC even when sent as null. */
export const sortOf = <F extends string>(
  sort: { field: F; direction?: SortDirection | null; ignoreCase?: boolean | null } | null | undefined,
): ListSort<F> | undefined =>
  sort
    ? {
        field: sort.field,
        direction: sort.direction ?? 'ASC',
        ...(sort.ignoreCase ? { ignoreCase: true } : {}),
      }
    : undefined;

type Defined<T> = { [K in keyof T]?: Exclude<T[K], null> };

/**
 * A filter argument without its null entries (GraphQL lets a client send `null` for "not given"),
 * so the datasource sees only conditions that were asked, and the cursor scope only those.
 */
export function definedOnly<T extends object>(filter: T | null | undefined): Defined<T> {
  return Object.fromEntries(
    Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined),
  ) as Defined<T>;
}
