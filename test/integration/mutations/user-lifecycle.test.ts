import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * suspendUser / restoreUser / deprovisionUser through HTTP against the simulators. Vendor state is
 * checked by reading each simulator directly (its own API), never through the graph.
 */

let gw: TestGateway;
let dir: string;
let bettercloud: RunningSimulator;
let atlassian: RunningSimulator;
let jumpcloud: RunningSimulator;
let snow: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-lifecycle-'));
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson') } });
  ({ bettercloud, atlassian, jumpcloud, snow } = gw.fleet.running as Required<typeof gw.fleet.running>);
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const sim of Object.values(gw.fleet.running)) sim.faults.set({});
  await gw.resetCounts();
});

// People of the seeded company, each used by one test only (tests change their state).
const company = testCompany();
const activeEverywhere = company.people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);
const person = (n: number) => activeEverywhere[n].email;

const PAYLOAD = /* GraphQL */ `
  user { email status accounts { vendor status externalId } }
  results { vendor api externalId status message code retryable httpStatus call { operationId method path body } }
  plannedCalls { vendor api operationId method path body description }
  userErrors { field message code }
`;
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${PAYLOAD} } }`;
const SUSPEND = mutation('suspendUser', 'SuspendUserInput');
const RESTORE = mutation('restoreUser', 'RestoreUserInput');
const DEPROVISION = mutation('deprovisionUser', 'DeprovisionUserInput');
const USER = `query($email: String!) { user(email: $email) { status accounts { vendor status } } }`;

type Payload = {
  user: {
    email: string;
    status: string;
    accounts: { vendor: string; status: string; externalId: string }[];
  } | null;
  results: {
    vendor: string;
    api: string;
    externalId: string;
    status: string;
    code: string | null;
    retryable: boolean | null;
    httpStatus: number | null;
    message: string;
  }[];
  plannedCalls: {
    vendor: string;
    api: string;
    operationId: string;
    method: string;
    path: string;
    body: unknown;
  }[];
  userErrors: { field: string[] | null; message: string; code: string }[];
};

async function run(query: string, input: Record<string, unknown>): Promise<Payload> {
  const res = await gw.query(query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0] as Payload;
}

/** Every write the simulators received since the last reset: method, operationId, path. */
function writes() {
  return Object.values(gw.fleet.running).flatMap((sim) =>
    sim.log
      .snapshot()
      .recent.filter((r) => r.method !== 'GET')
      .map((r) => ({
        vendor: sim.vendor,
        method: r.method,
        operationId: r.operationId,
        path: r.path,
        status: r.status,
      })),
  );
}

const ids = () => gw.running.ids;
const statusOf = (p: Payload, api: string) => p.results.find((r) => r.api === api)?.status;
const accountStatus = (user: Payload['user'], vendor: string) =>
  user?.accounts.find((a) => a.vendor === vendor)?.status;
const externalId = (user: Payload['user'], vendor: string) =>
  user!.accounts.find((a) => a.vendor === vendor)!.externalId;

// Direct reads of each simulator, as the vendor's own API answers them.
async function vendorGet(sim: RunningSimulator, path: string, headers: Record<string, string>) {
  const res = await fetch(`${sim.url}${path}`, { headers });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as any) : undefined }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const betterCloudUser = async (id: string) =>
  (await vendorGet(bettercloud, `/v1/users/${id}`, { 'x-api-key': 'dev-bettercloud-key' })).body.data as {
    status: string;
  };
const atlassianMember = (accountId: string) =>
  vendorGet(
    atlassian,
    `/v2/orgs/${ids().atlassian.orgId}/directories/${ids().atlassian.directoryId}/users/${encodeURIComponent(accountId)}`,
    { authorization: 'Bearer dev-atlassian-token' },
  );
const scimUser = (id: string) =>
  vendorGet(atlassian, `/scim/directory/${ids().scim.directoryId}/Users/${id}`, {
    authorization: 'Bearer dev-atlassian-token',
  });
async function scimIdOf(email: string): Promise<string> {
  const filter = encodeURIComponent(`userName eq "${email}"`);
  const list = await vendorGet(
    atlassian,
    `/scim/directory/${ids().scim.directoryId}/Users?filter=${filter}`,
    {
      authorization: 'Bearer dev-atlassian-token',
    },
  );
  return list.body.Resources[0].id;
}
const jumpCloudAdminIds = async () =>
  (
    (
      await vendorGet(jumpcloud, `/api/v2/providers/${ids().jumpcloud.providerId}/administrators?limit=100`, {
        'x-api-key': 'dev-jumpcloud-key',
      })
    ).body.results as { id: string }[]
  ).map((a) => a.id);

describe('suspendUser', () => {
  it('dry run lists the exact calls and changes nothing; the real run suspends in every vendor, and reads show it', async () => {
    const email = person(10);
    const dry = await run(SUSPEND, { email, dryRun: true });
    const bcId = externalId(dry.user, 'BETTERCLOUD');
    const accountId = externalId(dry.user, 'ATLASSIAN');
    const scimId = await scimIdOf(email);
    const { orgId, directoryId } = ids().atlassian;
    const expectedCalls = [
      {
        vendor: 'BETTERCLOUD',
        api: 'BETTERCLOUD',
        operationId: 'suspendUser',
        method: 'POST',
        path: `/users/${bcId}/suspend`,
        body: null,
      },
      {
        vendor: 'ATLASSIAN',
        api: 'ATLASSIAN_ADMIN',
        operationId: 'suspendUser',
        method: 'POST',
        path: `/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(accountId)}/suspend`,
        body: null,
      },
      {
        vendor: 'ATLASSIAN',
        api: 'ATLASSIAN_SCIM',
        operationId: 'patchUserInformationInAnActiveDirectory',
        method: 'PATCH',
        path: `/scim/directory/${ids().scim.directoryId}/Users/${scimId}`,
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', path: 'active', value: false }],
        },
      },
    ];
    expect(dry.userErrors).toEqual([]);
    expect(
      dry.plannedCalls.map(({ vendor, api, operationId, method, path, body }) => ({
        vendor,
        api,
        operationId,
        method,
        path,
        body,
      })),
    ).toStrictEqual(expectedCalls);
    expect(dry.results.map((r) => [r.api, r.status, r.code])).toEqual([
      ['BETTERCLOUD', 'PLANNED', null],
      ['ATLASSIAN_ADMIN', 'PLANNED', null],
      ['ATLASSIAN_SCIM', 'PLANNED', null],
      ['SNOW', 'SKIPPED', 'NOT_SUPPORTED_BY_VENDOR'],
    ]);
    expect(writes()).toEqual([]);
    expect((await betterCloudUser(bcId)).status).toBe('active');
    expect(dry.user?.status).toBe('ACTIVE');

    const done = await run(SUSPEND, { email });
    expect(done.results.map((r) => [r.api, r.status, r.httpStatus])).toEqual([
      ['BETTERCLOUD', 'SUCCEEDED', 200],
      ['ATLASSIAN_ADMIN', 'SUCCEEDED', 204],
      ['ATLASSIAN_SCIM', 'SUCCEEDED', 200],
      ['SNOW', 'SKIPPED', null],
    ]);
    // Exactly the planned calls reached the vendors, once each.
    expect(writes().map((w) => [w.vendor, w.method, w.operationId, w.path])).toEqual([
      ['bettercloud', 'POST', 'suspendUser', `/v1${expectedCalls[0].path}`],
      ['atlassian', 'POST', 'suspendUser', expectedCalls[1].path],
      ['atlassian', 'PATCH', 'patchUserInformationInAnActiveDirectory', expectedCalls[2].path],
    ]);
    // The vendors' own view.
    expect((await betterCloudUser(bcId)).status).toBe('suspended');
    expect((await atlassianMember(accountId)).body.membership_status).toBe('suspended');
    expect((await scimUser(scimId)).body.active).toBe(false);
    // Same request: the payload's re-read user. Later request: a query.
    expect(accountStatus(done.user, 'BETTERCLOUD')).toBe('SUSPENDED');
    expect(accountStatus(done.user, 'ATLASSIAN')).toBe('SUSPENDED');
    expect(accountStatus(done.user, 'SNOW')).toBe('ACTIVE');
    expect(done.user?.status).toBe('MIXED');
    const later = await gw.query(USER, { email });
    expect(later.data.user.accounts).toEqual([
      { vendor: 'BETTERCLOUD', status: 'SUSPENDED' },
      { vendor: 'ATLASSIAN', status: 'SUSPENDED' },
      { vendor: 'SNOW', status: 'ACTIVE' },
    ]);

    // Running it again finds everything done and sends nothing.
    await gw.resetCounts();
    const again = await run(SUSPEND, { email });
    expect(again.results.map((r) => r.status)).toEqual([
      'ALREADY_DONE',
      'ALREADY_DONE',
      'ALREADY_DONE',
      'SKIPPED',
    ]);
    expect(again.plannedCalls).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it('acts only in the vendors chosen', async () => {
    const email = person(11);
    const res = await run(SUSPEND, { email, vendors: ['ATLASSIAN'] });
    expect(res.results.map((r) => [r.api, r.status])).toEqual([
      ['ATLASSIAN_ADMIN', 'SUCCEEDED'],
      ['ATLASSIAN_SCIM', 'SUCCEEDED'],
    ]);
    expect(writes().map((w) => w.vendor)).toEqual(['atlassian', 'atlassian']);
    expect((await betterCloudUser(externalId(res.user, 'BETTERCLOUD'))).status).toBe('active');
    expect(accountStatus(res.user, 'BETTERCLOUD')).toBe('ACTIVE');
    expect(accountStatus(res.user, 'ATLASSIAN')).toBe('SUSPENDED');
  });

  it('resolves the person by userId (their global ID)', async () => {
    const email = person(12);
    const { data } = await gw.query(`query($e: String!) { user(email: $e) { id } }`, { e: email });
    const res = await run(SUSPEND, { userId: data.user.id, vendors: ['BETTERCLOUD'] });
    expect(res.userErrors).toEqual([]);
    expect(res.user?.email).toBe(email);
    expect((await betterCloudUser(externalId(res.user, 'BETTERCLOUD'))).status).toBe('suspended');
  });
});

describe('restoreUser', () => {
  it('restores Atlassian (directory and SCIM) and reports BetterCloud, which has no restore, as NOT_SUPPORTED_BY_VENDOR', async () => {
    const seeded = company.people.find(
      (p) =>
        p.accounts.bettercloud?.state === 'suspended' &&
        p.accounts.atlassian?.state === 'suspended' &&
        p.accounts.scim?.state === 'suspended' &&
        p.accounts.snow?.state === 'active',
    )!;
    const dry = await run(RESTORE, { email: seeded.email, dryRun: true });
    expect(dry.plannedCalls.map((c) => [c.api, c.operationId])).toEqual([
      ['ATLASSIAN_ADMIN', 'restoreUser'],
      ['ATLASSIAN_SCIM', 'patchUserInformationInAnActiveDirectory'],
    ]);
    expect(writes()).toEqual([]);

    const res = await run(RESTORE, { email: seeded.email });
    const byApi = Object.fromEntries(res.results.map((r) => [r.api, r]));
    expect(byApi.BETTERCLOUD).toMatchObject({
      status: 'SKIPPED',
      code: 'NOT_SUPPORTED_BY_VENDOR',
      retryable: false,
    });
    expect(byApi.BETTERCLOUD.message).toMatch(/no restore/);
    expect(byApi.ATLASSIAN_ADMIN.status).toBe('SUCCEEDED');
    expect(byApi.ATLASSIAN_SCIM.status).toBe('SUCCEEDED');
    expect(byApi.SNOW.status).toBe('ALREADY_DONE');
    expect(writes().map((w) => w.operationId)).toEqual([
      'restoreUser',
      'patchUserInformationInAnActiveDirectory',
    ]);

    const accountId = externalId(res.user, 'ATLASSIAN');
    expect((await atlassianMember(accountId)).body.membership_status).toBe('active');
    expect((await scimUser(await scimIdOf(seeded.email))).body.active).toBe(true);
    expect((await betterCloudUser(externalId(res.user, 'BETTERCLOUD'))).status).toBe('suspended');
    expect(accountStatus(res.user, 'ATLASSIAN')).toBe('ACTIVE');
    expect((await gw.query(USER, { email: seeded.email })).data.user.accounts).toContainEqual({
      vendor: 'ATLASSIAN',
      status: 'ACTIVE',
    });
  });

  it('brings back what suspendUser took, and re-reads show it', async () => {
    const email = person(13);
    await run(SUSPEND, { email, vendors: ['ATLASSIAN'] });
    const res = await run(RESTORE, { email, vendors: ['ATLASSIAN'] });
    expect(res.results.map((r) => [r.api, r.status])).toEqual([
      ['ATLASSIAN_ADMIN', 'SUCCEEDED'],
      ['ATLASSIAN_SCIM', 'SUCCEEDED'],
    ]);
    expect(res.user?.status).toBe('ACTIVE');
    expect((await gw.query(USER, { email })).data.user.status).toBe('ACTIVE');
  });
});

describe('deprovisionUser', () => {
  it('deprovisions in BetterCloud, removes from the Atlassian directory, deletes the SCIM user and the JumpCloud administrator', async () => {
    const admin = company.people.find(
      (p) =>
        p.jumpcloudAdmin &&
        (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every(
          (v) => p.accounts[v]?.state === 'active',
        ) &&
        p.email !== 'jsmith@example.com',
    )!;
    const before = await run(DEPROVISION, { email: admin.email, dryRun: true });
    const adminId = externalId(before.user, 'JUMPCLOUD');
    const accountId = externalId(before.user, 'ATLASSIAN');
    const bcId = externalId(before.user, 'BETTERCLOUD');
    const scimId = await scimIdOf(admin.email);
    expect(before.plannedCalls.map((c) => [c.api, c.method, c.path])).toEqual([
      ['BETTERCLOUD', 'POST', `/users/${bcId}/deprovision`],
      [
        'ATLASSIAN_ADMIN',
        'DELETE',
        `/v2/orgs/${ids().atlassian.orgId}/directories/${ids().atlassian.directoryId}/users/${encodeURIComponent(accountId)}`,
      ],
      ['ATLASSIAN_SCIM', 'DELETE', `/scim/directory/${ids().scim.directoryId}/Users/${scimId}`],
      ['JUMPCLOUD', 'DELETE', `/providers/${ids().jumpcloud.providerId}/administrators/${adminId}`],
    ]);
    expect(await jumpCloudAdminIds()).toContain(adminId);

    const res = await run(DEPROVISION, { email: admin.email });
    expect(res.results.map((r) => [r.api, r.status])).toEqual([
      ['BETTERCLOUD', 'SUCCEEDED'],
      ['ATLASSIAN_ADMIN', 'SUCCEEDED'],
      ['ATLASSIAN_SCIM', 'SUCCEEDED'],
      ['SNOW', 'SKIPPED'],
      ['JUMPCLOUD', 'SUCCEEDED'],
    ]);
    expect((await betterCloudUser(bcId)).status).toBe('deprovisioned');
    expect((await atlassianMember(accountId)).status).toBe(404);
    expect((await scimUser(scimId)).status).toBe(404);
    expect(await jumpCloudAdminIds()).not.toContain(adminId);
    // Re-read in the same request: Atlassian and JumpCloud no longer list the person.
    expect(res.user?.accounts.map((a) => [a.vendor, a.status])).toEqual([
      ['BETTERCLOUD', 'DEPROVISIONED'],
      ['SNOW', 'ACTIVE'],
    ]);
    expect((await gw.query(USER, { email: admin.email })).data.user.accounts).toEqual([
      { vendor: 'BETTERCLOUD', status: 'DEPROVISIONED' },
      { vendor: 'SNOW', status: 'ACTIVE' },
    ]);

    await gw.resetCounts();
    const again = await run(DEPROVISION, { email: admin.email });
    expect(again.results.map((r) => [r.api, r.status])).toEqual([
      ['BETTERCLOUD', 'ALREADY_DONE'],
      ['SNOW', 'SKIPPED'],
    ]);
    expect(writes()).toEqual([]);
  });
});

describe('idempotency', () => {
  it('replays the first result for the same key and input, acting once', async () => {
    const email = person(20);
    const first = await run(SUSPEND, { email, idempotencyKey: 'replay-1' });
    expect(statusOf(first, 'BETTERCLOUD')).toBe('SUCCEEDED');
    const second = await run(SUSPEND, { email, idempotencyKey: 'replay-1' });
    expect(second).toStrictEqual(first);
    const served = await gw.served();
    expect(served.bettercloud.suspendUser).toBe(1);
    expect(served.atlassian.suspendUser).toBe(1);
    expect(served.atlassian.patchUserInformationInAnActiveDirectory).toBe(1);
  });

  it('answers IDEMPOTENCY_KEY_REUSED for the same key with a different input, sending nothing', async () => {
    const email = person(21);
    await run(SUSPEND, { email, vendors: ['BETTERCLOUD'], idempotencyKey: 'reuse-1' });
    await gw.resetCounts();
    const res = await run(SUSPEND, { email, idempotencyKey: 'reuse-1' });
    expect(res.userErrors).toEqual([
      {
        field: ['input', 'idempotencyKey'],
        message: expect.stringContaining('different input'),
        code: 'IDEMPOTENCY_KEY_REUSED',
      },
    ]);
    expect(res.results).toEqual([]);
    expect(writes()).toEqual([]);
    // Keys are scoped by mutation: the same key on another mutation is a new key.
    const restore = await run(RESTORE, { email, vendors: ['ATLASSIAN'], idempotencyKey: 'reuse-1' });
    expect(restore.userErrors).toEqual([]);
  });

  it('after a partial failure reports the failed vendor, keeps the others, and a re-run with the same key completes only the rest', async () => {
    const email = person(22);
    bettercloud.faults.set({ errorNext: 5, errorStatus: 503, operations: ['suspendUser'] });
    const partial = await run(SUSPEND, { email, idempotencyKey: 'partial-1' });
    const bc = partial.results.find((r) => r.api === 'BETTERCLOUD')!;
    expect(bc).toMatchObject({
      status: 'FAILED',
      code: 'VENDOR_UNAVAILABLE',
      retryable: true,
      httpStatus: 503,
    });
    expect(statusOf(partial, 'ATLASSIAN_ADMIN')).toBe('SUCCEEDED');
    expect(statusOf(partial, 'ATLASSIAN_SCIM')).toBe('SUCCEEDED');
    expect(accountStatus(partial.user, 'BETTERCLOUD')).toBe('ACTIVE');
    expect(accountStatus(partial.user, 'ATLASSIAN')).toBe('SUSPENDED');
    expect((await betterCloudUser(externalId(partial.user, 'BETTERCLOUD'))).status).toBe('active');

    bettercloud.faults.set({});
    await gw.resetCounts();
    const rerun = await run(SUSPEND, { email, idempotencyKey: 'partial-1' });
    expect(rerun.results.map((r) => [r.api, r.status])).toEqual([
      ['BETTERCLOUD', 'SUCCEEDED'],
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE'],
      ['ATLASSIAN_SCIM', 'ALREADY_DONE'],
      ['SNOW', 'SKIPPED'],
    ]);
    expect(writes().map((w) => [w.vendor, w.operationId])).toEqual([['bettercloud', 'suspendUser']]);
    expect((await betterCloudUser(externalId(rerun.user, 'BETTERCLOUD'))).status).toBe('suspended');

    // Now complete: the key replays it without calling anyone.
    await gw.resetCounts();
    expect(await run(SUSPEND, { email, idempotencyKey: 'partial-1' })).toStrictEqual(rerun);
    expect(writes()).toEqual([]);
  });
});

describe('validation before any vendor call', () => {
  const loner = company.people.find(
    (p) => Object.keys(p.accounts).length === 1 && p.accounts.snow && !p.jumpcloudAdmin,
  )!;
  const cases: [string, Record<string, unknown>, { field: string[]; code: string }][] = [
    ['a malformed email', { email: 'not-an-email' }, { field: ['input', 'email'], code: 'INVALID_EMAIL' }],
    [
      'an unknown person',
      { email: 'nobody-here@example.com' },
      { field: ['input', 'email'], code: 'NOT_FOUND' },
    ],
    [
      'both email and userId',
      { email: 'jsmith@example.com', userId: toGlobalId('User', 'jsmith@example.com') },
      { field: ['input'], code: 'INVALID_INPUT' },
    ],
    ['neither email nor userId', { vendors: ['BETTERCLOUD'] }, { field: ['input'], code: 'INVALID_INPUT' }],
    [
      'a userId that is not a User',
      { userId: toGlobalId('Group', 'SCIM', 'abc') },
      { field: ['input', 'userId'], code: 'INVALID_ID' },
    ],
    [
      'a vendor where the person has no account',
      { email: loner?.email, vendors: ['SNOW', 'BETTERCLOUD'] },
      { field: ['input', 'vendors', '1'], code: 'NO_ACCOUNT_IN_VENDOR' },
    ],
    [
      'an empty vendor list',
      { email: 'jsmith@example.com', vendors: [] },
      { field: ['input', 'vendors'], code: 'INVALID_INPUT' },
    ],
    [
      'an empty idempotency key',
      { email: 'jsmith@example.com', idempotencyKey: '' },
      { field: ['input', 'idempotencyKey'], code: 'INVALID_IDEMPOTENCY_KEY' },
    ],
  ];
  it.each(cases)('rejects %s with a field path and sends nothing', async (_name, input, expected) => {
    for (const query of [SUSPEND, RESTORE, DEPROVISION]) {
      const res = await run(query, input);
      expect(res.userErrors).toEqual([{ ...expected, message: expect.any(String) }]);
      expect(res.user).toBeNull();
      expect(res.results).toEqual([]);
      expect(res.plannedCalls).toEqual([]);
    }
    expect(writes()).toEqual([]);
    // Snow never sees a write either (it has none), and no vendor saw one.
    expect(snow.log.snapshot().recent.every((r) => r.method === 'GET')).toBe(true);
  });
});
