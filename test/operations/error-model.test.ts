/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/global-id.js';
import { startOperationsGateway, type OperationsGateway } from '../support/operations.js';
import { simControl, testCompany } from '../support/simulators.js';

/**
 * The error model through `server.executeOperation`: no HTTP in front of the gateway, the vendor
 * simulators behind it on loopback, faults set through their `/__sim/faults` control API.
 */
let gw: OperationsGateway;
const info: Record<string, any> = {};

beforeAll(async () => {
  gw = await startOperationsGateway();
  for (const vendor of ['bettercloud', 'atlassian', 'jumpcloud'] as const)
    info[vendor] = (await simControl(gw.fleet.running[vendor]!, 'GET', 'info')).body;
});
afterAll(async () => gw?.close());
beforeEach(async () => gw.reseed());

const codes = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

describe('bad input is BAD_USER_INPUT, naming the argument', () => {
  it.each([
    ['an ID that is no AdminGraph ID', `{ node(id: "not-an-id") { id } }`, 'id'],
    ['a page larger than 100', `{ users(first: 101) { totalCount } }`, 'first'],
    ['a cursor no list produced', `{ users(first: 5, after: "garbage") { totalCount } }`, 'after'],
    ['a malformed email', `{ user(email: "nobody") { email } }`, 'email'],
  ])('%s', async (_what, query, argument) => {
    const res = await gw.execute(query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a cursor taken under one sort is refused under another', async () => {
    const first = await gw.execute(`{ users(first: 2) { pageInfo { endCursor } } }`);
    const cursor = first.data!.users.pageInfo.endCursor;
    const res = await gw.execute(
      `query ($after: String) { users(first: 2, after: $after, sort: { field: DISPLAY_NAME }) { totalCount } }`,
      { after: cursor },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('what does not exist', () => {
  it('a person no vendor knows is null, not an error', async () => {
    const known = new Set(testCompany().people.map((p: any) => String(p.email).toLowerCase()));
    const email = 'nobody-at-all@example.com';
    expect(known.has(email)).toBe(false);
    const res = await gw.execute(`query ($email: String!) { user(email: $email) { email } }`, { email });
    expect(res.errors).toBeUndefined();
    expect(res.data!.user).toBeNull();
  });

  it('a mutation naming nobody answers a NOT_FOUND userError and plans no vendor call', async () => {
    const res = await gw.execute(
      `mutation { suspendUser(input: { email: "nobody-at-all@example.com" }) {
         user { email } plannedCalls { vendor } userErrors { field code } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.suspendUser).toEqual({
      user: null,
      plannedCalls: [],
      userErrors: [{ field: ['input', 'email'], code: 'NOT_FOUND' }],
    });
  });

  it('a vendor answering 404 is NOT_FOUND for that vendor, not retryable', async () => {
    await gw.fault('jumpcloud', { errorRate: 1, errorStatus: 404, operations: ['providersGetProvider'] });
    const res = await gw.execute(`{ provider { name } }`);
    expect(res.data?.provider ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['provider'],
      extensions: { code: 'NOT_FOUND', vendor: 'JUMPCLOUD', retryable: false },
    });
  });
});

describe('vendor failures carry vendor and retryable', () => {
  it.each([
    [{ errorRate: 1, errorStatus: 503 }, 'VENDOR_UNAVAILABLE', true],
    [{ errorRate: 1, errorStatus: 401 }, 'VENDOR_AUTH_FAILED', false],
    // A Retry-After longer than a request may wait fails fast instead of holding the request.
    [{ rateLimitNext: 10, retryAfterSeconds: 30 }, 'VENDOR_RATE_LIMITED', true],
  ] as const)('%j → %s', async (faults, code, retryable) => {
    await gw.fault('jumpcloud', { ...faults, operations: ['providersGetProvider'] });
    const res = await gw.execute(`{ provider { name } }`);
    expect(res.data?.provider ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['provider'],
      extensions: { code, vendor: 'JUMPCLOUD', retryable },
    });
    if (code === 'VENDOR_RATE_LIMITED') expect(res.errors![0].extensions!.retryAfterSeconds).toBe(30);
  });
});

describe('partial failures: one vendor failing nulls only its part', () => {
  it('lists that combine vendors keep the others, with one error per field naming the vendor', async () => {
    await gw.fault('jumpcloud', { errorRate: 1, errorStatus: 503 });
    const res = await gw.execute(`{
      integrations(first: 100) { totalCount edges { node { vendor } } }
      organizations(first: 100) { totalCount edges { node { vendor } } }
      provider { name }
    }`);
    expect(res.data!.integrations.totalCount).toBe(info.bettercloud.counts.integrations);
    expect(new Set(res.data!.integrations.edges.map((e: any) => e.node.vendor))).toEqual(
      new Set(['BETTERCLOUD']),
    );
    // Only the configured org is served (the tenant scope), of those the token sees.
    const served = gw.assembled.ids.atlassian.orgId;
    expect(res.data!.organizations.totalCount).toBe(
      info.atlassian.orgs.filter((o: any) => o.id === served).length,
    );
    expect(new Set(res.data!.organizations.edges.map((e: any) => e.node.vendor))).toEqual(
      new Set(['ATLASSIAN']),
    );
    expect(res.data!.provider).toBeNull();
    expect((res.errors ?? []).map((e) => e.path?.join('.')).sort()).toEqual([
      'integrations',
      'organizations',
      'provider',
    ]);
    for (const error of res.errors ?? [])
      expect(error.extensions).toMatchObject({
        code: 'VENDOR_UNAVAILABLE',
        vendor: 'JUMPCLOUD',
        retryable: true,
      });
  });

  it('nodes of a failing vendor are null, the others answer', async () => {
    const bettercloudGroup = toGlobalId('Group', 'BETTERCLOUD', info.bettercloud.groupIds[0]);
    // The provider's ID as the graph hands it out; that it is JumpCloud's provider is checked below.
    const read = await gw.execute(`{ provider { id externalId } }`);
    expect(read.data!.provider.externalId).toBe(info.jumpcloud.providerId);
    const provider: string = read.data!.provider.id;
    const healthy = await gw.execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [bettercloudGroup, provider],
    });
    expect(healthy.errors).toBeUndefined();
    expect(healthy.data!.nodes).toEqual([{ id: bettercloudGroup }, { id: provider }]);

    await gw.reseed();
    await gw.fault('jumpcloud', { errorRate: 1, errorStatus: 503 });
    const res = await gw.execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [bettercloudGroup, provider],
    });
    expect(res.data!.nodes).toEqual([{ id: bettercloudGroup }, null]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['nodes', 1],
      extensions: { code: 'VENDOR_UNAVAILABLE', vendor: 'JUMPCLOUD', retryable: true },
    });
    expect(codes(res)).toEqual(['VENDOR_UNAVAILABLE']);
  });
});
