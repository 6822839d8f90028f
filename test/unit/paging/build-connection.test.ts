import { describe, expect, it } from 'vitest';
import { buildConnection, connectionFromEdges } from '../../../datasources/paging/build-connection.js';

describe('the connection builder', () => {
  const items = ['a', 'b', 'c'];

  it('makes one edge per item, in order, with the cursor of each and pageInfo from the first and last', () => {
    const connection = buildConnection({
      items,
      cursorOf: (item, i) => `${item}@${i}`,
      hasNextPage: true,
      hasPreviousPage: false,
      totalCount: 10,
    });
    expect(connection).toStrictEqual({
      edges: items.map((node, i) => ({ cursor: `${node}@${i}`, node })),
      totalCount: 10,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'a@0', endCursor: 'c@2' },
    });
  });

  it('an empty page has no start or end cursor, and keeps the flags and total it was given', () => {
    const connection = connectionFromEdges([], {
      hasNextPage: false,
      hasPreviousPage: true,
      totalCount: null,
    });
    expect(connection).toStrictEqual({
      edges: [],
      totalCount: null,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});
