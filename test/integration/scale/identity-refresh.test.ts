/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * The background refresh of the identity index against the simulators: paced under its budget,
 * slowed (not failed) by rate limits, and incremental where the vendor keeps a change feed.
 */

const company = testCompany();
const betterCloudAccounts = company.people.filter((p) => p.accounts.bettercloud).length;
const betterCloudPages = Math.ceil(betterCloudAccounts / 100);
const BUDGET_PER_MINUTE = 240;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({
    identityTtlMs: 0, // refreshed only when a test asks, so every call counted is the refresh's
    env: { BETTERCLOUD_REFRESH_CALLS_PER_MINUTE: String(BUDGET_PER_MINUTE) },
  });
  const built = await gw.query(`{ users(first: 1) { totalCount } }`);
  expect(built.errors).toBeUndefined();
});
afterAll(async () => {
  await gw?.close();
});

const sim = (vendor: string) => Object.values(gw.fleet.running).find((s) => s.vendor === vendor)!;
const status = (source: string) =>
  gw.running.gateway.identityStatus().sources.find((s) => s.source === source)!;
const served = (vendor: string) => sim(vendor).log.snapshot().recent;

describe('the identity index status', () => {
  it('reports age and completeness per source in the trace extension, as identityStatus() does', async () => {
    const res = await gw.query(`{ users(first: 1) { totalCount } }`, undefined, { trace: true });
    const reported = res.extensions!.identityIndex;
    expect(reported.ready).toBe(true);
    expect(reported.sources.map((s: any) => s.source)).toEqual([
      'BETTERCLOUD',
      'ATLASSIAN',
      'SNOW',
      'JUMPCLOUD',
      'SCIM',
    ]);
    const bettercloud = reported.sources.find((s: any) => s.source === 'BETTERCLOUD');
    expect(bettercloud).toMatchObject({ complete: true, entries: betterCloudAccounts, error: null });
    expect(bettercloud.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(gw.running.gateway.identityStatus().revision).toBe(reported.revision);
    expect(res.extensions!.responseCache).toMatchObject({
      entries: expect.any(Number),
      byVendor: expect.any(Object),
    });
  });
});

describe('the identity refresh', () => {
  it('walks a source no faster than its budget, under the vendor rate limit', async () => {
    // The vendor allows 5 calls a second; the budget is 4 (240 a minute).
    sim('bettercloud').faults.set({ rateLimit: { limit: 5, windowMs: 1000 } });
    await gw.resetCounts();
    const started = Date.now();
    await gw.running.gateway.identityRefresher.refresh('BETTERCLOUD', 'full');
    const elapsed = Date.now() - started;
    sim('bettercloud').faults.set({});
    const calls = served('bettercloud');
    expect(calls.filter((c) => c.status === 429)).toEqual([]);
    // The feed's head, then every page of the user list.
    expect(calls.filter((c) => c.operationId === 'listUsers')).toHaveLength(betterCloudPages);
    expect(elapsed).toBeGreaterThanOrEqual(((calls.length - 1) * 60_000) / BUDGET_PER_MINUTE - 50);
    for (const call of calls) {
      const at = Date.parse(call.at);
      const inWindow = calls.filter((c) => Math.abs(Date.parse(c.at) - at) < 1000).length;
      // Within any second around a call: at most the budget's 4 before or after it, spaced evenly.
      expect(inWindow).toBeLessThanOrEqual(2 * (BUDGET_PER_MINUTE / 60) + 1);
    }
    expect(status('BETTERCLOUD')).toMatchObject({
      complete: true,
      error: null,
      entries: betterCloudAccounts,
    });
  }, 60_000);

  it('slows down on 429 instead of failing, and completes the walk', async () => {
    // Three answers in a row say "429, retry after 1 s": more than one request's retries would take.
    sim('bettercloud').faults.set({ rateLimitNext: 3, retryAfterSeconds: 1 });
    await gw.resetCounts();
    const started = Date.now();
    await gw.running.gateway.identityRefresher.refresh('BETTERCLOUD', 'full');
    sim('bettercloud').faults.set({});
    const calls = served('bettercloud');
    expect(calls.filter((c) => c.status === 429)).toHaveLength(3);
    // Each 429 held every call back for its Retry-After.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
    expect(calls.filter((c) => c.operationId === 'listUsers' && c.status === 200)).toHaveLength(
      betterCloudPages,
    );
    expect(status('BETTERCLOUD')).toMatchObject({
      complete: true,
      error: null,
      entries: betterCloudAccounts,
    });
    expect(status('BETTERCLOUD').refreshedSecondsAgo).toBeLessThan(5);
  }, 60_000);

  it('reads only the people the Atlassian audit log names since the last refresh', async () => {
    const person = company.people.find(
      (p) => p.accounts.atlassian?.state === 'active' && p.accounts.scim && !p.jumpcloudAdmin,
    )!;
    const user = await gw.query(
      `query($e: String!) { user(email: $e) { accounts { vendor externalId status } } }`,
      {
        e: person.email,
      },
    );
    const account = user.data.user.accounts.find((a: any) => a.vendor === 'ATLASSIAN');
    expect(account.status).toBe('ACTIVE');
    // Suspended behind the gateway's back, through the vendor's own API.
    const { orgId, directoryId } = gw.running.ids.atlassian;
    const res = await fetch(
      `${sim('atlassian').url}/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(account.externalId)}/suspend`,
      { method: 'POST', headers: { authorization: 'Bearer dev-atlassian-token' } },
    );
    expect(res.status).toBeLessThan(300);
    await gw.resetCounts();
    await gw.running.gateway.identityRefresher.refresh('ATLASSIAN');
    const calls = served('atlassian');
    // The events since the cursor, then each person they name (this one, and the one of the event at
    // the cursor's instant, read again by design) by account ID and SCIM userName: no directory walk.
    const reads = calls.filter((c) => c.operationId !== 'getOrganizationEvents');
    expect(calls.length - reads.length).toBe(1);
    for (const read of reads)
      expect(read.operationId === 'getDirectoryUser' || read.path.includes('filter=userName')).toBe(true);
    expect(reads.some((r) => r.path.endsWith(encodeURIComponent(account.externalId)))).toBe(true);
    expect(reads.length).toBeLessThanOrEqual(4);
    const after = await gw.query(`query($e: String!) { user(email: $e) { accounts { vendor status } } }`, {
      e: person.email,
    });
    expect(after.data.user.accounts.find((a: any) => a.vendor === 'ATLASSIAN').status).toBe('SUSPENDED');
    expect(status('ATLASSIAN').error).toBeNull();
  }, 60_000);
});
