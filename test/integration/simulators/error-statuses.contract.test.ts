/* eslint-disable @typescript-eslint/no-explicit-any -- vendor JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import type { SimulatedVendor } from '../../../simulators/index.js';
import { ApiDocument, type DocOperation } from '../../support/api-document.js';
import {
  judge,
  probesFor,
  send,
  unknownId,
  unprovoked,
  usedDepartures,
  type ErrorSurface,
  type Probe,
} from '../../support/error-statuses.js';
import { simControl, startTestSimulator } from '../../support/simulators.js';

/**
 * Every error status of every simulator operation, against the vendors' reference documents
 * (../shared/reference-specs/) and our specs/: see test/support/error-statuses.ts for what is
 * provoked and how answers are judged. Expectations come from the documents: the operations are
 * those of our specs (each matched to the reference's by method and path), the probes follow from
 * each operation's parameters and body, and every error status a reference lists for an operation
 * must be provoked or have a stated reason.
 */

interface Suite {
  surface: ErrorSurface;
  vendor: SimulatedVendor;
  /** The simulator surface serving our spec's operations (Atlassian has two on one port). */
  pathPrefix: string;
  /** Reads the IDs `pathValue` hands out, once the simulator runs. */
  setUp(sim: RunningSimulator, get: (path: string) => Promise<any>): Promise<void>;
}

const simulators = new Map<SimulatedVendor, RunningSimulator>();
const simOf = (vendor: SimulatedVendor) => () => simulators.get(vendor)!;

