import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */

/**
 * The JumpCloud writes issue 11 found missing or partial, through the write pipeline (validate, plan,
 * dry run, execute, audit, re-read): deleting a policy group template, a Syncro mapping row's billing
 * schedule, and `apiKeyAllowed` on a new administrator. Vendor state is read from the simulator.
 */

let gw: TestGateway;
let dir: string;
let auditFile: string;
let jumpcloud: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-seed-writes-'));
  auditFile = join(dir, 'audit.ndjson');
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: auditFile } });
  jumpcloud = gw.fleet.running.jumpcloud!;
}, 120_000);
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => gw.reseed());

const providerId = () => gw.running.ids.jumpcloud.providerId;
async function jc(path: string): Promise<any> {
  const res = await fetch(`${jumpcloud.url}/api/v2${path}`, {
    headers: { 'x-api-key': 'dev-jumpcloud-key' },
  });
  expect(res.status, path).toBe(200);
  return res.json();
}
const writes = () =>
  jumpcloud.log
    .snapshot()
    .recent.filter((r) => r.method !== 'GET')
    .map((r) => ({ method: r.method, operationId: r.operationId, status: r.status }));
const OUTCOME = `results { status } plannedCalls { operationId method path body } userErrors { field message code }`;
async function run(query: string, input: Record<string, unknown>): Promise<any> {
  const res = await gw.query(query, { input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data as object)[0];
}
const policies = async () =>
  (
    await gw.query(
      '{ policies(first: 100, filter: { vendor: JUMPCLOUD }) { edges { node { id externalId kind name } } } }',
    )
  ).data.policies.edges.map((e: any) => e.node);

describe('deletePolicyGroupTemplate', () => {
  const DELETE = `mutation ($input: DeletePolicyGroupTemplateInput!) {
    deletePolicyGroupTemplate(input: $input) { deletedPolicyId policy { id } ${OUTCOME} } }`;

  it('plans on a dry run, deletes through the pipeline, audits, and refuses what is not a group template', async () => {
    const groups: any[] = (await jc(`/providers/${providerId()}/policygrouptemplates?limit=100`)).results;
    const all = await policies();
    const group = all.find((p: any) => p.kind === 'POLICY_GROUP_TEMPLATE' && p.externalId === groups[0].id);
    const configured = all.find((p: any) => p.kind === 'POLICY_TEMPLATE');
    expect(group).toBeDefined();

    const dry = await run(DELETE, { policyId: group.id, dryRun: true });
    expect(dry.plannedCalls.map((c: any) => [c.operationId, c.method, c.path])).toStrictEqual([
      [
        'policyGroupTemplatesDelete',
        'DELETE',
        `/providers/${providerId()}/policygrouptemplates/${group.externalId}`,
      ],
    ]);
    expect([dry.deletedPolicyId, dry.policy?.id]).toStrictEqual([null, group.id]);
    expect(writes()).toStrictEqual([]);

    const done = await run(DELETE, { policyId: group.id, idempotencyKey: `delete-${group.externalId}` });
    expect([done.deletedPolicyId, done.policy, done.results[0].status]).toStrictEqual([
      group.id,
      null,
      'SUCCEEDED',
    ]);
    const after: any[] = (await jc(`/providers/${providerId()}/policygrouptemplates?limit=100`)).results;
    expect(after.map((t) => t.id)).toStrictEqual(
      groups.filter((t) => t.id !== group.externalId).map((t) => t.id),
    );
    expect(writes()).toStrictEqual([
      { method: 'DELETE', operationId: 'policyGroupTemplatesDelete', status: 204 },
    ]);
    const audited = readFileSync(auditFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((e) => e.mutation === 'deletePolicyGroupTemplate' && e.dryRun !== undefined);
    // The dry run and the run, each one entry; the run names the vendor call and its outcome.
    expect(audited.map((e) => e.dryRun)).toStrictEqual([true, false]);
    expect(JSON.stringify(audited[1])).toContain('policyGroupTemplatesDelete');

    const again = await run(DELETE, { policyId: group.id });
    expect(again.userErrors.map((e: any) => e.code)).toStrictEqual(['NOT_FOUND']);
    const wrongKind = await run(DELETE, { policyId: configured.id });
    expect(wrongKind.userErrors.map((e: any) => e.code)).toStrictEqual(['NOT_A_POLICY_GROUP_TEMPLATE']);
    const notJumpCloud = await run(DELETE, {
      policyId: Buffer.from('Policy:ATLASSIAN:x:y').toString('base64url'),
    });
    expect(notJumpCloud.userErrors.map((e: any) => e.code)).toStrictEqual(['INVALID_ID']);
    expect(writes()).toHaveLength(1);
  });
});

describe('Syncro mapping rows with a billing schedule', () => {
  const MAPPINGS = `mutation ($input: UpdateIntegrationMappingsInput!) { updateIntegrationMappings(input: $input) {
    integration { mappings(first: 100) { edges { node { organization { externalId } billingConfiguration { scheduleId lineItemId scheduleName lineItemName } } } } }
    ${OUTCOME} } }`;

  it("sends JumpCloud's billingConfigurations with names from its options, and refuses an unknown line item", async () => {
    const refs: any[] = (await jc(`/providers/${providerId()}/integrations?limit=100`)).records;
    const uuid = refs.find((r) => r.type === 'syncro').integrationId;
    const [options, companies, orgs] = await Promise.all([
      jc(`/integrations/syncro/${uuid}/billing_mapping_configuration_options`),
      jc(`/integrations/syncro/${uuid}/companies?limit=100`),
      jc(`/providers/${providerId()}/organizations?limit=100`),
    ]);
    const schedule = options.options[0].values[0];
    const line = schedule.lines[0];
    const org = orgs.results[0];
    const integrationId = Buffer.from(`Integration:JUMPCLOUD:${uuid}`).toString('base64url');
    const row = {
      organizationId: org.id,
      companyId: String(companies.records[0].id),
      billingConfiguration: { scheduleId: schedule.value, lineItemId: line.value },
    };

    const bad = await run(MAPPINGS, {
      integrationId,
      rows: [{ ...row, billingConfiguration: { scheduleId: schedule.value, lineItemId: -1 } }],
    });
    expect(bad.userErrors.map((e: any) => [e.field, e.code])).toStrictEqual([
      [['input', 'rows', '0', 'billingConfiguration'], 'UNKNOWN_BILLING_OPTION'],
    ]);
    expect(writes()).toStrictEqual([]);

    const done = await run(MAPPINGS, { integrationId, rows: [row] });
    expect(done.userErrors).toStrictEqual([]);
    expect(done.plannedCalls[0].body.data[0].billingConfigurations).toStrictEqual({
      fields: {
        schedule_id: { value: schedule.value },
        schedule_name: { value: schedule.label },
        line_item_id: { value: line.value },
        line_item_name: { value: line.label },
      },
    });
    const shown = done.integration.mappings.edges.find((e: any) => e.node.organization.externalId === org.id);
    expect(shown.node.billingConfiguration).toStrictEqual({
      scheduleId: schedule.value,
      lineItemId: line.value,
      scheduleName: schedule.label,
      lineItemName: line.label,
    });
    const stored: any[] = (await jc(`/integrations/syncro/${uuid}/mappings?limit=100`)).records;
    expect(
      stored.find((m) => m.organization.id === org.id).billingConfigurations.fields.line_item_id.value,
    ).toBe(line.value);
  });
});

describe('createProviderAdministrator(apiKeyAllowed)', () => {
  it('sends apiKeyAllowed and shows it on the administrator', async () => {
    const CREATE = `mutation ($input: CreateProviderAdministratorInput!) { createProviderAdministrator(input: $input) {
      administrator { email apiKeyAllowed } ${OUTCOME} } }`;
    const done = await run(CREATE, {
      email: 'api.admin@example.com',
      role: 'Administrator',
      apiKeyAllowed: true,
    });
    expect(done.userErrors).toStrictEqual([]);
    expect(done.plannedCalls[0].body.apiKeyAllowed).toBe(true);
    expect(done.administrator).toStrictEqual({ email: 'api.admin@example.com', apiKeyAllowed: true });
    const admins: any[] = (
      await jc(`/providers/${providerId()}/administrators?limit=100&filter=email:eq:api.admin@example.com`)
    ).results;
    expect(admins.map((a) => a.apiKeyAllowed)).toStrictEqual([true]);
  });
});
