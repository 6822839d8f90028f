import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import type { JumpCloudStore } from '../../../simulators/jumpcloud/store.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * JumpCloud PSA integration and provider mutations through HTTP against the simulators. Vendor state
 * is read from the JumpCloud simulator directly (its own API, with its API key), never through the graph.
 */

let gw: TestGateway;
let dir: string;
let auditFile: string;
let jumpcloud: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-integrations-'));
  auditFile = join(dir, 'audit.ndjson');
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: auditFile } });
  jumpcloud = gw.fleet.running.jumpcloud!;
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});
// Every test starts from the seeded vendors, with nothing the gateway read before.
beforeEach(() => gw.reseed());

// ---- direct reads of the JumpCloud simulator -------------------------------------------------------------
/* eslint-disable @typescript-eslint/no-explicit-any */
async function jc(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${jumpcloud.url}/api/v2${path}`, {
    headers: { 'x-api-key': 'dev-jumpcloud-key' },
  });
  return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
const providerId = () => gw.running.ids.jumpcloud.providerId;
const all = async <T>(path: string, key: 'records' | 'results'): Promise<T[]> => {
  const first = await jc(`${path}${path.includes('?') ? '&' : '?'}limit=100`);
  const items: T[] = [...first.body[key]];
  for (let skip = 100; skip < first.body.totalCount; skip += 100)
    items.push(...(await jc(`${path}${path.includes('?') ? '&' : '?'}limit=100&skip=${skip}`)).body[key]);
  return items;
};
type Ref = { integrationId: string; type: 'connectwise' | 'syncro' | 'autotask' };
const integrations = () => all<Ref>(`/providers/${providerId()}/integrations`, 'records');
const integrationOf = async (type: Ref['type'], n = 0) =>
  (await integrations()).filter((i) => i.type === type)[n].integrationId;
const organizations = () =>
  all<{ id: string; name: string; maxSystemUsers: number }>(
    `/providers/${providerId()}/organizations`,
    'results',
  );
const companies = (type: string, uuid: string) =>
  all<{ id: string; name: string }>(`/integrations/${type}/${uuid}/companies`, 'records');
type Mapping = {
  organization: { id: string };
  company: { id: string };
  agreement?: { id: string };
  addition?: { id: string };
  contract?: { id: string };
  service?: { id: string };
};
const mappings = (type: string, uuid: string) =>
  all<Mapping>(`/integrations/${type}/${uuid}/mappings`, 'records');
const administrators = () =>
  all<{ id: string; email: string; roleName: string; registered: boolean }>(
    `/providers/${providerId()}/administrators`,
    'results',
  );
const integrationId = (uuid: string) => toGlobalId('Integration', 'JUMPCLOUD', uuid);
const jumpCloudState = () => jumpcloud.simulator.state as unknown as JumpCloudStore;

/** Every write the simulators received since the last reset. */
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

const OUTCOME = `
  results { vendor api externalId status message code httpStatus call { operationId method path body } }
  plannedCalls { vendor api operationId method path body description }
  userErrors { field message code }`;
const INTEGRATION = `integration { id externalId kind endpoint isConfigured settings { automaticTicketing companyTypeIds }
  mappings(first: 100) { totalCount edges { node { organization { externalId } company { id } agreement { id } addition { id } } } } }`;
const m = (name: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${OUTCOME} } }`;
const MAPPINGS = m('updateIntegrationMappings', 'UpdateIntegrationMappingsInput', INTEGRATION);
const SETTINGS = m('updateIntegrationSettings', 'UpdateIntegrationSettingsInput', INTEGRATION);
const CREATE = m(
  'createIntegration',
  'CreateIntegrationInput',
  'integration { id externalId kind endpoint isConfigured }',
);
const UPDATE = m(
  'updateIntegration',
  'UpdateIntegrationInput',
  'integration { id externalId kind endpoint isConfigured }',
);
const DELETE = m('deleteIntegration', 'DeleteIntegrationInput', 'deletedIntegrationId integration { id }');
const ALERT = m(
  'updateAlertConfiguration',
  'UpdateAlertConfigurationInput',
  'alertConfiguration { id shouldCreateTickets priority source dueDays }',
);
const CREATE_ADMIN = m(
  'createProviderAdministrator',
  'CreateProviderAdministratorInput',
  'administrator { id email role registered }',
);
const DELETE_ADMIN = m(
  'deleteProviderAdministrator',
  'DeleteProviderAdministratorInput',
  'deletedAdministratorId administrator { id }',
);
const CREATE_ORG = m(
  'createProviderOrganization',
  'CreateProviderOrganizationInput',
  'organization { id externalId name maxSystemUsers }',
);
const UPDATE_ORG = m(
  'updateProviderOrganization',
  'UpdateProviderOrganizationInput',
  'organization { id externalId name maxSystemUsers }',
);

/* eslint-disable @typescript-eslint/no-explicit-any */
async function run(query: string, input: Record<string, unknown>): Promise<any> {
  const res = await gw.query(query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0];
}
/* eslint-enable @typescript-eslint/no-explicit-any */
const fields = (p: { userErrors: { field: string[]; code: string }[] }) =>
  p.userErrors.map((e) => [e.field, e.code]);

/** A ConnectWise integration with mappings, and rows that create, edit and delete (IDs from the simulator). */
async function connectWiseScenario() {
  const uuid = await integrationOf('connectwise', 0);
  const [orgs, rows, companyList, agreementList] = await Promise.all([
    organizations(),
    mappings('connectwise', uuid),
    companies('connectwise', uuid),
    all<{ id: string; companyId: string }>(`/integrations/connectwise/${uuid}/agreements`, 'results'),
  ]);
  const mapped = new Set(rows.map((r) => r.organization.id));
  const unmapped = orgs.find((o) => !mapped.has(o.id))!;
  const agreement = agreementList[3];
  const additions = (
    await jc(`/integrations/connectwise/${uuid}/agreements/${agreement.id}/additions?limit=100`)
  ).body.results as { id: string }[];
  const edited = rows[0];
  const deleted = rows[1];
  const newCompany = companyList.find((c) => c.id !== edited.company.id)!;
  return {
    uuid,
    orgs,
    rows,
    companyList,
    agreementList,
    unmapped,
    agreement,
    addition: additions[0],
    edited,
    deleted,
    newCompany,
  };
}

describe('updateIntegrationMappings', () => {
  it('dry run lists the one PATCH and sends nothing; the run creates, edits and deletes in one call, and reads show it', async () => {
    const s = await connectWiseScenario();
    const input = {
      integrationId: integrationId(s.uuid),
      rows: [
        {
          organizationId: s.unmapped.id,
          companyId: s.agreement.companyId,
          agreementId: s.agreement.id,
          additionId: s.addition.id,
        },
        {
          organizationId: toGlobalId('Organization', 'JUMPCLOUD', s.edited.organization.id),
          companyId: s.newCompany.id,
        },
        { organizationId: s.deleted.organization.id, delete: true },
      ],
    };
    const body = {
      data: [
        {
          organization: { id: s.unmapped.id },
          company: { id: s.agreement.companyId },
          agreement: { id: s.agreement.id },
          addition: { id: s.addition.id },
        },
        { organization: { id: s.edited.organization.id }, company: { id: s.newCompany.id } },
        { organization: { id: s.deleted.organization.id }, delete: true },
      ],
    };
    const dry = await run(MAPPINGS, { ...input, dryRun: true });
    expect(dry.userErrors).toEqual([]);
    expect(
      dry.plannedCalls.map(({ vendor, api, operationId, method, path, body }: Record<string, unknown>) => ({
        vendor,
        api,
        operationId,
        method,
        path,
        body,
      })),
    ).toStrictEqual([
      {
        vendor: 'JUMPCLOUD',
        api: 'JUMPCLOUD',
        operationId: 'connectwisePatchMappings',
        method: 'PATCH',
        path: `/integrations/connectwise/${s.uuid}/mappings`,
        body,
      },
    ]);
    expect(dry.results.map((r: { status: string }) => r.status)).toEqual(['PLANNED']);
    expect(writes()).toEqual([]);
    expect(await mappings('connectwise', s.uuid)).toEqual(s.rows);

    const done = await run(MAPPINGS, input);
    expect(done.results.map((r: { status: string; httpStatus: number }) => [r.status, r.httpStatus])).toEqual(
      [['SUCCEEDED', 204]],
    );
    expect(writes().map((w) => [w.method, w.operationId, w.path])).toEqual([
      ['PATCH', 'connectwisePatchMappings', `/api/v2/integrations/connectwise/${s.uuid}/mappings`],
    ]);
    // JumpCloud's own view.
    const after = new Map((await mappings('connectwise', s.uuid)).map((r) => [r.organization.id, r]));
    expect(after.get(s.unmapped.id)).toMatchObject({
      company: { id: s.agreement.companyId },
      agreement: { id: s.agreement.id },
      addition: { id: s.addition.id },
    });
    expect(after.get(s.edited.organization.id)?.company.id).toBe(s.newCompany.id);
    expect(after.get(s.edited.organization.id)?.agreement).toBeUndefined();
    expect(after.has(s.deleted.organization.id)).toBe(false);
    expect(after.size).toBe(s.rows.length);
    // The payload's re-read integration, and a later query.
    const shown = (conn: {
      edges: { node: { organization: { externalId: string }; company: { id: string } } }[];
    }) => new Map(conn.edges.map((e) => [e.node.organization.externalId, e.node.company.id]));
    const payloadRows = shown(done.integration.mappings);
    expect(payloadRows.get(s.unmapped.id)).toBe(s.agreement.companyId);
    expect(payloadRows.get(s.edited.organization.id)).toBe(s.newCompany.id);
    expect(payloadRows.has(s.deleted.organization.id)).toBe(false);
    const later = await gw.query(
      `query($id: ID!) { node(id: $id) { ... on Integration { mappings(first: 100) { totalCount edges { node { organization { externalId } company { id } } } } } } }`,
      { id: integrationId(s.uuid) },
    );
    expect(shown(later.data.node.mappings)).toEqual(payloadRows);
  });

  it('validates every row before sending: each bad row gets its field path, and the simulator sees no PATCH', async () => {
    const s = await connectWiseScenario();
    const syncroCompanies = await companies('syncro', await integrationOf('syncro'));
    const foreignCompany = syncroCompanies.find((c) => !s.companyList.some((own) => own.id === c.id))!;
    const otherCompanyAgreement = s.agreementList.find((a) => a.companyId !== s.agreement.companyId)!;
    const mapped = new Set(s.rows.map((r) => r.organization.id));
    const another = s.orgs.filter((o) => !mapped.has(o.id))[1];
    const res = await run(MAPPINGS, {
      integrationId: integrationId(s.uuid),
      rows: [
        { organizationId: '5f0000000000000000000000', companyId: s.newCompany.id },
        { organizationId: s.unmapped.id, companyId: foreignCompany.id },
        {
          organizationId: s.edited.organization.id,
          companyId: s.agreement.companyId,
          agreementId: otherCompanyAgreement.id,
        },
        {
          organizationId: s.deleted.organization.id,
          companyId: s.agreement.companyId,
          agreementId: s.agreement.id,
          additionId: '999999',
        },
        { organizationId: another.id, delete: true },
        { organizationId: s.unmapped.id, companyId: s.newCompany.id },
        { organizationId: s.rows[2].organization.id, additionId: s.addition.id },
      ],
    });
    expect(fields(res)).toEqual([
      [['input', 'rows', '6', 'companyId'], 'REQUIRED'],
      [['input', 'rows', '6', 'additionId'], 'REQUIRED'],
      [['input', 'rows', '0', 'organizationId'], 'UNKNOWN_ORGANIZATION'],
      [['input', 'rows', '1', 'companyId'], 'UNKNOWN_COMPANY'],
      [['input', 'rows', '2', 'agreementId'], 'UNKNOWN_AGREEMENT'],
      [['input', 'rows', '3', 'additionId'], 'UNKNOWN_ADDITION'],
      [['input', 'rows', '4', 'organizationId'], 'NO_MAPPING'],
      [['input', 'rows', '5', 'organizationId'], 'DUPLICATE_ORGANIZATION'],
    ]);
    expect(res.integration).toBeNull();
    expect(res.plannedCalls).toEqual([]);
    expect(writes()).toEqual([]);
    expect(await mappings('connectwise', s.uuid)).toEqual(s.rows);
  });

  it('a single row naming a company the integration does not have is refused with no PATCH', async () => {
    const s = await connectWiseScenario();
    const res = await run(MAPPINGS, {
      integrationId: integrationId(s.uuid),
      rows: [{ organizationId: s.unmapped.id, companyId: '424242' }],
    });
    expect(res.userErrors).toEqual([
      {
        field: ['input', 'rows', '0', 'companyId'],
        code: 'UNKNOWN_COMPANY',
        message: `ConnectWise integration ${s.uuid} has no company 424242`,
      },
    ]);
    expect(writes()).toEqual([]);
    expect(jumpcloud.log.snapshot().byOperation.connectwisePatchMappings).toBeUndefined();
  });

  it('rejects unknown, malformed and non-PSA integration IDs', async () => {
    const rows = [{ organizationId: 'x', companyId: '1' }];
    const unknown = await run(MAPPINGS, {
      integrationId: integrationId('00000000-0000-4000-8000-000000000000'),
      rows,
    });
    const malformed = await run(MAPPINGS, { integrationId: 'nope', rows });
    const saas = await run(MAPPINGS, {
      integrationId: toGlobalId('Integration', 'BETTERCLOUD', 'int-1'),
      rows,
    });
    expect([fields(unknown), fields(malformed), fields(saas)]).toEqual([
      [[['input', 'integrationId'], 'NOT_FOUND']],
      [[['input', 'integrationId'], 'INVALID_ID']],
      [[['input', 'integrationId'], 'NOT_A_PSA_INTEGRATION']],
    ]);
    expect(writes()).toEqual([]);
  });

  it('Syncro and Autotask rows: one PATCH each, the vendor shows them; Syncro takes no agreement', async () => {
    const orgs = await organizations();
    const syncro = await integrationOf('syncro');
    const syncroRows = await mappings('syncro', syncro);
    const syncroCompany = (await companies('syncro', syncro))[0];
    const free = orgs.find((o) => !syncroRows.some((r) => r.organization.id === o.id))!;
    const refused = await run(MAPPINGS, {
      integrationId: integrationId(syncro),
      rows: [{ organizationId: free.id, companyId: syncroCompany.id, agreementId: '1' }],
    });
    expect(fields(refused)).toEqual([[['input', 'rows', '0', 'agreementId'], 'NOT_APPLICABLE']]);
    expect(writes()).toEqual([]);
    const done = await run(MAPPINGS, {
      integrationId: integrationId(syncro),
      rows: [{ organizationId: free.id, companyId: syncroCompany.id }],
    });
    expect(done.results[0].status).toBe('SUCCEEDED');
    expect((await mappings('syncro', syncro)).find((r) => r.organization.id === free.id)?.company.id).toBe(
      syncroCompany.id,
    );

    const autotask = await integrationOf('autotask');
    const [contracts, services, autotaskRows] = await Promise.all([
      all<{ id: string; companyId: string }>(`/integrations/autotask/${autotask}/contracts`, 'results'),
      all<{ id: string; contractId: string }>(
        `/integrations/autotask/${autotask}/contracts/services`,
        'results',
      ),
      mappings('autotask', autotask),
    ]);
    const contract = contracts[5];
    const service = services.find((sv) => sv.contractId === contract.id)!;
    const org = orgs.find((o) => !autotaskRows.some((r) => r.organization.id === o.id))!;
    const wrongService = services.find((sv) => sv.contractId !== contract.id)!;
    const bad = await run(MAPPINGS, {
      integrationId: integrationId(autotask),
      rows: [
        {
          organizationId: org.id,
          companyId: contract.companyId,
          agreementId: contract.id,
          additionId: wrongService.id,
        },
      ],
    });
    expect(fields(bad)).toEqual([[['input', 'rows', '0', 'additionId'], 'UNKNOWN_ADDITION']]);
    const ok = await run(MAPPINGS, {
      integrationId: integrationId(autotask),
      rows: [
        {
          organizationId: org.id,
          companyId: contract.companyId,
          agreementId: contract.id,
          additionId: service.id,
        },
      ],
    });
    expect(ok.plannedCalls[0].body).toEqual({
      data: [
        {
          organization: { id: org.id },
          company: { id: contract.companyId },
          contract: { id: contract.id },
          service: { id: service.id },
        },
      ],
    });
    const row = (await mappings('autotask', autotask)).find((r) => r.organization.id === org.id)!;
    expect([row.contract?.id, row.service?.id]).toEqual([contract.id, service.id]);
    expect(writes().map((w) => w.operationId)).toEqual(['syncroPatchMappings', 'autotaskPatchMappings']);
  });

  it('an idempotent retry acts once and answers the first result; the same key with other rows is refused', async () => {
    const s = await connectWiseScenario();
    const input = {
      integrationId: integrationId(s.uuid),
      rows: [{ organizationId: s.unmapped.id, companyId: s.newCompany.id }],
      idempotencyKey: 'map-once',
    };
    const first = await run(MAPPINGS, input);
    const second = await run(MAPPINGS, input);
    expect(second).toEqual(first);
    expect(writes()).toHaveLength(1);
    const reused = await run(MAPPINGS, {
      ...input,
      rows: [{ organizationId: s.unmapped.id, companyId: s.edited.company.id }],
    });
    expect(fields(reused)).toEqual([[['input', 'idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED']]);
    expect(writes()).toHaveLength(1);
  });
});

describe('updateIntegrationSettings', () => {
  it('changes settings at JumpCloud, validates company types, and finds a repeat already done', async () => {
    const uuid = await integrationOf('connectwise');
    const before = (await jc(`/integrations/connectwise/${uuid}/settings`)).body;
    const input = {
      integrationId: integrationId(uuid),
      automaticTicketing: !before.automaticTicketing,
      companyTypeIds: ['2', '3'],
    };
    const bad = await run(SETTINGS, { ...input, companyTypeIds: ['2', '99'] });
    expect(fields(bad)).toEqual([[['input', 'companyTypeIds', '1'], 'UNKNOWN_COMPANY_TYPE']]);
    const syncro = await run(SETTINGS, {
      integrationId: integrationId(await integrationOf('syncro')),
      companyTypeIds: ['1'],
    });
    expect(fields(syncro)).toEqual([[['input', 'companyTypeIds'], 'NOT_APPLICABLE']]);
    const nothing = await run(SETTINGS, { integrationId: integrationId(uuid) });
    expect(fields(nothing)).toEqual([[['input'], 'NOTHING_TO_CHANGE']]);
    const dry = await run(SETTINGS, { ...input, dryRun: true });
    expect(
      dry.plannedCalls.map((c: { operationId: string; method: string; path: string; body: unknown }) => [
        c.operationId,
        c.method,
        c.path,
        c.body,
      ]),
    ).toEqual([
      [
        'connectwisePatchSettings',
        'PATCH',
        `/integrations/connectwise/${uuid}/settings`,
        { automaticTicketing: !before.automaticTicketing, companyTypeIds: [2, 3] },
      ],
    ]);
    expect(writes()).toEqual([]);

    const done = await run(SETTINGS, input);
    expect(done.results[0].status).toBe('SUCCEEDED');
    expect((await jc(`/integrations/connectwise/${uuid}/settings`)).body).toEqual({
      automaticTicketing: !before.automaticTicketing,
      companyTypeIds: [2, 3],
    });
    expect(done.integration.settings).toEqual({
      automaticTicketing: !before.automaticTicketing,
      companyTypeIds: ['2', '3'],
    });
    const again = await run(SETTINGS, input);
    expect(again.results[0].status).toBe('ALREADY_DONE');
    expect(writes()).toHaveLength(1);
  });
});

const SECRETS = ['cw-public-SECRET-1', 'cw-private-SECRET-2', 'syncro-token-SECRET-3', 'autotask-SECRET-4'];

describe('createIntegration / updateIntegration / deleteIntegration', () => {
  it('connects a PSA with credentials that are sent to JumpCloud but never returned nor audited', async () => {
    const connectWise = {
      url: 'https://ap.myconnectwise.net',
      companyId: 'examplemsp-ap',
      publicKey: SECRETS[0],
      privateKey: SECRETS[1],
    };
    const responses: string[] = [];
    const send = async (query: string, input: Record<string, unknown>) => {
      const res = await gw.query(query, { input });
      responses.push(JSON.stringify(res));
      expect(res.errors).toBeUndefined();
      return Object.values(res.data!)[0] as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const before = await integrations();

    const dry = await send(CREATE, { kind: 'CONNECTWISE', connectWise, dryRun: true });
    expect(
      dry.plannedCalls.map((c: { operationId: string; path: string; body: unknown }) => [
        c.operationId,
        c.path,
        c.body,
      ]),
    ).toEqual([
      [
        'connectwiseCreateConfiguration',
        `/providers/${providerId()}/integrations/connectwise`,
        {
          url: connectWise.url,
          companyId: connectWise.companyId,
          publicKey: '********',
          privateKey: '********',
        },
      ],
    ]);
    expect(dry.integration).toBeNull();
    expect(writes()).toEqual([]);

    const done = await send(CREATE, { kind: 'CONNECTWISE', connectWise, idempotencyKey: 'connect-ap' });
    expect(done.results.map((r: { status: string; httpStatus: number }) => [r.status, r.httpStatus])).toEqual(
      [['SUCCEEDED', 201]],
    );
    const created = (await integrations()).filter(
      (i) => !before.some((b) => b.integrationId === i.integrationId),
    );
    expect(created).toEqual([{ integrationId: expect.any(String), type: 'connectwise' }]);
    expect(done.integration).toMatchObject({
      externalId: created[0].integrationId,
      kind: 'CONNECTWISE',
      endpoint: connectWise.url,
      isConfigured: true,
    });
    // JumpCloud received the credentials as given; its API shows only the public fields.
    const stored = jumpCloudState().data.integrations.find((i) => i.id === created[0].integrationId)!;
    expect(stored.credentials).toEqual({ publicKey: SECRETS[0], privateKey: SECRETS[1] });
    expect((await jc(`/integrations/connectwise/${created[0].integrationId}`)).body).toEqual({
      id: created[0].integrationId,
      url: connectWise.url,
      companyId: connectWise.companyId,
      isMspAuthConfigured: true,
    });
    // A retry with the key replays (no second POST), still without secrets.
    const replay = await send(CREATE, { kind: 'CONNECTWISE', connectWise, idempotencyKey: 'connect-ap' });
    expect(replay).toEqual(done);
    expect(writes().map((w) => w.operationId)).toEqual(['connectwiseCreateConfiguration']);

    // Validation, before any call: the same account again, a bad URL, the wrong sub-input, not a PSA.
    const again = await send(CREATE, { kind: 'CONNECTWISE', connectWise });
    const badUrl = await send(CREATE, {
      kind: 'CONNECTWISE',
      connectWise: { ...connectWise, url: 'http://plain.example.com' },
    });
    const mismatch = await send(CREATE, {
      kind: 'SYNCRO',
      connectWise,
      syncro: { subdomain: 'new-msp', apiToken: SECRETS[2] },
    });
    const saas = await send(CREATE, { kind: 'SAAS_APPLICATION', connectWise });
    expect([fields(again), fields(badUrl), fields(mismatch), fields(saas)]).toEqual([
      [[['input', 'connectWise'], 'ALREADY_EXISTS']],
      [[['input', 'connectWise', 'url'], 'INVALID_VALUE']],
      [[['input', 'connectWise'], 'NOT_APPLICABLE']],
      [[['input', 'kind'], 'NOT_A_PSA_KIND']],
    ]);
    expect(writes()).toHaveLength(1);

    // updateIntegration: new subdomain and token for Syncro, masked the same way.
    const syncro = await integrationOf('syncro');
    const updated = await send(UPDATE, {
      integrationId: integrationId(syncro),
      syncro: { subdomain: 'renamed-msp', apiToken: SECRETS[2] },
    });
    expect(updated.plannedCalls[0]).toMatchObject({
      operationId: 'syncroUpdateConfiguration',
      method: 'PATCH',
      body: { subdomain: 'renamed-msp', apiToken: '********' },
    });
    expect(updated.integration.endpoint).toBe('https://renamed-msp.syncromsp.com');
    expect((await jc(`/integrations/syncro/${syncro}`)).body.subdomain).toBe('renamed-msp');
    expect(jumpCloudState().data.integrations.find((i) => i.id === syncro)!.credentials).toMatchObject({
      apiToken: SECRETS[2],
    });
    const autotask = await integrationOf('autotask');
    const wrongPatch = await send(UPDATE, { integrationId: integrationId(autotask), autotask: {} });
    expect(fields(wrongPatch)).toEqual([[['input', 'autotask'], 'NOTHING_TO_CHANGE']]);
    await send(UPDATE, { integrationId: integrationId(autotask), autotask: { secret: SECRETS[3] } });

    for (const secret of SECRETS) for (const text of responses) expect(text).not.toContain(secret);
    const audit = readFileSync(auditFile, 'utf8');
    expect(audit).toContain('createIntegration');
    expect(audit).toContain('updateIntegration');
    for (const secret of SECRETS) expect(audit).not.toContain(secret);
    const log = await gw.query(`{ auditLog(first: 50) { edges { node { mutation input } } } }`);
    expect(JSON.stringify(log)).toContain('"privateKey":"********"');
    for (const secret of SECRETS) expect(JSON.stringify(log)).not.toContain(secret);
  });

  it('deletes an integration (dry run first), and an unknown one is a userError', async () => {
    const uuid = await integrationOf('connectwise', 1);
    const dry = await run(DELETE, { integrationId: integrationId(uuid), dryRun: true });
    expect(
      dry.plannedCalls.map((c: { operationId: string; method: string; path: string }) => [
        c.operationId,
        c.method,
        c.path,
      ]),
    ).toEqual([['connectwiseDeleteConfiguration', 'DELETE', `/integrations/connectwise/${uuid}`]]);
    expect([dry.deletedIntegrationId, dry.integration?.id]).toEqual([null, integrationId(uuid)]);
    expect(writes()).toEqual([]);
    const done = await run(DELETE, { integrationId: integrationId(uuid) });
    expect([done.deletedIntegrationId, done.integration, done.results[0].status]).toEqual([
      integrationId(uuid),
      null,
      'SUCCEEDED',
    ]);
    expect((await jc(`/integrations/connectwise/${uuid}`)).status).toBe(404);
    const gone = await run(DELETE, { integrationId: integrationId(uuid) });
    expect(fields(gone)).toEqual([[['input', 'integrationId'], 'NOT_FOUND']]);
    expect(writes()).toHaveLength(1);
  });
});

describe('updateAlertConfiguration', () => {
  it('changes a ConnectWise alert by option names, validated against the options endpoint', async () => {
    const uuid = await integrationOf('connectwise');
    const alerts = (await jc(`/providers/${providerId()}/integrations/connectwise/alerts/configuration`)).body
      .records as { alertId: string }[];
    const alertId = alerts[0].alertId;
    const base = { integrationId: integrationId(uuid), alertId };
    const unknown = await run(ALERT, { ...base, priority: 'Whenever' });
    const notHere = await run(ALERT, { ...base, queue: 'Monitoring Alert' });
    const noAlert = await run(ALERT, { ...base, alertId: 'no-such-alert', dueDays: 2 });
    expect([fields(unknown), fields(notHere), fields(noAlert)]).toEqual([
      [[['input', 'priority'], 'UNKNOWN_OPTION']],
      [[['input', 'queue'], 'NOT_APPLICABLE']],
      [[['input', 'alertId'], 'UNKNOWN_ALERT']],
    ]);
    expect(writes()).toEqual([]);

    const done = await run(ALERT, {
      ...base,
      shouldCreateTickets: true,
      priority: 'priority 1 - emergency response',
      source: 'Monitoring',
      dueDays: 3,
    });
    expect(done.plannedCalls[0]).toMatchObject({
      operationId: 'connectwiseUpdateAlertConfiguration',
      method: 'PUT',
      path: `/providers/${providerId()}/integrations/connectwise/alerts/${alertId}/configuration`,
      body: {
        shouldCreateTickets: true,
        dueDays: 3,
        priority: { id: 1, name: 'Priority 1 - Emergency Response' },
        source: { id: 4, name: 'Monitoring' },
      },
    });
    const stored = (
      (await jc(`/providers/${providerId()}/integrations/connectwise/alerts/configuration`)).body
        .records as Record<string, unknown>[]
    ).find((a) => a.alertId === alertId);
    expect(stored).toMatchObject({
      shouldCreateTickets: true,
      dueDays: 3,
      priority: { id: 1 },
      source: { id: 4 },
    });
    expect(done.alertConfiguration).toEqual({
      id: alertId,
      shouldCreateTickets: true,
      priority: 'Priority 1 - Emergency Response',
      source: 'Monitoring',
      dueDays: 3,
    });
    const again = await run(ALERT, { ...base, dueDays: 3 });
    expect(again.results[0].status).toBe('ALREADY_DONE');
    expect(writes()).toHaveLength(1);
  });
});

describe('provider administrators and organizations', () => {
  it('invites an administrator with a validated email and role, then removes them', async () => {
    const existing = (await administrators())[0];
    const invalid = await run(CREATE_ADMIN, { email: 'not-an-email', role: 'Superuser' });
    const taken = await run(CREATE_ADMIN, { email: existing.email.toUpperCase(), role: 'Manager' });
    expect([fields(invalid), fields(taken)]).toEqual([
      [
        [['input', 'email'], 'INVALID_EMAIL'],
        [['input', 'role'], 'INVALID_ROLE'],
      ],
      [[['input', 'email'], 'ALREADY_EXISTS']],
    ]);
    const dry = await run(CREATE_ADMIN, {
      email: ' New.Admin@Example.com ',
      role: 'help desk',
      firstName: 'New',
      dryRun: true,
    });
    expect(dry.plannedCalls[0]).toMatchObject({
      operationId: 'providersPostAdmins',
      method: 'POST',
      body: { email: 'new.admin@example.com', roleName: 'Help Desk', firstname: 'New', bindNoOrgs: false },
    });
    expect(writes()).toEqual([]);
    const done = await run(CREATE_ADMIN, {
      email: ' New.Admin@Example.com ',
      role: 'help desk',
      firstName: 'New',
    });
    const listed = (await administrators()).find((a) => a.email === 'new.admin@example.com');
    expect(listed).toMatchObject({ roleName: 'Help Desk', registered: false });
    expect(done.administrator).toEqual({
      id: listed!.id,
      email: 'new.admin@example.com',
      role: 'Help Desk',
      registered: false,
    });

    const dryDelete = await run(DELETE_ADMIN, { administratorId: listed!.id, dryRun: true });
    expect(
      dryDelete.plannedCalls.map((c: { operationId: string; path: string }) => [c.operationId, c.path]),
    ).toEqual([['providersRemoveAdministrator', `/providers/${providerId()}/administrators/${listed!.id}`]]);
    expect(writes()).toHaveLength(1);
    const removed = await run(DELETE_ADMIN, { email: 'NEW.ADMIN@example.com' });
    expect([removed.deletedAdministratorId, removed.administrator]).toEqual([listed!.id, null]);
    expect((await administrators()).some((a) => a.id === listed!.id)).toBe(false);
    const unknown = await run(DELETE_ADMIN, { administratorId: 'ffffffffffffffffffffffff' });
    expect(fields(unknown)).toEqual([[['input', 'administratorId'], 'NOT_FOUND']]);
    expect(writes().map((w) => w.operationId)).toEqual([
      'providersPostAdmins',
      'providersRemoveAdministrator',
    ]);
  });

  it('creates and renames organizations; names are unique without case', async () => {
    const orgs = await organizations();
    const taken = await run(CREATE_ORG, { name: orgs[0].name.toUpperCase() });
    const negative = await run(CREATE_ORG, { name: 'Fresh Org', maxSystemUsers: -1 });
    expect([fields(taken), fields(negative)]).toEqual([
      [[['input', 'name'], 'ALREADY_EXISTS']],
      [[['input', 'maxSystemUsers'], 'INVALID_VALUE']],
    ]);
    expect(writes()).toEqual([]);
    const created = await run(CREATE_ORG, { name: ' Fresh Org ', maxSystemUsers: 25 });
    const listed = (await organizations()).find((o) => o.name === 'Fresh Org')!;
    expect(listed.maxSystemUsers).toBe(25);
    expect(created.organization).toEqual({
      id: toGlobalId('Organization', 'JUMPCLOUD', listed.id),
      externalId: listed.id,
      name: 'Fresh Org',
      maxSystemUsers: 25,
    });

    const renamed = await run(UPDATE_ORG, {
      organizationId: created.organization.id,
      name: 'Fresh Org Renamed',
    });
    expect(renamed.plannedCalls[0]).toMatchObject({
      operationId: 'providerOrganizationsUpdateOrg',
      method: 'PUT',
      body: { name: 'Fresh Org Renamed' },
    });
    expect((await organizations()).find((o) => o.id === listed.id)?.name).toBe('Fresh Org Renamed');
    expect(renamed.organization.name).toBe('Fresh Org Renamed');
    const clash = await run(UPDATE_ORG, { organizationId: listed.id, name: orgs[1].name });
    const same = await run(UPDATE_ORG, { organizationId: listed.id, maxSystemUsers: 25 });
    expect(fields(clash)).toEqual([[['input', 'name'], 'ALREADY_EXISTS']]);
    expect(same.results[0].status).toBe('ALREADY_DONE');
    expect(writes().map((w) => w.operationId)).toEqual([
      'providerOrganizationsCreateOrg',
      'providerOrganizationsUpdateOrg',
    ]);
  });
});