async function getJson(sim: RunningSimulator, headers: Record<string, string>, path: string): Promise<any> {
  const res = await fetch(sim.url + path, { headers });
  if (!res.ok) throw new Error(`set-up GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const need = (value: string | undefined, what: string): string => {
  if (value === undefined) throw new Error(`no valid value for ${what}`);
  return value;
};

// ---------------------------------------------------------------------------------------------
// JumpCloud API v2 (providers)
// ---------------------------------------------------------------------------------------------
const jc: Record<string, any> = {};
const jcTypes = ['connectwise', 'syncro', 'autotask'] as const;
const jumpcloud: Suite = {
  vendor: 'jumpcloud',
  pathPrefix: '/api/v2/',
  surface: {
    name: 'JumpCloud API v2',
    sim: simOf('jumpcloud'),
    reference: ApiDocument.reference('jumpcloud-v2-provider-subset.yaml'),
    ours: ApiDocument.ours('jumpcloud.yaml'),
    simBasePath: '/api/v2',
    auth: { 'x-api-key': 'dev-jumpcloud-key' },
    badCredentials: [{}, { 'x-api-key': 'wrong-key' }],
    malformedQuery: 'no_such_field',
    pathValue(name, before) {
      const type = jcTypes.find((t) => before.endsWith(`/${t}/`));
      const last = before.split('/').filter(Boolean).pop();
      if (name === 'provider_id') return jc.providerId;
      if (name === 'integration_type') return 'connectwise';
      // After an integration type outside the enum, any integration's UUID will do.
      if (name === 'UUID') return jc.integrationIds[type ?? 'connectwise'][0];
      if (name === 'alert_UUID') {
        const psa = jcTypes.find((t) => before.includes(`/${t}/`));
        return need(psa && jc.alertIds[psa], before);
      }
      if (name === 'agreement_ID') return jc.agreementId;
      return need(jc.ids[`${last}/${name}`], `${before}{${name}}`);
    },
    foreignPathValue(name, before) {
      const type = jcTypes.find((t) => before.endsWith(`/${t}/`));
      if (name === 'provider_id') return jc.foreignProvider.id;
      if (name === 'UUID' && type) return jc.foreignProvider.integrationIds[type];
      return undefined;
    },
    validBody: (op) => jcBodies[op.operationId],
    extraProbes: async (op, path) => {
      const probes: Probe[] = [];
      const type = jcTypes.find((t) => op.operationId === `${t}CreateConfiguration`);
      if (type) {
        // A second integration on the same PSA account is a 409; credentials the PSA refuses a 422.
        const existing = await getJson(
          jumpcloud.surface.sim(),
          jumpcloud.surface.auth,
          `/api/v2/integrations/${type}/${jc.integrationIds[type][0]}`,
        );
        const { id: _id, isMspAuthConfigured: _configured, ...config } = existing;
        probes.push({
          condition: 'an integration for the same PSA account exists',
          expect: 409,
          body: { ...jcSecrets[type], ...config },
        });
        probes.push({
          condition: 'the PSA refuses the credentials',
          expect: 422,
          body: { ...jcBodies[op.operationId], ...jcUnreachable[type] },
        });
      }
      const updated = jcTypes.find((t) => op.operationId === `${t}UpdateConfiguration`);
      if (updated)
        probes.push({
          condition: 'the PSA refuses the credentials',
          expect: 422,
          body: jcUnreachable[updated],
          path,
        });
      return probes;
    },
  },
  async setUp(sim, get) {
    const info = (await simControl(sim, 'GET', 'info')).body;
    Object.assign(jc, {
      providerId: info.providerId,
      integrationIds: info.integrationIds,
      foreignProvider: info.foreignProvider,
    });
    const p = `/api/v2/providers/${info.providerId}`;
    jc.ids = {
      'administrators/id': (await get(`${p}/administrators?limit=1`)).results[0].id,
      'organizations/id': (await get(`${p}/organizations?limit=1`)).results[0].id,
      'invoices/ID': (await get(`${p}/invoices?limit=1`)).records[0].id,
      'configuredpolicytemplates/id': (await get(`${p}/configuredpolicytemplates?limit=1`)).records[0].id,
      'policygrouptemplates/id': (await get(`${p}/policygrouptemplates?limit=1`)).results[0].id,
    };
    jc.alertIds = {};
    for (const type of jcTypes)
      jc.alertIds[type] = (await get(`${p}/integrations/${type}/alerts/configuration`)).records[0].alertId;
    jc.agreementId = (
      await get(`/api/v2/integrations/connectwise/${info.integrationIds.connectwise[0]}/agreements?limit=1`)
    ).results[0].id;
  },
};
/** Secrets the create bodies need besides the public configuration. */
const jcSecrets: Record<string, Record<string, string>> = {
  connectwise: { publicKey: 'pub', privateKey: 'priv' },
  syncro: { apiToken: 'token' },
  autotask: { secret: 'secret' },
};
/** Values no PSA accepts (the simulator's stand-in for "the PSA refused the credentials"). */
const jcUnreachable: Record<string, Record<string, string>> = {
  connectwise: { url: 'http://insecure.example.net' },
  syncro: { subdomain: '-not-a-host-' },
  autotask: { username: 'not-an-email' },
};
/** Bodies that pass validation, for the 404/403 probes of operations that read the body first. */
const jcBodies: Record<string, Record<string, unknown>> = {
  connectwiseCreateConfiguration: {
    url: 'https://api-na.myconnectwise.net',
    companyId: 'probe',
    ...jcSecrets.connectwise,
  },
  syncroCreateConfiguration: { subdomain: 'probe-msp', ...jcSecrets.syncro },
  autotaskCreateConfiguration: { username: 'probe@example.net', ...jcSecrets.autotask },
};

// ---------------------------------------------------------------------------------------------
// Atlassian Admin API and SCIM (one simulator)
// ---------------------------------------------------------------------------------------------
const at: Record<string, any> = {};
const atAuth = { authorization: 'Bearer dev-atlassian-token' };
const atlassianBad: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }];
async function atlassianSetUp(sim: RunningSimulator, get: (path: string) => Promise<any>) {
  if (at.orgId) return;
  const info = (await simControl(sim, 'GET', 'info')).body;
  at.orgId = info.mainOrgId;
  at.directoryId = info.mainDirectoryId;
  const org = `/v1/orgs/${at.orgId}`;
  at.accountId = (await get(`${org}/users`)).data[0].account_id;
  at.domainId = (await get(`${org}/domains`)).data[0].id;
  at.policyId = (await get(`${org}/policies`)).data[0].id;
  at.eventId = (await get(`${org}/events`)).data[0].id;
  at.groupId = (await get(`${org}/groups`)).data[0].id;
  const scim = `/scim/directory/${at.directoryId}`;
  at.scimUser = (await get(`${scim}/Users?count=1`)).Resources[0];
  at.scimGroup = (await get(`${scim}/Groups?count=1`)).Resources[0];
}
const atlassianAdmin: Suite = {
  vendor: 'atlassian',
  pathPrefix: '/',
  surface: {
    name: 'Atlassian Admin API',
    sim: simOf('atlassian'),
    reference: ApiDocument.reference('atlassian-admin-api.yaml'),
    ours: ApiDocument.ours('atlassian-admin.yaml'),
    simBasePath: '',
    auth: atAuth,
    badCredentials: atlassianBad,
    malformedQuery: 'no_such_field',
    pathValue(name) {
      const values: Record<string, string> = {
        orgId: at.orgId,
        directoryId: at.directoryId,
        accountId: at.accountId,
        userId: at.accountId,
        domainId: at.domainId,
        policyId: at.policyId,
        eventId: at.eventId,
        groupId: at.groupId,
      };
      return need(values[name], name);
    },
  },
  setUp: atlassianSetUp,
};
const atlassianScim: Suite = {
  vendor: 'atlassian',
  pathPrefix: '/scim/',
  surface: {
    name: 'Atlassian SCIM',
    sim: simOf('atlassian'),
    reference: ApiDocument.reference('atlassian-scim-user-provisioning.json'),
    ours: ApiDocument.ours('atlassian-scim.yaml'),
    simBasePath: '',
    auth: atAuth,
    badCredentials: atlassianBad,
    malformedQuery: 'no_such_field',
    pathValue(name, before) {
      if (name === 'directoryId') return at.directoryId;
      if (name === 'userId') return at.scimUser.id;
      if (name === 'id' && before.endsWith('/Groups/')) return at.scimGroup.id;
      return need(undefined, `${before}{${name}}`);
    },
    extraProbes: (op) => {
      // Creating what exists is a 409 (`uniqueness`).
      if (op.operationId === 'createAUserInAnActiveDirectory')
        return [
          {
            condition: 'the userName is taken',
            expect: 409,
            body: { schemas: [USER], userName: at.scimUser.userName, emails: at.scimUser.emails },
          },
        ];
      if (op.operationId === 'createAGroupInActiveDirectory')
        return [
          {
            condition: 'the displayName is taken',
            expect: 409,
            body: { schemas: [GROUP], displayName: at.scimGroup.displayName },
          },
        ];
      return [];
    },
    departures: [
      {
        status: 400,
        operations: /^put$/,
        reason:
          'the document types PUT Groups/{id} 400 as a Java BadRequestException; Atlassian answers a SCIM error (specs/atlassian-scim.yaml)',
      },
    ],
    notSimulated: [
      {
        status: 403,
        operations: /./,
        reason: 'one directory, one API key: a key without access to the directory is not modelled',
      },
    ],
  },
  setUp: atlassianSetUp,
};
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

// ---------------------------------------------------------------------------------------------
// BetterCloud Platform API v1
// ---------------------------------------------------------------------------------------------
const bc: Record<string, string> = {};
const bettercloud: Suite = {
  vendor: 'bettercloud',
  pathPrefix: '/v1/',
  surface: {
    name: 'BetterCloud Platform API v1',
    sim: simOf('bettercloud'),
    reference: ApiDocument.reference('bettercloud-platform-api.yaml'),
    ours: ApiDocument.ours('bettercloud.yaml'),
    simBasePath: '/v1',
    auth: { 'x-api-key': 'dev-bettercloud-key' },
    badCredentials: [{}, { 'x-api-key': 'wrong-key' }],
    malformedQuery: 'no_such_field',
    pathValue(name, before) {
      const last = before.split('/').filter(Boolean).pop();
      return need(bc[`${last}/${name}`], `${before}{${name}}`);
    },
  },
  async setUp(sim, get) {
    const info = (await simControl(sim, 'GET', 'info')).body;
    bc['users/id'] = (await get('/v1/users?per_page=1')).data[0].id;
    bc['groups/id'] = info.groupIds[0];
    bc['workflows/id'] = info.workflowIds[0];
  },
};

// ---------------------------------------------------------------------------------------------
// Snow Atlas SaaS consolidated view
// ---------------------------------------------------------------------------------------------
const sn: Record<string, string> = {};
const snowBase = '/api/saas/consolidated-view/v1';
const snow: Suite = {
  vendor: 'snow',
  pathPrefix: `${snowBase}`,
  surface: {
    name: 'Snow Atlas SaaS',
    sim: simOf('snow'),
    reference: ApiDocument.reference('snow-saas-users.yaml'),
    ours: ApiDocument.ours('snow.yaml'),
    simBasePath: '',
    auth: { authorization: 'Bearer dev-snow-token' },
    badCredentials: [{}, { authorization: 'Bearer wrong-token' }],
    malformedQuery: 'no_such_field',
    pathValue(name, before) {
      const last = before.split('/').filter(Boolean).pop();
      return need(sn[`${last}/${name}`], `${before}{${name}}`);
    },
    validBody: (op) => (op.operationId === 'updateUser' ? { isInReview: true } : undefined),
    extraProbes: async (op) => {
      if (op.operationId !== 'getbulkUpdateAsyncOperationUsersSummary') return [];
      // The summary of a bulk update that is still running does not exist yet: 400.
      const started = await fetch(`${snow.surface.sim().url}${snowBase}/users/bulk-update`, {
        method: 'POST',
        headers: { ...snow.surface.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ scope: 'Only', ids: [sn['users/userId']], body: { review: true } }),
      });
      const { id } = (await started.json()) as { id: string };
      return [
        {
          condition: 'the bulk update is still running',
          expect: 400,
          path: `${snowBase}/users/bulk-update/${id}`,
        },
      ];
    },
  },
  async setUp(sim, get) {
    const info = (await simControl(sim, 'GET', 'info')).body;
    const userId = (await get(`${snowBase}/users?page_size=1`)).items[0].id;
    const subscriptionId = info.subscriptions[0].id;
    sn['users/userId'] = userId;
    sn['subscriptions/subscriptionId'] = subscriptionId;
    sn['insights/insightRuleId'] = info.insightRules[0].id;
    sn['users/userIds'] = (
      await get(`${snowBase}/subscriptions/${subscriptionId}/users?page_size=1`)
    ).items[0].id;
    const task = await fetch(`${sim.url}${snowBase}/users/bulk-update`, {
      method: 'POST',
      headers: { ...snow.surface.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'Only', ids: [userId], body: { review: true } }),
    });
    const taskId = ((await task.json()) as { id: string }).id;
    sn['bulk-update/id'] = taskId;
    sn['tasks/id'] = taskId;
  },
};

/** The Snow simulator serves two vendor documents: users (with tasks) and subscriptions. */
const snowSubscriptions: Suite = {
  ...snow,
  surface: {
    ...snow.surface,
    name: 'Snow Atlas SaaS (subscriptions)',
    reference: ApiDocument.reference('snow-saas-subscriptions.yaml'),
  },
};

// ---------------------------------------------------------------------------------------------

const suites = [jumpcloud, atlassianAdmin, atlassianScim, bettercloud, snow, snowSubscriptions];

beforeAll(async () => {
  for (const suite of suites) {
    if (!simulators.has(suite.vendor)) simulators.set(suite.vendor, await startTestSimulator(suite.vendor));
    const sim = simulators.get(suite.vendor)!;
    await suite.setUp(sim, (path) => getJson(sim, suite.surface.auth, path));
  }
});
afterAll(async () => {
  for (const sim of simulators.values()) await sim.close();
});

/** Operations of our spec that a reference document describes (Snow splits its operations over two). */
function referenceOf(suite: Suite, op: DocOperation): DocOperation | undefined {
  return suite.surface.reference.find(op.method, op.pathTemplate);
}

for (const suite of suites) {
  const { surface } = suite;
  const isSnowSplit = suite === snow || suite === snowSubscriptions;
  // Snow: each of the two suites takes the operations its own reference describes, plus (users
  // suite) those neither describes.
  const operations = surface.ours.operations.filter((op) => {
    if (!isSnowSplit) return true;
    if (referenceOf(suite, op)) return true;
    return suite === snow && !snowSubscriptions.surface.reference.find(op.method, op.pathTemplate);
  });

  describe(`${surface.name}: error statuses against ${surface.reference.label} and ${surface.ours.label}`, () => {
    const usedExclusions = new Set<number>();

    it('our spec describes every simulator operation and every operation of the reference', () => {
      const sim = suite.surface.sim();
      const served = new Set(
        sim.simulator.surfaces
          .find((s) => s.pathPrefix === suite.pathPrefix || suite.pathPrefix.startsWith(s.pathPrefix))!
          .router.operationIds(),
      );
      if (suite !== snowSubscriptions) expect([...served].sort()).toEqual(surface.ours.operationIds().sort());
      const missing = surface.reference.operations
        .filter((r) => !surface.ours.find(r.method, r.pathTemplate))
        .map((r) => `${r.method} ${r.pathTemplate}`);
      expect(missing).toEqual([]);
    });

    for (const op of operations) {
      it(`${op.operationId} (${op.method} ${op.pathTemplate})`, async () => {
        const reference = referenceOf(suite, op);
        const probes = await probesFor(surface, op, reference);
        const problems: string[] = [];
        const provoked = new Set<number>();
        for (const probe of probes) {
          const answer = await send(surface, probe);
          const found = judge(surface, op, reference, probe, answer);
          problems.push(...found);
          if (found.length === 0) provoked.add(probe.expect);
        }
        if (reference) {
          const left = unprovoked(surface, reference, provoked, usedExclusions).filter((u) => !u.reason);
          for (const { status } of left)
            problems.push(`${reference.operationId}: the reference lists ${status}, no probe provoked it`);
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }

    if (surface.departures?.length)
      it('every departure from the reference schema is met by some answer', () => {
        const unused = surface.departures!.filter((_, i) => !usedDepartures.has(`${surface.name}#${i}`));
        expect(unused).toEqual([]);
      });

    if (surface.notSimulated?.length)
      it('every stated reason for an unprovoked status applies to some operation', () => {
        expect(surface.notSimulated!.map((_, i) => i).filter((i) => !usedExclusions.has(i))).toEqual([]);
      });
  });
}

// The probes' own building blocks.
describe('unknownId', () => {
  it('keeps the shape of an ID and changes it', () => {
    expect(unknownId('5f1b2c3d4e5f60718293a4b5')).toMatch(/^[0-9a-f]{24}$/);
    expect(unknownId('5f1b2c3d4e5f60718293a4b5')).not.toBe('5f1b2c3d4e5f60718293a4b5');
    expect(unknownId('6f0c2b7e-3d4a-4e91-8b5f-1a2c3d4e5f60')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(unknownId('1234')).toBe('12340000');
    expect(unknownId('zzz')).toBe('zzzx');
  });
});
