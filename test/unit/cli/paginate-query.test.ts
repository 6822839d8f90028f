import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pagedQuery } from '../../../src/cli/export/paginate-query.js';
import { columnsOf, rowsOf } from '../../../src/cli/export/flatten.js';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const examples = readdirSync('examples/operations').filter((f) => f.endsWith('.graphql'));

describe('saved example operations', () => {
  it.each(examples)('%s is valid against the schema', (file) => {
    expect(validate(schema, parse(readFileSync(`examples/operations/${file}`, 'utf8')))).toEqual([]);
  });
});

describe('pagedQuery', () => {
  it('binds the connection to cursor and page-size variables, and the result is still valid', () => {
    const paged = pagedQuery(
      'query { users(filter: { status: ACTIVE }) { pageInfo { hasNextPage endCursor } edges { node { email } } } }',
    );
    expect(paged.path).toEqual(['users']);
    expect(paged.afterVariable).toBe('admingraphAfter');
    expect(paged.firstVariable).toBe('admingraphFirst');
    expect(validate(schema, parse(paged.query))).toEqual([]);
  });

  it("reuses the query's own `after` variable and keeps its `first`", () => {
    const paged = pagedQuery(readFileSync('examples/operations/people-costs.graphql', 'utf8'));
    expect(paged.afterVariable).toBe('after');
    expect(paged.firstVariable).toBeUndefined();
    expect(validate(schema, parse(paged.query))).toEqual([]);
  });

  it('pages the outer connection and reads nested ones as columns', () => {
    const paged = pagedQuery(readFileSync('examples/operations/integration-mappings.graphql', 'utf8'));
    expect(paged.path).toEqual(['integrations']);
    const columns = columnsOf(paged.nodeSelection, paged.fragments);
    expect(columns).toContain('mappings.company.name');
    expect(columns).toContain('mappings.totalCount');
    const node = {
      name: 'PSA',
      mappings: {
        totalCount: 2,
        edges: [{ node: { company: { name: 'A' } } }, { node: { company: { name: 'B' } } }],
      },
    };
    const [row] = rowsOf(node, ['name', 'mappings.totalCount', 'mappings.company.name'], {
      listSeparator: ';',
    });
    expect(row).toEqual(['PSA', '2', 'A;B']);
    expect(
      rowsOf(node, ['name', 'mappings.company.name'], { listSeparator: ';', explode: 'mappings' }),
    ).toEqual([
      ['PSA', 'A'],
      ['PSA', 'B'],
    ]);
  });

  it('refuses two connections at the same depth, and mutations', () => {
    expect(() =>
      pagedQuery(
        '{ users { pageInfo { hasNextPage endCursor } edges { node { email } } } groups { pageInfo { hasNextPage endCursor } edges { node { name } } } }',
      ),
    ).toThrow(/Several connections/);
    expect(() =>
      pagedQuery('mutation { suspendUser(input: { email: "x" }) { userErrors { code } } }'),
    ).toThrow(/Only queries/);
  });
});
