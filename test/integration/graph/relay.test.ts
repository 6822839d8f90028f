/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Relay, walked over the whole schema: every type with a (non-deprecated) `id` is a `Node`, and every
 * Node type round-trips: an ID read from a list comes back through `node(id:)` as that type, same ID.
 */
const schema: GraphQLSchema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const compositeTypes = Object.values(schema.getTypeMap()).filter(
  (t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)) && t.name !== 'Node',
) as Array<import('graphql').GraphQLObjectType | import('graphql').GraphQLInterfaceType>;
const implementsNode = (t: (typeof compositeTypes)[number]) =>
  t.getInterfaces().some((i) => i.name === 'Node');
const nodeObjectTypes = compositeTypes.filter((t) => isObjectType(t) && implementsNode(t)).map((t) => t.name);

/** Types allowed to break the rule for now (none: name one here only with the reason beside it). */
const PENDING = new Set<string>();

describe('the schema', () => {
  it('makes every type with an `id` a Node; a type that is not one only keeps a deprecated vendor `id`', () => {
    const withId = compositeTypes.filter((t) => t.getFields().id);
    expect(withId.length).toBeGreaterThan(20);
    const offenders = withId
      .filter((t) => !implementsNode(t) && !t.getFields().id.deprecationReason && !PENDING.has(t.name))
      .map((t) => t.name);
    expect(offenders).toEqual([]);
    for (const t of withId.filter((type) => !implementsNode(type) && !PENDING.has(type.name))) {
      // The deprecated vendor ID lives on under a name that says what it is.
      const alias = ['externalId', 'entryId', 'scimUserId'].find((name) => t.getFields()[name]);
      expect({ type: t.name, alias }).toEqual({ type: t.name, alias: expect.any(String) });
    }
    // Node IDs are IDs.
    for (const name of nodeObjectTypes)
      expect(String(compositeTypes.find((t) => t.name === name)!.getFields().id.type)).toBe('ID!');
  });
});

/** Lists that between them hold an object of every Node type (the test fails when a new Node type has none). */
const LISTS: [alias: string, field: string][] = [
  ['users', 'users(first: 1)'],
  ['bettercloud', 'accounts(vendor: BETTERCLOUD, first: 1)'],
  ['atlassian', 'accounts(vendor: ATLASSIAN, first: 1)'],
  ['snow', 'accounts(vendor: SNOW, first: 1)'],
  ['jumpcloud', 'accounts(vendor: JUMPCLOUD, first: 1)'],
  ['groups', 'groups(first: 1)'],
  ['workflows', 'workflows(first: 1)'],
  ['policies', 'policies(first: 1)'],
  ['integrations', 'integrations(first: 1)'],
  ['organizations', 'organizations(first: 100)'],
  ['events', 'events(first: 1)'],
  ['subscriptions', 'subscriptions(first: 1)'],
  ['applications', 'applications(first: 1)'],
];
const SOURCES = `{ ${LISTS.map(([alias, field]) => `${alias}: ${field} { edges { node { __typename id } } }`).join(' ')}
  provider { __typename id } }`;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.close();
});

describe('node(id:)', () => {
  it('round-trips an object of every Node type in the schema', async () => {
    const res = await gw.query(SOURCES);
    expect(res.errors).toBeUndefined();
    const firstOfType = new Map<string, string>();
    for (const value of Object.values(res.data as Record<string, any>)) {
      const nodes = value.edges ? value.edges.map((e: any) => e.node) : [value];
      for (const node of nodes)
        if (!firstOfType.has(node.__typename)) firstOfType.set(node.__typename, node.id);
    }
    expect([...firstOfType.keys()].sort()).toEqual([...nodeObjectTypes].sort());
    for (const [typename, id] of firstOfType) {
      const back = await gw.query(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(back.errors, typename).toBeUndefined();
      expect(back.data.node, typename).toEqual({ __typename: typename, id });
    }
  });

  it('answers interface fields through the Node an account or an organization is', async () => {
    const res = await gw.query(`{ accounts(vendor: SNOW, first: 1) { edges { node { id vendor } } } }`);
    const { id } = res.data.accounts.edges[0].node;
    const back = await gw.query(
      `query($id: ID!) { node(id: $id) { id ... on Account { vendor externalId } } }`,
      {
        id,
      },
    );
    expect(back.errors).toBeUndefined();
    expect(back.data.node).toMatchObject({ id, vendor: 'SNOW' });
  });

  it('pages the people list back with last/before over the same keyset, and refuses it where a vendor cannot', async () => {
    const PEOPLE = `query($first: Int, $after: String, $last: Int, $before: String) {
      users(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { node { email } }
      }
    }`;
    const emails = (res: any) => res.data.users.edges.map((e: any) => e.node.email);
    const first = await gw.query(PEOPLE, { first: 30 });
    const second = await gw.query(PEOPLE, { first: 30, after: first.data.users.pageInfo.endCursor });
    expect(second.data.users.pageInfo.hasPreviousPage).toBe(true);
    const back = await gw.query(PEOPLE, { last: 30, before: second.data.users.pageInfo.startCursor });
    expect(emails(back)).toEqual(emails(first));
    expect(back.data.users.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const tail = await gw.query(PEOPLE, { last: 2 });
    expect(tail.data.users.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(emails(tail)).toEqual([...emails(tail)].sort());
    const forwardOnly = await gw.query(`{ accounts(vendor: ATLASSIAN, last: 5) { totalCount } }`);
    expect(forwardOnly.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
