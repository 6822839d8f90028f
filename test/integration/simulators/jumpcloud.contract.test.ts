import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { contractCall, OpenApiContract } from '../../support/openapi-contract.js';
import { simControl, startTestSimulator } from '../../support/simulators.js';

/**
 * Every operation of specs/jumpcloud.yaml, called once with success and validated against the spec.
 * Query strings ride in the path: the contract helper validates `query` values as raw strings, which
 * cannot satisfy the spec's integer and array parameters.
 */
const contract = new OpenApiContract('jumpcloud.yaml');
const auth = { 'x-api-key': 'dev-jumpcloud-key' };

let sim: RunningSimulator;
let providerId: string;
let ids: { connectwise: string[]; syncro: string[]; autotask: string[] };

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = auth) =>
  contractCall(contract, sim.url, method, `/api/v2${path}`, { headers, body });

beforeAll(async () => {
  sim = await startTestSimulator('jumpcloud');
  const info = await simControl(sim, 'GET', 'info');
  providerId = info.body.providerId;
  ids = info.body.integrationIds;
});
afterAll(() => sim.close());

describe('JumpCloud contract: provider', () => {
  it('serves the provider, administrators and organizations', async () => {
    const provider = await call('GET', `/providers/${providerId}`);
    expect(provider.body.id).toBe(providerId);
    expect((await call('GET', `/providers/${providerId}?fields=disallowOrgCreation`)).body).toEqual({
      id: providerId,
      disallowOrgCreation: false,
    });

    const admins = await call('GET', `/providers/${providerId}/administrators?limit=100&sort=email`);
    expect(admins.body.results.map((a: { email: string }) => a.email)).toContain('jsmith@example.com');
    const orgs = await call(
      'GET',
      `/providers/${providerId}/organizations?limit=5&sortIgnoreCase=name&fields=name`,
    );
    expect(orgs.body.results).toHaveLength(5);
    expect(Object.keys(orgs.body.results[0]).sort()).toEqual(['id', 'name']);

    const created = await call('POST', `/providers/${providerId}/organizations`, {
      name: 'Contract Test Org',
      maxSystemUsers: 40,
    });
    expect(created.status).toBe(201);
    const updated = await call('PUT', `/providers/${providerId}/organizations/${created.body.id}`, {
      name: 'Contract Test Org 2',
      maxSystemUsers: 45,
    });
    expect(updated.body).toEqual({ id: created.body.id, name: 'Contract Test Org 2', maxSystemUsers: 45 });

    const admin = await call('POST', `/providers/${providerId}/administrators`, {
      email: 'new.admin@example.com',
      roleName: 'Help Desk',
      firstname: 'New',
      lastname: 'Admin',
    });
    expect(admin.body).toMatchObject({
      email: 'new.admin@example.com',
      roleName: 'Help Desk',
      registered: false,
    });
    expect((await call('DELETE', `/providers/${providerId}/administrators/${admin.body.id}`)).status).toBe(
      204,
    );
  });

  it('serves invoices, cases, billing and policy templates', async () => {
    const invoices = await call('GET', `/providers/${providerId}/invoices?limit=12`);
    expect(invoices.body.totalCount).toBe(12);
    const invoice = await call('GET', `/providers/${providerId}/invoices/${invoices.body.records[0].id}`);
    expect(invoice.body).toMatch(/^%PDF-1\.4/);
    const contractDoc = await call('GET', `/providers/${providerId}/billing/contract`);
    expect(contractDoc.body).toContain(providerId);
    expect((await call('GET', `/providers/${providerId}/billing/details`)).body.hasContract).toBe(true);
    expect((await call('GET', `/providers/${providerId}/cases?limit=3`)).body.results).toHaveLength(3);

    const templates = await call('GET', `/providers/${providerId}/configuredpolicytemplates?limit=100`);
    const one = await call(
      'GET',
      `/providers/${providerId}/configuredpolicytemplates/${templates.body.records[0].id}`,
    );
    expect(one.body).toEqual(templates.body.records[0]);
    const groups = await call('GET', `/providers/${providerId}/policygrouptemplates`);
    expect(
      (await call('DELETE', `/providers/${providerId}/policygrouptemplates/${groups.body.results[0].id}`))
        .status,
    ).toBe(204);
  });

  it('answers errors in JumpCloud error bodies declared by the spec', async () => {
    expect((await call('GET', `/providers/${providerId}/organizations`, undefined, {})).body).toEqual({
      message: 'Unauthorized',
    });
    expect((await call('GET', `/providers/0123456789abcdef01234567/organizations`)).status).toBe(404);
    expect((await call('GET', `/providers/0123456789abcdef01234567`)).status).toBe(404);
    const { foreignProvider } = (await simControl(sim, 'GET', 'info')).body;
    expect((await call('GET', `/providers/${foreignProvider.id}/organizations`)).status).toBe(403);
    const bad = await call('GET', `/providers/${providerId}/organizations?filter=nope:eq:x`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 400, status: 'Bad Request' });
    expect((await call('GET', `/integrations/connectwise/${ids.syncro[0]}`)).status).toBe(404);
  });
});

