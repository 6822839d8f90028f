/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../../common/principal.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * The whole-response cache (ADMINGRAPH_RESPONSE_CACHE=on) over HTTP against the simulators. A hit is
 * an answer that reached no vendor: the simulators' own request counts say whether one did.
 */

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ env: { ADMINGRAPH_RESPONSE_CACHE: 'on' } });
});
afterAll(async () => gw?.close());
beforeEach(async () => gw.reseed());

/** Requests the simulators served since the last reset, all vendors and operations together. */
async function vendorRequests(): Promise<number> {
  const served = await gw.served();
  return Object.values(served)
    .flatMap((byOperation) => Object.values(byOperation))
    .reduce((sum, n) => sum + n, 0);
}

/** Runs a query and counts the vendor requests it caused. */
async function measured(query: string, variables?: Record<string, unknown>) {
  await gw.resetCounts();
  const result = await gw.query(query, variables);
  return { result, vendorRequests: await vendorRequests() };
}

/** Runs an operation in-process as the given caller (authentication is not what is tested here). */
async function asPrincipal(principal: Principal, query: string) {
  const { gateway } = gw.running;
  await gw.resetCounts();
  const response = await gateway.server.executeOperation(
    { query },
    { contextValue: await gateway.createContext({}, principal) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult as any, vendorRequests: await vendorRequests() };
}

const company = testCompany();
const activeEverywhere = company.people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);

const DIRECTORY_PAGE = /* GraphQL */ `
  query Directory($first: Int!) {
    users(first: $first) {
      totalCount
      edges {
        node {
          email
          status
          accounts {
            vendor
            status
          }
          subscriptions {
            name
          }
        }
      }
    }
  }
`;
const USER_STATUS = `query($email: String!) { user(email: $email) { email status accounts { vendor status } } }`;
const SUSPEND = `mutation($email: String!) { suspendUser(input: { email: $email }) { user { status } userErrors { code } } }`;

describe('whole-response cache', () => {
  it('answers a repeated query without reaching any vendor, and other variables miss', async () => {
    const cold = await measured(DIRECTORY_PAGE, { first: 20 });
    expect(cold.result.errors).toBeUndefined();
    expect(cold.vendorRequests).toBeGreaterThan(0);

    const warm = await measured(DIRECTORY_PAGE, { first: 20 });
    expect(warm.result).toEqual(cold.result);
    expect(warm.vendorRequests).toBe(0);

    const otherPage = await measured(DIRECTORY_PAGE, { first: 21 });
    expect(otherPage.result.data.users.edges).toHaveLength(21);
    expect(otherPage.vendorRequests).toBeGreaterThan(0);
  });

  it('tells a cached answer by its Age header', async () => {
    const post = () =>
      fetch(gw.running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}` },
        body: JSON.stringify({ query: USER_STATUS, variables: { email: activeEverywhere[5].email } }),
      });
    expect((await post()).headers.get('age')).toBeNull();
    const hit = await post();
    expect(hit.headers.get('age')).not.toBeNull();
    expect(hit.headers.get('cache-control')).toMatch(/max-age=30/);
  });

  it('keeps PRIVATE answers (signed download links) to their caller, and shares PUBLIC ones within a role', async () => {
    const alice: Principal = { id: `key:alice-${randomUUID()}`, role: 'admin', method: 'api-key' };
    const bob: Principal = { id: `key:bob-${randomUUID()}`, role: 'admin', method: 'api-key' };
    const viewer: Principal = { id: `key:viewer-${randomUUID()}`, role: 'viewer', method: 'api-key' };
    const LINK = '{ provider { name billingContract { url expiresAt } } }';

    const first = await asPrincipal(alice, LINK);
    expect(first.result.errors).toBeUndefined();
    expect(first.vendorRequests).toBeGreaterThan(0);
    expect((await asPrincipal(alice, LINK)).vendorRequests).toBe(0);
    // Bob gets a link of his own, read from the vendor, never Alice's cached one.
    const bobs = await asPrincipal(bob, LINK);
    expect(bobs.vendorRequests).toBeGreaterThan(0);

    const STATUS = `{ user(email: "${activeEverywhere[6].email}") { status } }`;
    expect((await asPrincipal(alice, STATUS)).vendorRequests).toBeGreaterThan(0);
    expect((await asPrincipal(bob, STATUS)).vendorRequests).toBe(0);
    // Another role may be allowed less: it never shares an admin's cached answer.
    expect((await asPrincipal(viewer, STATUS)).vendorRequests).toBeGreaterThan(0);
  });

  it('never answers a mutation from the cache', async () => {
    const email = activeEverywhere[7].email;
    const SUSPEND_RESULTS = `mutation($email: String!) { suspendUser(input: { email: $email }) { results { vendor status } } }`;
    const first = await measured(SUSPEND_RESULTS, { email });
    const firstStatuses = first.result.data.suspendUser.results.map((r: any) => r.status);
    expect(firstStatuses).not.toContain('ALREADY_DONE');
    expect(first.vendorRequests).toBeGreaterThan(0);

    // The same mutation runs again (a cached payload would repeat the first): now nothing is left to do.
    const again = await measured(SUSPEND_RESULTS, { email });
    const againStatuses = again.result.data.suspendUser.results.map((r: any) => r.status);
    expect(againStatuses).toContain('ALREADY_DONE');
    expect(againStatuses).not.toEqual(firstStatuses);
  });

  it('drops a cached answer when a write changes what it shows', async () => {
    const email = activeEverywhere[8].email;
    const before = await measured(USER_STATUS, { email });
    expect(before.result.data.user.status).toBe('ACTIVE');
    expect((await measured(USER_STATUS, { email })).vendorRequests).toBe(0);

    const suspended = await gw.query(SUSPEND, { email });
    const statusAfterWrite = suspended.data.suspendUser.user.status;
    expect(statusAfterWrite).not.toBe('ACTIVE');
    const after = await measured(USER_STATUS, { email });
    expect(after.result.data.user.status).toBe(statusAfterWrite);
  });

  it('does not keep an answer that carries a vendor failure', async () => {
    gw.fleet.running.snow!.faults.set({ errorRate: 1, errorStatus: 503 });
    const failed = await measured(USER_STATUS, { email: activeEverywhere[9].email });
    expect(failed.result.errors?.[0]?.extensions?.vendor).toBe('SNOW');
    gw.fleet.running.snow!.faults.set({});
    const next = await measured(USER_STATUS, { email: activeEverywhere[9].email });
    expect(next.result.errors).toBeUndefined();
    expect(next.vendorRequests).toBeGreaterThan(0);
  });
});
