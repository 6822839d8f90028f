/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * AdminGraph's `/subgraph` composed with a small second subgraph (badges held by people, keyed by
 * email) through a real Apollo Gateway (IntrospectAndCompose), and a query that spans both.
 */

let gw: TestGateway;
let badges: ApolloServer;
let router: ApolloServer;
let routerUrl: string;
const people = () => gw.fleet.company.people.slice(0, 3);

beforeAll(async () => {
  gw = await startTestGateway();
  const holders = people().map((p, i) => ({ number: `B-${i + 1}`, email: p.email }));
  badges = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(/* GraphQL */ `
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Badge {
          number: String!
          holder: User!
        }
        type User @key(fields: "email") {
          email: String!
          badge: Badge
        }
        type Query {
          badges: [Badge!]!
        }
      `),
      resolvers: {
        Query: { badges: () => holders.map((h) => ({ number: h.number, holder: { email: h.email } })) },
        User: {
          __resolveReference: (user: { email: string }) => user,
          badge: (user: { email: string }) => {
            const held = holders.find((h) => h.email === user.email);
            return held ? { number: held.number, holder: { email: held.email } } : null;
          },
        },
      } as never,
    }),
  });
  const { url: badgesUrl } = await startStandaloneServer(badges, { listen: { port: 0, host: '127.0.0.1' } });
  const gateway = new ApolloGateway({
    // The router forwards a key to AdminGraph's subgraph, which authenticates like the main endpoint.
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest: ({ request }) => {
          if (url?.startsWith(gw.running.url))
            request.http?.headers.set('authorization', `Bearer ${gw.keys.viewer}`);
        },
      }),
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: 'admingraph', url: `${gw.running.url}subgraph` },
        { name: 'badges', url: badgesUrl },
      ],
    }),
  });
  router = new ApolloServer({ gateway: gateway as never });
  ({ url: routerUrl } = await startStandaloneServer(router, { listen: { port: 0, host: '127.0.0.1' } }));
});
afterAll(async () => {
  await router?.stop();
  await badges?.stop();
  await gw?.close();
});

async function viaRouter(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

describe('Federation 2 subgraph', () => {
  it('answers _service with the subgraph SDL, keys included', async () => {
    const res = await fetch(`${gw.running.url}subgraph`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}` },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const sdl = ((await res.json()) as any).data._service.sdl as string;
    expect(sdl).toMatch(/type User implements Node\s+@key\(fields: "email"\)/);
    expect(sdl).toMatch(/type Group implements Node\s+@key\(fields: "id"\)/);
  });

  it('resolves people named by the other subgraph through AdminGraph’s user lookup', async () => {
    const result = await viaRouter('{ badges { number holder { email displayName status vendors } } }');
    expect(result.errors).toBeUndefined();
    for (const badge of result.data.badges) {
      const direct = await gw.query(
        'query($e: String!) { user(email: $e) { email displayName status vendors } }',
        {
          e: badge.holder.email,
        },
      );
      expect(badge.holder).toEqual(direct.data.user);
    }
    expect(result.data.badges.map((b: any) => b.holder.email)).toEqual(people().map((p) => p.email));
  });

  it('adds the other subgraph’s fields to an AdminGraph user, and resolves Node entities by id', async () => {
    const [person] = people();
    const result = await viaRouter(
      'query($e: String!) { user(email: $e) { id email status badge { number } } }',
      {
        e: person!.email,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.user.badge.number).toBe('B-1');

    const group = (await gw.query('{ groups(first: 1) { edges { node { id name } } } }')).data.groups.edges[0]
      .node;
    const entities = await fetch(`${gw.running.url}subgraph`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}` },
      body: JSON.stringify({
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } ... on Group { id name } } }',
        variables: {
          r: [
            { __typename: 'User', email: person!.email },
            { __typename: 'Group', id: group.id },
            // A User's ID named as a Group is no Group.
            { __typename: 'Group', id: result.data.user.id },
          ],
        },
      }),
    });
    expect(((await entities.json()) as any).data._entities).toEqual([{ email: person!.email }, group, null]);
  });
});