describe('JumpCloud contract: integrations', () => {
  it('serves the integration list, configurations, settings and sync errors of each PSA', async () => {
    expect((await call('GET', `/providers/${providerId}/integrations`)).body.totalCount).toBe(4);
    for (const type of ['connectwise', 'syncro', 'autotask'] as const) {
      const uuid = ids[type][0];
      expect((await call('GET', `/integrations/${type}/${uuid}`)).body.id).toBe(uuid);
      await call('GET', `/integrations/${type}/${uuid}/settings`);
      await call('GET', `/integrations/${type}/${uuid}/companies?limit=100&sort=-name`);
      await call('GET', `/integrations/${type}/${uuid}/mappings?limit=100`);
      await call('GET', `/integrations/${type}/${uuid}/errors`);
    }
    await call('GET', `/integrations/connectwise/${ids.connectwise[0]}/companytypes`);
    await call('GET', `/integrations/autotask/${ids.autotask[0]}/companytypes`);
    await call('GET', `/integrations/autotask/${ids.autotask[0]}/contracts?limit=100`);
    await call('GET', `/integrations/autotask/${ids.autotask[0]}/contracts/services?limit=100`);
    await call('GET', `/integrations/autotask/${ids.autotask[0]}/contracts/fields`);
    await call('GET', `/integrations/syncro/${ids.syncro[0]}/billing_mapping_configuration_options`);
    const agreements = await call(
      'GET',
      `/integrations/connectwise/${ids.connectwise[0]}/agreements?limit=100`,
    );
    const additions = await call(
      'GET',
      `/integrations/connectwise/${ids.connectwise[0]}/agreements/${agreements.body.results[0].id}/additions`,
    );
    expect(additions.body.totalCount).toBeGreaterThan(0);
  });

  it('creates, updates and patches each PSA integration', async () => {
    const cw = await call('POST', `/providers/${providerId}/integrations/connectwise`, {
      url: 'https://api-na.myconnectwise.net',
      companyId: 'contract',
      publicKey: 'pub',
      privateKey: 'priv',
    });
    const syncro = await call('POST', `/providers/${providerId}/integrations/syncro`, {
      subdomain: 'contract-msp',
      apiToken: 'T-123',
    });
    const at = await call('POST', `/providers/${providerId}/integrations/autotask`, {
      username: 'api@contract.example',
      secret: 's3cret',
    });
    for (const created of [cw, syncro, at]) expect(created.status).toBe(201);

    expect(
      (
        await call('PATCH', `/integrations/connectwise/${cw.body.integrationId}`, {
          companyId: 'contract2',
          privateKey: 'x',
        })
      ).body.companyId,
    ).toBe('contract2');
    expect(
      (
        await call('PATCH', `/integrations/syncro/${syncro.body.integrationId}`, {
          subdomain: 'contract-two',
        })
      ).body.subdomain,
    ).toBe('contract-two');
    expect(
      (
        await call('PATCH', `/integrations/autotask/${at.body.integrationId}`, {
          username: 'api2@contract.example',
        })
      ).body.username,
    ).toBe('api2@contract.example');

    await call('PATCH', `/integrations/connectwise/${cw.body.integrationId}/settings`, {
      automaticTicketing: true,
      companyTypeIds: [1, 2],
    });
    await call('PATCH', `/integrations/autotask/${at.body.integrationId}/settings`, { companyTypeIds: [1] });
    await call('PATCH', `/integrations/syncro/${syncro.body.integrationId}/settings`, {
      automaticTicketing: true,
    });
  });

  it('patches mappings of each PSA', async () => {
    const orgs = (await call('GET', `/providers/${providerId}/organizations?limit=3`)).body.results;
    const organization = { id: orgs[0].id, name: orgs[0].name };

    const cwId = ids.connectwise[1];
    const company = (await call('GET', `/integrations/connectwise/${cwId}/companies`)).body.records[0];
    const agreement = (
      await call('GET', `/integrations/connectwise/${cwId}/agreements?filter=companyId:eq:${company.id}`)
    ).body.results[0];
    const addition = (
      await call('GET', `/integrations/connectwise/${cwId}/agreements/${agreement.id}/additions`)
    ).body.results[0];
    expect(
      (
        await call('PATCH', `/integrations/connectwise/${cwId}/mappings`, {
          data: [{ organization, company, agreement: { id: agreement.id, name: agreement.name }, addition }],
        })
      ).status,
    ).toBe(204);

    const syncroId = ids.syncro[0];
    const syncroCompany = (await call('GET', `/integrations/syncro/${syncroId}/companies`)).body.records[0];
    const schedule = (
      await call('GET', `/integrations/syncro/${syncroId}/billing_mapping_configuration_options`)
    ).body.options[0].values[0];
    const billingConfigurations = {
      fields: { schedule_id: { value: schedule.value }, line_item_id: { value: schedule.lines[0].value } },
    };
    expect(
      (
        await call('PATCH', `/integrations/syncro/${syncroId}/mappings`, {
          data: [{ organization, company: syncroCompany, billingConfigurations }],
        })
      ).status,
    ).toBe(204);

    const atId = ids.autotask[0];
    const atCompany = (await call('GET', `/integrations/autotask/${atId}/companies`)).body.records[0];
    const atContract = (
      await call('GET', `/integrations/autotask/${atId}/contracts?filter=companyId:eq:${atCompany.id}`)
    ).body.results[0];
    expect(
      (
        await call('PATCH', `/integrations/autotask/${atId}/mappings`, {
          data: [{ organization, company: atCompany, contract: { id: atContract.id }, service: {} }],
        })
      ).status,
    ).toBe(204);
  });

  it('serves and updates ticketing alert configurations of each PSA', async () => {
    const alerts = await call('GET', `/providers/${providerId}/integrations/ticketing/alerts`);
    expect(alerts.body.records.length).toBeGreaterThan(0);
    for (const type of ['connectwise', 'syncro', 'autotask'] as const) {
      await call('GET', `/providers/${providerId}/integrations/${type}/alerts/configuration/options`);
    }
    const cw = (await call('GET', `/providers/${providerId}/integrations/connectwise/alerts/configuration`))
      .body.records[0];
    await call(
      'PUT',
      `/providers/${providerId}/integrations/connectwise/alerts/${cw.alertId}/configuration`,
      { shouldCreateTickets: true, dueDays: 2, priority: { id: 1 }, source: { id: 4 } },
    );
    const syncro = (await call('GET', `/providers/${providerId}/integrations/syncro/alerts/configuration`))
      .body.records[0];
    await call('PUT', `/providers/${providerId}/integrations/syncro/alerts/${syncro.alertId}/configuration`, {
      shouldCreateTickets: true,
      problemType: 'Network',
      priority: '1 High',
      status: 'New',
      userId: 41222,
    });
    const at = (await call('GET', `/providers/${providerId}/integrations/autotask/alerts/configuration`)).body
      .records[0];
    await call('PUT', `/providers/${providerId}/integrations/autotask/alerts/${at.alertId}/configuration`, {
      shouldCreateTickets: true,
      destination: 'resource',
      dueDays: 3,
      priority: { id: 4 },
      status: { id: 1 },
      resource: { id: 29682886, role: { id: 29683403 } },
    });
  });

  it('deletes each PSA integration', async () => {
    expect((await call('DELETE', `/integrations/connectwise/${ids.connectwise[1]}`)).status).toBe(204);
    expect((await call('DELETE', `/integrations/syncro/${ids.syncro[0]}`)).status).toBe(204);
    expect((await call('DELETE', `/integrations/autotask/${ids.autotask[0]}`)).status).toBe(204);
  });

  it('exercised every operation of the spec', () => {
    expect(contract.uncovered()).toEqual([]);
  });
});
