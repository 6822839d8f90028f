import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * suspendUser on a person who is a JumpCloud provider administrator: JumpCloud's provider API
 * cannot suspend administrators, so the run must say that access remains, never SUCCEEDED.
 * The administrator's presence is checked on the JumpCloud simulator's own API.
 */
let gw: TestGateway;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-honest-'));
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson') } });
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

const admin = testCompany().people.find(
  (p) => p.jumpcloudAdmin && p.accounts.bettercloud?.state === 'active',
)!;

async function jumpCloudAdministrators(): Promise<{ id: string; email: string }[]> {
  const sim = gw.fleet.running.jumpcloud!;
  const res = await fetch(
    `${sim.url}/api/v2/providers/${gw.running.ids.jumpcloud.providerId}/administrators?limit=100`,
    { headers: { 'x-api-key': 'dev-jumpcloud-key' } },
  );
  return ((await res.json()) as { results: { id: string; email: string }[] }).results;
}

describe('suspendUser on a JumpCloud provider administrator', () => {
  it('reports the administrator as STILL_ACTIVE with how to remove it, and the run as ACCESS_REMAINS', async () => {
    expect(admin).toBeDefined();
    const res = await gw.query(
      `mutation($input: SuspendUserInput!) { suspendUser(input: $input) {
        results { vendor api status code message externalId }
        userErrors { message } } }`,
      { input: { email: admin.email.toUpperCase() } },
    );
    expect(res.errors).toBeUndefined();
    const { results, userErrors } = res.data.suspendUser;
    expect(userErrors).toEqual([]);
    const jumpcloud = results.find((r: { vendor: string }) => r.vendor === 'JUMPCLOUD');
    expect(jumpcloud).toMatchObject({ status: 'STILL_ACTIVE', code: 'VENDOR_CANNOT_SUSPEND' });
    expect(jumpcloud.message).toContain(admin.email.toLowerCase());
    expect(jumpcloud.message).toMatch(/still active/);
    expect(jumpcloud.message).toMatch(/deprovisionUser/);
    expect(jumpcloud.message).toMatch(/delete the administrator/);
    // The vendors that can suspend did.
    expect(results.find((r: { vendor: string }) => r.vendor === 'BETTERCLOUD').status).toBe('SUCCEEDED');
    // The administrator is still there, at the vendor.
    expect((await jumpCloudAdministrators()).map((a) => a.id)).toContain(jumpcloud.externalId);

    const log = await gw.query(
      `{ auditLog(first: 1) { edges { node { mutation result calls { vendor outcome } } } } }`,
    );
    const [entry] = log.data.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(entry).toMatchObject({ mutation: 'suspendUser', result: 'ACCESS_REMAINS' });
    expect(entry.calls).toContainEqual({ vendor: 'JUMPCLOUD', outcome: 'STILL_ACTIVE' });
  });

  it('says so in a dry run too, before anything is sent', async () => {
    const res = await gw.query(
      `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { results { vendor status } } }`,
      { input: { email: admin.email, dryRun: true } },
    );
    expect(res.data.suspendUser.results).toContainEqual({ vendor: 'JUMPCLOUD', status: 'STILL_ACTIVE' });
  });
});
