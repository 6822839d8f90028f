import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { createJumpCloudSimulator } from '../../../simulators/jumpcloud/index.js';
import { simControl, startTestSimulator, testCompany } from '../../support/simulators.js';

const KEY = 'dev-jumpcloud-key';
let sim: RunningSimulator;
let providerId: string;
let ids: { connectwise: string[]; syncro: string[]; autotask: string[] };

async function api(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'x-api-key': KEY },
) {
  const res = await fetch(`${sim.url}/api/v2${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}
const provider = (path = '') => `/providers/${providerId}${path}`;

beforeAll(async () => {
  sim = await startTestSimulator('jumpcloud');
  const info = await simControl(sim, 'GET', 'info');
  providerId = info.body.providerId;
  ids = info.body.integrationIds;
});
afterAll(() => sim.close());
beforeEach(async () => {
  await simControl(sim, 'POST', 'reset');
});

describe('JumpCloud seed', () => {
  it('exposes the provider and integration IDs in /__sim/info', async () => {
    const info = (await simControl(sim, 'GET', 'info')).body;
    expect(info.providerId).toMatch(/^[0-9a-f]{24}$/);
    expect(info.integrationIds.connectwise).toHaveLength(2);
    expect(info.integrationIds.syncro).toHaveLength(1);
    expect(info.integrationIds.autotask).toHaveLength(1);
    expect(info.counts.organizations).toBeGreaterThanOrEqual(20);
  });

  it('builds administrators from the company people flagged jumpcloudAdmin, with their canonical emails', async () => {
    const expected = testCompany()
      .people.filter((p) => p.jumpcloudAdmin)
      .map((p) => p.email)
      .sort();
    const admins = (await api('GET', provider('/administrators?limit=100'))).body;
    expect(admins.results.map((a: { email: string }) => a.email).sort()).toEqual(expected);
    expect(admins.results.find((a: { email: string }) => a.email === 'jsmith@example.com')).toMatchObject({
      firstname: 'Jane',
      lastname: 'Smith',
      roleName: 'Administrator with Billing',
    });
  });

  // Speed at 100,000 people is measured by `npm run bench:simulators`, not asserted here.
  it('is deterministic: the same company gives the same provider', () => {
    const a = createJumpCloudSimulator(testCompany());
    const b = createJumpCloudSimulator(testCompany());
    expect(a.state.info()).toEqual(b.state.info());
    expect((a.state.info().counts as { administrators: number }).administrators).toBe(
      testCompany().people.filter((p) => p.jumpcloudAdmin).length,
    );
  });
});

describe('JumpCloud pagination, filters and sorts', () => {
  it('walks organizations with limit/skip: every item once, stable order, correct totalCount', async () => {
    const total = (await api('GET', provider('/organizations?limit=100'))).body.totalCount;
    const seen: string[] = [];
    for (let skip = 0; skip < total + 7; skip += 7) {
      const page = (await api('GET', provider(`/organizations?limit=7&skip=${skip}`))).body;
      expect(page.totalCount).toBe(total);
      expect(page.results.length).toBe(Math.max(0, Math.min(7, total - skip)));
      seen.push(...page.results.map((o: { id: string }) => o.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(
      (await api('GET', provider('/organizations?limit=100'))).body.results.map((o: { id: string }) => o.id),
    );
  });

  it('defaults to 10 records and rejects a limit above 100', async () => {
    expect((await api('GET', provider('/organizations'))).body.results).toHaveLength(10);
    const tooMany = await api('GET', provider('/organizations?limit=101'));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 400, status: 'Bad Request' });
  });

  it('filters with eq, search, in and wildcards, AND-ing repeated filters', async () => {
    const orgs = (await api('GET', provider('/organizations?limit=100'))).body.results as {
      id: string;
      name: string;
      maxSystemUsers: number;
    }[];
    const target = orgs[3];
    const eq = (
      await api('GET', provider(`/organizations?filter=${encodeURIComponent(`name:eq:${target.name}`)}`))
    ).body;
    expect(eq.results).toEqual([target]);
    const word = target.name.split(' ')[0];
    const search = (
      await api('GET', provider(`/organizations?limit=100&filter=name:search:${word.toLowerCase()}`))
    ).body;
    expect(search.results.map((o: { name: string }) => o.name)).toEqual(
      orgs.filter((o) => o.name.includes(word)).map((o) => o.name),
    );
    const wildcard = (await api('GET', provider(`/organizations?limit=100&filter=name:eq:${word}*`))).body;
    expect(wildcard.totalCount).toBe(orgs.filter((o) => o.name.startsWith(word)).length);
    const inList = (await api('GET', provider(`/organizations?filter=id:in:${orgs[0].id}|${orgs[1].id}`)))
      .body;
    expect(inList.results.map((o: { id: string }) => o.id)).toEqual([orgs[0].id, orgs[1].id]);
    const both = (
      await api(
        'GET',
        provider(
          `/organizations?limit=100&filter=maxSystemUsers:ge:100&filter=name:search:${word.toLowerCase()}`,
        ),
      )
    ).body;
    expect(both.totalCount).toBe(orgs.filter((o) => o.maxSystemUsers >= 100 && o.name.includes(word)).length);
  });

  it('filters nested mapping fields and sorts descending', async () => {
    const mappings = (await api('GET', `/integrations/connectwise/${ids.connectwise[0]}/mappings?limit=100`))
      .body.records;
    const orgId = mappings[1].organization.id;
    const one = (
      await api(
        'GET',
        `/integrations/connectwise/${ids.connectwise[0]}/mappings?filter=organization.id:eq:${orgId}`,
      )
    ).body;
    expect(one.records).toEqual([mappings[1]]);
    const sorted = (await api('GET', provider('/organizations?limit=100&sort=-name'))).body.results.map(
      (o: { name: string }) => o.name,
    );
    expect(sorted).toEqual([...sorted].sort().reverse());
  });

  it('answers 400 in JumpCloud error bodies for malformed filters, unknown fields and sorts', async () => {
    for (const query of [
      'filter=name',
      'filter=name:like:x',
      'filter=owner:eq:x',
      'filter=maxSystemUsers:between:5',
      'sort=-owner',
      'fields=owner',
    ]) {
      const res = await api('GET', provider(`/organizations?${query}`));
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe(400);
      expect(typeof res.body.message).toBe('string');
    }
  });
});

describe('JumpCloud auth and faults', () => {
  it('answers 401 {message} without or with a wrong x-api-key, or an x-org-id outside the provider', async () => {
    expect(await api('GET', provider('/organizations'), undefined, {})).toMatchObject({
      status: 401,
      body: { message: 'Unauthorized' },
    });
    expect((await api('GET', provider('/organizations'), undefined, { 'x-api-key': 'wrong' })).status).toBe(
      401,
    );
    expect(
      (
        await api('GET', provider('/organizations'), undefined, {
          'x-api-key': KEY,
          'x-org-id': '0123456789abcdef01234567',
        })
      ).status,
    ).toBe(401);
    const orgId = (await api('GET', provider('/organizations?limit=1'))).body.results[0].id;
    expect(
      (await api('GET', provider('/organizations'), undefined, { 'x-api-key': KEY, 'x-org-id': orgId }))
        .status,
    ).toBe(200);
  });

  it('answers 403 for a provider the key is not associated with, 404 for one JumpCloud does not know', async () => {
    const { foreignProvider } = (await simControl(sim, 'GET', 'info')).body;
    const res = await api('GET', `/providers/${foreignProvider.id}/administrators`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 403, status: 'Forbidden' });
    const foreignIntegration = await api(
      'GET',
      `/integrations/syncro/${foreignProvider.integrationIds.syncro}`,
    );
    expect(foreignIntegration.status).toBe(403);
    const unknown = await api('GET', '/providers/0123456789abcdef01234567/administrators');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 404, status: 'Not Found' });
    expect((await api('GET', '/providers/0123456789abcdef01234567')).status).toBe(404);
  });

  it('answers 429 with Retry-After when rate limited', async () => {
    await simControl(sim, 'POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
    const limited = await api('GET', provider('/organizations'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await api('GET', provider('/organizations'))).status).toBe(200);
  });

  it('counts requests by operationId and clears them on reset', async () => {
    await api('GET', provider('/organizations'));
    await api('GET', provider('/organizations'));
    await api('GET', provider('/invoices'));
    const requests = (await simControl(sim, 'GET', 'requests')).body;
    expect(requests.byOperation).toEqual({ providersListOrganizations: 2, providersRetrieveInvoices: 1 });
    await simControl(sim, 'POST', 'reset');
    expect((await simControl(sim, 'GET', 'requests')).body.byOperation).toEqual({});
  });
});

describe('JumpCloud administrator and organization writes', () => {
  it('creates an administrator, lists it, rejects duplicates and bad roles, and deletes it', async () => {
    const created = await api('POST', provider('/administrators'), {
      email: 'Ops.Lead@Example.com',
      roleName: 'Manager',
      firstname: 'Ops',
      lastname: 'Lead',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      email: 'ops.lead@example.com',
      roleName: 'Manager',
      registered: false,
    });
    const listed = (await api('GET', provider('/administrators?filter=email:eq:ops.lead@example.com'))).body;
    expect(listed.results).toEqual([created.body]);
    expect(
      (await api('POST', provider('/administrators'), { email: 'ops.lead@example.com', roleName: 'Manager' }))
        .status,
    ).toBe(409);
    expect((await api('POST', provider('/administrators'), { email: 'x@example.com' })).status).toBe(400);
    expect(
      (await api('POST', provider('/administrators'), { email: 'x@example.com', roleName: 'Overlord' }))
        .status,
    ).toBe(400);
    expect((await api('DELETE', provider(`/administrators/${created.body.id}`))).status).toBe(204);
    expect(
      (await api('GET', provider('/administrators?filter=email:eq:ops.lead@example.com'))).body.totalCount,
    ).toBe(0);
    expect((await api('DELETE', provider(`/administrators/${created.body.id}`))).status).toBe(404);
  });

  it('creates and updates organizations, shown in lists and mapping rows', async () => {
    const created = (
      await api('POST', provider('/organizations'), { name: 'Zeta Dental', maxSystemUsers: 30 })
    ).body;
    expect(created.id).toMatch(/^[0-9a-f]{24}$/);
    expect((await api('GET', provider('/organizations?filter=name:eq:Zeta%20Dental'))).body.results).toEqual([
      created,
    ]);
    expect((await api('POST', provider('/organizations'), { name: 'zeta dental' })).status).toBe(400);
    expect((await api('POST', provider('/organizations'), {})).status).toBe(400);

    const mapped = (await api('GET', `/integrations/connectwise/${ids.connectwise[0]}/mappings`)).body
      .records[0];
    const renamed = await api('PUT', provider(`/organizations/${mapped.organization.id}`), {
      name: 'Renamed Client',
    });
    expect(renamed.body.name).toBe('Renamed Client');
    const row = (
      await api(
        'GET',
        `/integrations/connectwise/${ids.connectwise[0]}/mappings?filter=organization.id:eq:${mapped.organization.id}`,
      )
    ).body.records[0];
    expect(row.organization.name).toBe('Renamed Client');
    expect(
      (await api('PUT', provider('/organizations/0123456789abcdef01234567'), { name: 'x' })).status,
    ).toBe(404);
    expect((await api('PUT', provider(`/organizations/${created.id}`), { maxSystemUsers: -1 })).status).toBe(
      400,
    );
  });

  it('deletes a policy group template', async () => {
    const groups = (await api('GET', provider('/policygrouptemplates'))).body;
    expect((await api('DELETE', provider(`/policygrouptemplates/${groups.results[0].id}`))).status).toBe(204);
    const after = (await api('GET', provider('/policygrouptemplates'))).body;
    expect(after.totalCount).toBe(groups.totalCount - 1);
    expect((await api('DELETE', provider(`/policygrouptemplates/${groups.results[0].id}`))).status).toBe(404);
  });
});

describe('JumpCloud integration writes', () => {
  it('creates a ConnectWise integration whose secrets are never returned, then updates and deletes it', async () => {
    const created = await api('POST', provider('/integrations/connectwise'), {
      url: 'https://api-eu.myconnectwise.net',
      companyId: 'newco',
      publicKey: 'PUBLIC-KEY-1',
      privateKey: 'PRIVATE-KEY-1',
    });
    expect(created.status).toBe(201);
    const id = created.body.integrationId;
    const read = await api('GET', `/integrations/connectwise/${id}`);
    expect(read.body).toEqual({
      id,
      url: 'https://api-eu.myconnectwise.net',
      companyId: 'newco',
      isMspAuthConfigured: true,
    });
    const patched = await api('PATCH', `/integrations/connectwise/${id}`, {
      privateKey: 'PRIVATE-KEY-2',
      companyId: 'newco2',
    });
    expect(patched.body.companyId).toBe('newco2');
    for (const text of [
      created.text,
      read.text,
      patched.text,
      (await api('GET', provider('/integrations?limit=100'))).text,
    ])
      expect(text).not.toMatch(/PRIVATE-KEY|PUBLIC-KEY/);
    expect((await api('GET', provider(`/integrations?filter=integrationId:eq:${id}`))).body.records).toEqual([
      { integrationId: id, type: 'connectwise' },
    ]);
    expect((await api('GET', `/integrations/connectwise/${id}/companies`)).body.totalCount).toBeGreaterThan(
      30,
    );

    expect((await api('DELETE', `/integrations/connectwise/${id}`)).status).toBe(204);
    expect((await api('GET', `/integrations/connectwise/${id}`)).status).toBe(404);
    expect((await api('GET', provider(`/integrations?filter=integrationId:eq:${id}`))).body.totalCount).toBe(
      0,
    );
  });

  it('rejects invalid integration writes: missing fields 400, PSA refusal 422, duplicates 409, wrong type 404', async () => {
    expect((await api('POST', provider('/integrations/syncro'), { subdomain: 'abc' })).status).toBe(400);
    expect(
      (
        await api('POST', provider('/integrations/connectwise'), {
          url: 'http://insecure',
          companyId: 'a',
          publicKey: 'b',
          privateKey: 'c',
        })
      ).status,
    ).toBe(422);
    expect(
      (await api('POST', provider('/integrations/autotask'), { username: 'not-an-email', secret: 's' }))
        .status,
    ).toBe(422);
    expect(
      (await api('POST', provider('/integrations/syncro'), { subdomain: 'examplemsp', apiToken: 't' }))
        .status,
    ).toBe(409);
    expect(
      (await api('PATCH', `/integrations/syncro/${ids.syncro[0]}`, { subdomain: 'bad subdomain!' })).status,
    ).toBe(422);
    expect(
      (await api('PATCH', `/integrations/autotask/${ids.syncro[0]}`, { username: 'a@b.co' })).status,
    ).toBe(404);
    expect((await api('GET', `/integrations/zendesk/${ids.syncro[0]}/errors`)).status).toBe(400);
  });

  it('patches settings and rejects unknown company types', async () => {
    const path = `/integrations/connectwise/${ids.connectwise[0]}/settings`;
    expect((await api('PATCH', path, { companyTypeIds: [2, 3], automaticTicketing: true })).body).toEqual({
      companyTypeIds: [2, 3],
      automaticTicketing: true,
    });
    expect((await api('GET', path)).body).toEqual({ companyTypeIds: [2, 3], automaticTicketing: true });
    expect((await api('PATCH', path, { companyTypeIds: [999] })).status).toBe(400);
    expect((await api('GET', path)).body.companyTypeIds).toEqual([2, 3]);
    expect(
      (await api('PATCH', `/integrations/syncro/${ids.syncro[0]}/settings`, { companyTypeIds: [1] })).status,
    ).toBe(400);
  });

  it('reports sync errors for failed mapping syncs, newest first', async () => {
    const info = (await simControl(sim, 'GET', 'info')).body;
    let total = 0;
    for (const type of ['connectwise', 'syncro', 'autotask'] as const)
      for (const id of ids[type]) {
        const errors = (await api('GET', `/integrations/${type}/${id}/errors`)).body;
        const failed = (
          await api('GET', `/integrations/${type}/${id}/mappings?limit=100&filter=lastSyncStatus:eq:failed`)
        ).body.records;
        expect(errors.records.map((e: { orgId: string }) => e.orgId).sort()).toEqual(
          failed.map((m: { organization: { id: string } }) => m.organization.id).sort(),
        );
        total += errors.totalCount;
      }
    expect(total).toBe(info.counts.syncErrors);
    expect(total).toBeGreaterThan(0);
  });
});

describe('JumpCloud mapping writes', () => {
  const cw = () => ids.connectwise[0];

  async function unmappedOrganizations(integration: string) {
    const mapped = new Set(
      (await api('GET', `/integrations/connectwise/${integration}/mappings?limit=100`)).body.records.map(
        (m: { organization: { id: string } }) => m.organization.id,
      ),
    );
    return (await api('GET', provider('/organizations?limit=100'))).body.results.filter(
      (o: { id: string }) => !mapped.has(o.id),
    );
  }

  it('creates, replaces and deletes ConnectWise mapping rows', async () => {
    const [org] = await unmappedOrganizations(cw());
    const companies = (await api('GET', `/integrations/connectwise/${cw()}/companies?limit=2&skip=5`)).body
      .records;
    const agreement = (
      await api('GET', `/integrations/connectwise/${cw()}/agreements?filter=companyId:eq:${companies[0].id}`)
    ).body.results[0];
    const addition = (
      await api('GET', `/integrations/connectwise/${cw()}/agreements/${agreement.id}/additions`)
    ).body.results[0];
    const before = (await api('GET', `/integrations/connectwise/${cw()}/mappings`)).body.totalCount;

    expect(
      (
        await api('PATCH', `/integrations/connectwise/${cw()}/mappings`, {
          data: [{ organization: org, company: companies[0], agreement, addition }],
        })
      ).status,
    ).toBe(204);
    const rowPath = `/integrations/connectwise/${cw()}/mappings?filter=organization.id:eq:${org.id}`;
    expect((await api('GET', rowPath)).body.records).toEqual([
      {
        organization: { id: org.id, name: org.name },
        company: companies[0],
        agreement: { id: agreement.id, name: agreement.name },
        addition,
      },
    ]);
    expect((await api('GET', `/integrations/connectwise/${cw()}/mappings`)).body.totalCount).toBe(before + 1);

    await api('PATCH', `/integrations/connectwise/${cw()}/mappings`, {
      data: [{ organization: org, company: companies[1], agreement: {}, addition: {} }],
    });
    expect((await api('GET', rowPath)).body.records).toEqual([
      { organization: { id: org.id, name: org.name }, company: companies[1] },
    ]);

    await api('PATCH', `/integrations/connectwise/${cw()}/mappings`, {
      data: [{ organization: { id: org.id, name: org.name }, delete: true }],
    });
    expect((await api('GET', rowPath)).body.totalCount).toBe(0);
  });

  it('rejects a row naming an unknown company, organization, agreement or addition and applies nothing', async () => {
    const [org, otherOrg] = await unmappedOrganizations(cw());
    const [company, otherCompany] = (await api('GET', `/integrations/connectwise/${cw()}/companies?limit=2`))
      .body.records;
    const foreignAgreement = (
      await api('GET', `/integrations/connectwise/${cw()}/agreements?filter=companyId:eq:${otherCompany.id}`)
    ).body.results[0];
    const before = (await api('GET', `/integrations/connectwise/${cw()}/mappings?limit=100`)).body;
    // Each request pairs a valid row (org) with one bad row (otherOrg): the valid row must not be applied either.
    const validRow = { organization: org, company };
    const badRows = [
      { organization: otherOrg, company: { id: '999999999', name: 'Nope' } },
      { organization: { id: '0123456789abcdef01234567', name: 'Ghost' }, company },
      { organization: otherOrg, company, agreement: { id: foreignAgreement.id } },
      { organization: otherOrg, company, addition: { id: '1' } },
      { organization: otherOrg, delete: true, company },
    ];
    for (const bad of badRows) {
      const res = await api('PATCH', `/integrations/connectwise/${cw()}/mappings`, { data: [validRow, bad] });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.code).toBe(400);
    }
    expect((await api('GET', `/integrations/connectwise/${cw()}/mappings?limit=100`)).body).toEqual(before);
    // The same valid row alone is accepted: the rejections above were the bad rows' doing.
    expect(
      (await api('PATCH', `/integrations/connectwise/${cw()}/mappings`, { data: [validRow] })).status,
    ).toBe(204);
  });

  it('validates Syncro schedules and Autotask contracts', async () => {
    const org = (await api('GET', provider('/organizations?limit=1'))).body.results[0];
    const syncro = ids.syncro[0];
    const company = (await api('GET', `/integrations/syncro/${syncro}/companies`)).body.records[0];
    const badSchedule = { fields: { schedule_id: { value: 1 }, line_item_id: { value: 2 } } };
    expect(
      (
        await api('PATCH', `/integrations/syncro/${syncro}/mappings`, {
          data: [{ organization: org, company, billingConfigurations: badSchedule }],
        })
      ).status,
    ).toBe(400);

    const at = ids.autotask[0];
    const atCompanies = (await api('GET', `/integrations/autotask/${at}/companies?limit=2`)).body.records;
    const foreignContract = (
      await api('GET', `/integrations/autotask/${at}/contracts?filter=companyId:eq:${atCompanies[1].id}`)
    ).body.results[0];
    expect(
      (
        await api('PATCH', `/integrations/autotask/${at}/mappings`, {
          data: [
            { organization: org, company: atCompanies[0], contract: { id: foreignContract.id }, service: {} },
          ],
        })
      ).status,
    ).toBe(400);
    const service = (
      await api(
        'GET',
        `/integrations/autotask/${at}/contracts/services?filter=contractId:eq:${foreignContract.id}`,
      )
    ).body.results[0];
    expect(
      (
        await api('PATCH', `/integrations/autotask/${at}/mappings`, {
          data: [
            {
              organization: org,
              company: atCompanies[1],
              contract: { id: foreignContract.id },
              service: { id: service.id },
            },
          ],
        })
      ).status,
    ).toBe(204);
    const row = (
      await api('GET', `/integrations/autotask/${at}/mappings?filter=organization.id:eq:${org.id}`)
    ).body.records[0];
    expect(row).toMatchObject({
      company: atCompanies[1],
      contract: { id: foreignContract.id },
      service: { id: service.id },
    });
  });
});

describe('JumpCloud alert configuration writes', () => {
  it('updates a ConnectWise alert configuration, seen in the next list, and rejects unknown option ids', async () => {
    const base = provider('/integrations/connectwise/alerts');
    const before = (await api('GET', `${base}/configuration`)).body.records[2];
    const res = await api('PUT', `${base}/${before.alertId}/configuration`, {
      shouldCreateTickets: true,
      dueDays: 4,
      priority: { id: 2 },
      source: { id: 1 },
    });
    expect(res.body).toMatchObject({
      id: before.id,
      shouldCreateTickets: true,
      dueDays: 4,
      priority: { id: 2, name: 'Priority 2 - Quick Response' },
      source: { id: 1, name: 'Email' },
    });
    const after = (await api('GET', `${base}/configuration`)).body.records[2];
    expect(after).toEqual({ alertId: before.alertId, ...res.body });
    expect(
      (
        await api('PUT', `${base}/${before.alertId}/configuration`, {
          shouldCreateTickets: true,
          priority: { id: 99 },
        })
      ).status,
    ).toBe(400);
    expect((await api('PUT', `${base}/${before.alertId}/configuration`, { dueDays: 1 })).status).toBe(400);
    expect(
      (
        await api('PUT', `${base}/00000000-0000-4000-8000-000000000000/configuration`, {
          shouldCreateTickets: false,
        })
      ).status,
    ).toBe(404);
  });

  it('requires an Autotask queue or resource and Syncro labels from the options', async () => {
    const atBase = provider('/integrations/autotask/alerts');
    const alertId = (await api('GET', `${atBase}/configuration`)).body.records[0].alertId;
    const common = { shouldCreateTickets: true, dueDays: 1, priority: { id: 1 }, status: { id: 1 } };
    expect(
      (await api('PUT', `${atBase}/${alertId}/configuration`, { ...common, destination: 'queue' })).status,
    ).toBe(400);
    expect(
      (
        await api('PUT', `${atBase}/${alertId}/configuration`, {
          ...common,
          destination: 'resource',
          resource: { id: 29682885, role: { id: 29683402 } },
        })
      ).status,
    ).toBe(400);
    const ok = await api('PUT', `${atBase}/${alertId}/configuration`, {
      ...common,
      destination: 'queue',
      queue: { id: 5 },
    });
    expect(ok.body).toMatchObject({ destination: 'queue', queue: { id: 5, name: 'Client Portal' } });

    const syncroBase = provider('/integrations/syncro/alerts');
    const syncroAlert = (await api('GET', `${syncroBase}/configuration`)).body.records[0].alertId;
    expect(
      (
        await api('PUT', `${syncroBase}/${syncroAlert}/configuration`, {
          shouldCreateTickets: true,
          problemType: 'Plumbing',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api('PUT', `${syncroBase}/${syncroAlert}/configuration`, {
          shouldCreateTickets: true,
          problemType: 'Other',
          userId: 41223,
        })
      ).body,
    ).toMatchObject({ username: 'tier2@msp.example.net' });
  });

  it('has no Syncro alert configuration once the Syncro integration is deleted, until reset', async () => {
    await api('DELETE', `/integrations/syncro/${ids.syncro[0]}`);
    expect((await api('GET', provider('/integrations/syncro/alerts/configuration'))).status).toBe(404);
    await simControl(sim, 'POST', 'reset');
    expect((await api('GET', provider('/integrations/syncro/alerts/configuration'))).status).toBe(200);
    expect((await api('GET', `/integrations/syncro/${ids.syncro[0]}`)).status).toBe(200);
  });
});

describe('JumpCloud reset', () => {
  it('restores the seeded state after writes', async () => {
    const before = (await simControl(sim, 'GET', 'info')).body;
    await api('POST', provider('/organizations'), { name: 'Temporary Org' });
    await api('DELETE', `/integrations/autotask/${ids.autotask[0]}`);
    expect((await simControl(sim, 'GET', 'info')).body.counts.organizations).toBe(
      before.counts.organizations + 1,
    );
    await simControl(sim, 'POST', 'reset');
    const after = (await simControl(sim, 'GET', 'info')).body;
    expect(after.counts).toEqual(before.counts);
    expect(after.integrationIds).toEqual(before.integrationIds);
  });
});
