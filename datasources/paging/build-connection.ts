import type { ConnectionModel, Edge, PageInfoModel } from '../model/index.js';

/**
 * The one place a connection and its `pageInfo` are assembled. Every list (in memory, offset,
 * vendor cursor, keyset, merged feeds) works out which items its page holds and whether pages lie
 * beyond it on either side; this turns that into edges and `pageInfo` the same way for all.
 * Backward paging (`last`/`before`) only changes how a list picks its page and the two flags:
 * the page is built here unchanged.
 */
export interface ConnectionPage<T, Total extends number | null = number> {
  /** The page's items, in the order the client sees them. */
  items: readonly T[];
  /** The cursor of the item at `index` within this page. */
  cursorOf: (item: T, index: number) => string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: Total;
}

export type Connection<T, Total extends number | null = number> = Omit<ConnectionModel<T>, 'totalCount'> & {
  totalCount: Total;
};

export function buildConnection<T, Total extends number | null = number>(
  page: ConnectionPage<T, Total>,
): Connection<T, Total> {
  return connectionFromEdges(
    page.items.map((node, i) => ({ cursor: page.cursorOf(node, i), node })),
    page,
  );
}

/** For lists whose cursors are worked out while the page is walked (vendor pages, merged feeds). */
export function connectionFromEdges<T, Total extends number | null = number>(
  edges: Edge<T>[],
  page: Pick<ConnectionPage<T, Total>, 'hasNextPage' | 'hasPreviousPage' | 'totalCount'>,
): Connection<T, Total> {
  return { edges, totalCount: page.totalCount, pageInfo: pageInfoOf(edges, page) };
}

function pageInfoOf(
  edges: readonly Edge<unknown>[],
  flags: { hasNextPage: boolean; hasPreviousPage: boolean },
): PageInfoModel {
  return {
    hasNextPage: flags.hasNextPage,
    hasPreviousPage: flags.hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}
