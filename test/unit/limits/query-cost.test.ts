import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitDefaults } from '../../../src/limits/limit-settings.js';
import { operationCost } from '../../../src/limits/query-cost.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const settings = { assumedListSize: 7, mutationCost: 500 };
const cost = (query: string, variables?: Record<string, unknown>) =>
  operationCost({ schema, document: parse(query), variables, settings });

describe('static cost', () => {
  it('leaves cost nothing, objects one each', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ user(email: "a@b.co") { email displayName } }')).toBe(1);
    expect(cost('{ user(email: "a@b.co") { email monthlyCost { amount } } }')).toBe(2);
  });

  it('multiplies a connection by `first`, and by its default page size when unset', () => {
    const page = (first?: number) =>
      cost(`{ users${first ? `(first: ${first})` : ''} { edges { node { email } } } }`);
    // The connection, and one per user on the page.
    expect(page(10)).toBe(1 + 10);
    const defaultFirst = schema
      .getQueryType()!
      .getFields()
      .users.args.find((a) => a.name === 'first')!;
    expect(page()).toBe(page(defaultFirst.defaultValue as number));
  });

  it('reads `first` from variables', () => {
    const query = 'query ($n: Int) { users(first: $n) { edges { node { email } } } }';
    expect(cost(query, { n: 30 })).toBe(cost('{ users(first: 30) { edges { node { email } } } }'));
  });

  it('prices `nodes(ids:)` by the number of IDs', () => {
    const nodes = (n: number) =>
      cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(n).fill('x') });
    expect(nodes(100)).toBe(100 * nodes(1));
  });

  it('multiplies nested lists through, lists without `first` by the assumed size', () => {
    const members = (first: number) =>
      cost(
        `{ users(first: 10) { edges { node { groups { group { members(first: ${first}) { edges { node { role } } } } } } } } }`,
      );
    // Each extra member costs one node per group (7 assumed) per user (10).
    expect(members(3) - members(2)).toBe(10 * settings.assumedListSize);
  });

  it('prices the User → groups → members → user cycle exponentially in its depth', () => {
    const cycle = (levels: number) => {
      let inner = 'email';
      for (let i = 0; i < levels; i++)
        inner = `groups { group { members(first: 100) { edges { node { user { ${inner} } } } } } }`;
      return cost(`{ user(email: "a@b.co") { ${inner} } }`);
    };
    expect(cycle(2) / cycle(1)).toBeGreaterThan(100 * settings.assumedListSize * 0.9);
    expect(cycle(3)).toBeGreaterThan(limitDefaults.maxCost);
  });

  it('adds the mutation cost to each mutation field, aliases included', () => {
    const one = cost('mutation { suspendUser(input: { email: "a@b.co" }) { userErrors { message } } }');
    const two = cost(`mutation {
      a: suspendUser(input: { email: "a@b.co" }) { userErrors { message } }
      b: suspendUser(input: { email: "c@d.co" }) { userErrors { message } } }`);
    expect(one).toBeGreaterThan(settings.mutationCost);
    expect(two).toBe(2 * one);
  });

  it('prices the dearest type of an interface selection, and skips `@skip`ped fields', () => {
    const node = cost(
      '{ node(id: "x") { ... on User { groups { group { name } } } ... on Group { name } } }',
    );
    expect(node).toBe(cost('{ user(email: "a@b.co") { groups { group { name } } } }'));
    expect(cost('{ users(first: 50) @skip(if: true) { edges { node { email } } } }')).toBe(0);
  });

  it('lets introspection through for free', () => {
    expect(cost('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toBe(0);
  });
});
