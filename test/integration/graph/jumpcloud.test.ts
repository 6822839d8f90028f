import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJumpCloudDatasource } from '../../../datasources/jumpcloud/index.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { VendorClient } from '../../../datasources/http/vendor-client.js';
import { endpointDefaults, VendorTransport } from '../../../datasources/http/vendor-transport.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface JumpCloudInfo {
  providerId: string;
  integrationIds: Record<'connectwise' | 'syncro' | 'autotask', string[]>;
  counts: Record<string, number>;
}

const API_KEY = 'dev-jumpcloud-key';
let gw: TestGateway;
let jc: RunningSimulator;
let info: JumpCloudInfo;

beforeAll(async () => {
  gw = await startTestGateway();
  jc = gw.fleet.running.jumpcloud!;
  info = jc.simulator.state.info() as unknown as JumpCloudInfo;
}, 120_000);
afterAll(async () => {
  await gw?.close();
});
afterEach(() => {
  for (const sim of Object.values(gw.fleet.running)) sim.faults.set({});
});

/** Calls the JumpCloud simulator directly, as the vendor answers (the expected side of a comparison). */
async function jcRaw(path: string, init: { method?: string; body?: unknown } = {}): Promise<Json> {
  const res = await fetch(`${jc.url}/api/v2${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'x-api-key': API_KEY,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  expect(res.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300);
  return res.status === 204 ? undefined : res.json();
}

const provider = () => `/providers/${info.providerId}`;
const connectWiseId = () => info.integrationIds.connectwise[0];

/** The JumpCloud paths the simulator served since the last reset, decoded. */
function servedPaths(): string[] {
  return jc.log.snapshot().recent.map((r) => decodeURIComponent(r.path));
}

function expectNoErrors(res: { errors?: unknown[] }) {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

const INTEGRATION_WITH_MAPPINGS = /* GraphQL */ `
  query IntegrationWithMappings {
    integrations(first: 1, filter: { kind: CONNECTWISE }) {
      totalCount
      edges {
        node {
          id
          vendor
          externalId
          name
          kind
          status
          endpoint
          isConfigured
          settings {
            automaticTicketing
            companyTypeIds
          }
          mappings(first: 100) {
            totalCount
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                organization {
                  id
                  name
                }
                company {
                  id
                  name
                }
                agreement {
                  id
                  name
                  companyId
                }
                addition {
                  id
                  name
                }
                lastSyncAt
                lastSyncStatus
              }
            }
          }
          companies(first: 100) {
            totalCount
            edges {
              node {
                id
                name
              }
            }
          }
          companyTypes {
            id
            name
          }
          agreements {
            id
            name
            companyId
            additions {
              id
              name
            }
          }
          alertConfigurations {
            id
            name
            category
            description
            shouldCreateTickets
            priority
            dueDays
            source
          }
          syncErrors(first: 100) {
            totalCount
            edges {
              node {
                errorType
                message
                organizationId
                occurredAt
              }
            }
          }
        }
      }
    }
  }
`;

describe('the reference query: an integration with its mappings', () => {
  it('answers the ConnectWise integration exactly as JumpCloud holds it', async () => {
    const id = connectWiseId();
    const config = await jcRaw(`/integrations/connectwise/${id}`);
    const settings = await jcRaw(`/integrations/connectwise/${id}/settings`);
    const mappings = await jcRaw(`/integrations/connectwise/${id}/mappings?limit=100`);
    const companies = await jcRaw(`/integrations/connectwise/${id}/companies?limit=100`);
    const companyTypes = await jcRaw(`/integrations/connectwise/${id}/companytypes`);
    const agreements = await jcRaw(`/integrations/connectwise/${id}/agreements?limit=100`);
    const additions = await Promise.all(
      agreements.results.map((a: Json) =>
        jcRaw(`/integrations/connectwise/${id}/agreements/${a.id}/additions?limit=100`),
      ),
    );
    const alerts = await jcRaw(`${provider()}/integrations/connectwise/alerts/configuration`);
    const errors = await jcRaw(`/integrations/connectwise/${id}/errors`);
    // The seed must exercise every part, or the comparisons below prove little.
    expect(mappings.totalCount).toBeGreaterThan(0);
    expect(agreements.totalCount).toBeGreaterThan(0);
    expect(agreements.totalCount).toBeLessThanOrEqual(100);
    expect(alerts.records.length).toBeGreaterThan(0);

    const res = await gw.query(INTEGRATION_WITH_MAPPINGS);
    expectNoErrors(res);
    expect(res.data.integrations.totalCount).toBe(info.integrationIds.connectwise.length);
    const node = res.data.integrations.edges[0].node;
    expect(node).toMatchObject({
      vendor: 'JUMPCLOUD',
      externalId: id,
      name: 'ConnectWise',
      kind: 'CONNECTWISE',
      status: null,
    });
    expect(node.endpoint).toBe(config.url);
    expect(node.isConfigured).toBe(config.isMspAuthConfigured);
    expect(node.settings).toStrictEqual({
      automaticTicketing: settings.automaticTicketing,
      companyTypeIds: settings.companyTypeIds.map(String),
    });
    expect(node.mappings.totalCount).toBe(mappings.totalCount);
    expect(node.mappings.pageInfo.hasNextPage).toBe(false);
    expect(node.mappings.edges.map((e: Json) => e.node)).toStrictEqual(
      mappings.records.map((m: Json) => ({
        organization: { id: expect.any(String), name: m.organization.name },
        company: m.company,
        agreement: { ...m.agreement, companyId: m.company.id },
        addition: m.addition,
        lastSyncAt: m.lastSyncDateTime,
        lastSyncStatus: m.lastSyncStatus,
      })),
    );
    expect(node.companies.totalCount).toBe(companies.totalCount);
    expect(node.companies.edges.map((e: Json) => e.node)).toStrictEqual(companies.records);
    expect(node.companyTypes).toStrictEqual(
      companyTypes.records.map((t: Json) => ({ id: String(t.id), name: t.name })),
    );
    expect(node.agreements).toStrictEqual(
      agreements.results.map((a: Json, i: number) => ({ ...a, additions: additions[i].results })),
    );
    expect(node.alertConfigurations).toStrictEqual(
      alerts.records.map((a: Json) => ({
        id: a.alertId,
        name: a.displayName,
        category: a.category,
        description: a.description,
        shouldCreateTickets: a.shouldCreateTickets,
        priority: a.priority.name,
        dueDays: a.dueDays,
        source: a.source.name,
      })),
    );
    expect(node.syncErrors.totalCount).toBe(errors.totalCount);
    expect(node.syncErrors.edges.map((e: Json) => e.node)).toStrictEqual(
      errors.records.map((e: Json) => ({
        errorType: e.errorType,
        message: e.message,
        organizationId: e.orgId,
        occurredAt: e.timestamp,
      })),
    );
  });

  it('costs 9 JumpCloud calls plus one per agreement (its additions), and no other vendor', async () => {
    const agreements = (await jcRaw(`/integrations/connectwise/${connectWiseId()}/agreements?limit=100`))
      .totalCount as number;
    await gw.resetCounts();
    const res = await gw.query(INTEGRATION_WITH_MAPPINGS, {}, { trace: true });
    expectNoErrors(res);
    expect(res.extensions!.upstream.byVendor).toStrictEqual({ JUMPCLOUD: 9 + agreements });
    expect((await gw.served()).jumpcloud).toStrictEqual({
      providersRetrieveIntegrations: 1,
      connectwiseGetConfiguration: 1,
      connectwiseRetrieveSettings: 1,
      connectwiseRetrieveMappings: 1,
      connectwiseRetrieveCompanies: 1,
      connectwiseRetrieveCompanyTypes: 1,
      connectwiseRetrieveAgreements: 1,
      connectwiseRetrieveAdditions: agreements,
      connectwiseRetrieveAllAlertConfigurations: 1,
      mtpIntegrationRetrieveSyncErrors: 1,
    });
    // A kind only JumpCloud holds never asks BetterCloud.
    expect((await gw.served()).bettercloud).toStrictEqual({});
  });

  it("the benchmark's variant (settings and mappings) costs the minimum: list, configuration, settings, mappings", async () => {
    await gw.resetCounts();
    const res = await gw.query(
      `{ integrations(first: 1, filter: { kind: CONNECTWISE }) { edges { node {
           name kind endpoint isConfigured settings { automaticTicketing companyTypeIds }
           mappings(first: 100) { totalCount edges { node { organization { name } company { id name } agreement { name } addition { name } lastSyncStatus } } }
         } } } }`,
      {},
      { trace: true },
    );
    expectNoErrors(res);
    expect(res.extensions!.upstream.byVendor).toStrictEqual({ JUMPCLOUD: 4 });
    expect((await gw.served()).jumpcloud).toStrictEqual({
      providersRetrieveIntegrations: 1,
      connectwiseGetConfiguration: 1,
      connectwiseRetrieveSettings: 1,
      connectwiseRetrieveMappings: 1,
    });
  });

  it('walks all mapping pages with JumpCloud skip/limit, each row once; the organization joins the provider list', async () => {
    const id = connectWiseId();
    const expected = await jcRaw(`/integrations/connectwise/${id}/mappings?limit=100`);
    const organizations = await jcRaw(`${provider()}/organizations?limit=100`);
    const maxUsers = new Map(organizations.results.map((o: Json) => [o.id, o.maxSystemUsers]));
    expect(expected.totalCount).toBeGreaterThan(4);
    await gw.resetCounts();
    const rows: Json[] = [];
    let after: string | null = null;
    let pages = 0;
    for (let guard = 0; guard < 20; guard++) {
      const res: Json = await gw.query(
        `query($after: String) { integrations(first: 1, filter: { kind: CONNECTWISE }) { edges { node {
           mappings(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor }
             edges { node { organization { externalId name maxSystemUsers } company { id } } } } } } } }`,
        { after },
      );
      expectNoErrors(res);
      const page = res.data.integrations.edges[0].node.mappings;
      expect(page.totalCount).toBe(expected.totalCount);
      rows.push(...page.edges.map((e: Json) => e.node));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(expected.totalCount / 4));
    expect(rows).toStrictEqual(
      expected.records.map((m: Json) => ({
        organization: {
          externalId: m.organization.id,
          name: m.organization.name,
          maxSystemUsers: maxUsers.get(m.organization.id),
        },
        company: { id: m.company.id },
      })),
    );
    const mappingCalls = servedPaths().filter((p) => p.includes('/mappings'));
    expect(mappingCalls).toHaveLength(pages);
    mappingCalls.forEach((path, i) => expect(path).toContain(`skip=${i * 4}&limit=4`));
    // One organization list per request, however many rows ask for their organization.
    expect(jc.log.snapshot().byOperation.providersListOrganizations).toBe(pages);
  });

  it('sync errors page over the one list JumpCloud answers (the seed has them on the Autotask integration)', async () => {
    const id = info.integrationIds.autotask[0];
    const errors = await jcRaw(`/integrations/autotask/${id}/errors`);
    expect(errors.totalCount).toBeGreaterThan(0);
    await gw.resetCounts();
    const seen: Json[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const res: Json = await gw.query(
        `query($after: String) { integrations(filter: { kind: AUTOTASK }) { edges { node {
           syncErrors(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { errorType message organizationId occurredAt } } } } } } }`,
        { after },
      );
      expectNoErrors(res);
      const page = res.data.integrations.edges[0].node.syncErrors;
      expect(page.totalCount).toBe(errors.totalCount);
      seen.push(...page.edges.map((e: Json) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toStrictEqual(
      errors.records.map((e: Json) => ({
        errorType: e.errorType,
        message: e.message,
        organizationId: e.orgId,
        occurredAt: e.timestamp,
      })),
    );
    expect(jc.log.snapshot().byOperation.mtpIntegrationRetrieveSyncErrors).toBe(seen.length);
  });

  it('PSA fields of a BetterCloud integration are null; Syncro has no agreements and no company types', async () => {
    const res = await gw.query(`{
      integrations(first: 100) { totalCount edges { node { vendor kind externalId
        settings { automaticTicketing } mappings { totalCount } companies { totalCount } companyTypes { id }
        agreements { id } alertConfigurations { id } syncErrors { totalCount } } } } }`);
    expectNoErrors(res);
    const betterCloud = (gw.fleet.running.bettercloud!.simulator.state.info() as Json).counts
      .integrations as number;
    const nodes = res.data.integrations.edges.map((e: Json) => e.node);
    expect(res.data.integrations.totalCount).toBe(betterCloud + info.counts.integrations);
    // BetterCloud's first, then JumpCloud's in its own order.
    expect(nodes.map((n: Json) => n.vendor)).toStrictEqual([
      ...Array(betterCloud).fill('BETTERCLOUD'),
      ...Array(info.counts.integrations).fill('JUMPCLOUD'),
    ]);
    for (const node of nodes.filter((n: Json) => n.vendor === 'BETTERCLOUD'))
      expect(node).toMatchObject({
        settings: null,
        mappings: null,
        companies: null,
        companyTypes: null,
        agreements: null,
        alertConfigurations: null,
        syncErrors: null,
      });
    const syncro = nodes.find((n: Json) => n.kind === 'SYNCRO');
    expect(syncro.externalId).toBe(info.integrationIds.syncro[0]);
    expect(syncro.agreements).toStrictEqual([]);
    expect(syncro.companyTypes).toStrictEqual([]);
    expect(syncro.mappings.totalCount).toBeGreaterThan(0);
    const autotask = nodes.find((n: Json) => n.kind === 'AUTOTASK');
    const contracts = await jcRaw(`/integrations/autotask/${autotask.externalId}/contracts?limit=1`);
    expect(autotask.agreements).toHaveLength(contracts.totalCount);
  });

  it('an Autotask integration: contracts with their services as agreements, from two calls', async () => {
    const id = info.integrationIds.autotask[0];
    const contracts = await jcRaw(`/integrations/autotask/${id}/contracts?limit=100`);
    const services = [
      ...(await jcRaw(`/integrations/autotask/${id}/contracts/services?limit=100`)).results,
      ...(await jcRaw(`/integrations/autotask/${id}/contracts/services?limit=100&skip=100`)).results,
    ];
    await gw.resetCounts();
    const res = await gw.query(
      `{ integrations(first: 1, filter: { kind: AUTOTASK }) { edges { node { endpoint agreements { id name companyId additions { id name } } } } } }`,
    );
    expectNoErrors(res);
    const node = res.data.integrations.edges[0].node;
    expect(node.endpoint).toBe((await jcRaw(`/integrations/autotask/${id}`)).username);
    expect(node.agreements).toStrictEqual(
      contracts.results.map((c: Json) => ({
        ...c,
        additions: services
          .filter((s: Json) => s.contractId === c.id)
          .map((s: Json) => ({ id: s.id, name: s.name })),
      })),
    );
    const served = (await gw.served()).jumpcloud;
    expect(served.autotaskRetrieveContracts).toBe(1);
    expect(served.autotaskRetrieveServices).toBe(Math.max(1, Math.ceil(services.length / 100)));
  });

  it('filters by vendor and kind without asking vendors that cannot hold the kind', async () => {
    await gw.resetCounts();
    const res = await gw.query(`{
      psa: integrations(filter: { vendor: JUMPCLOUD, kind: SYNCRO }) { totalCount edges { node { kind } } }
      saas: integrations(filter: { kind: SAAS_APPLICATION }) { totalCount edges { node { vendor } } }
      none: integrations(filter: { vendor: ATLASSIAN }) { totalCount edges { node { id } } }
    }`);
    expectNoErrors(res);
    expect(res.data.psa.totalCount).toBe(info.integrationIds.syncro.length);
    expect(res.data.psa.edges.map((e: Json) => e.node.kind)).toStrictEqual(
      info.integrationIds.syncro.map(() => 'SYNCRO'),
    );
    expect(new Set(res.data.saas.edges.map((e: Json) => e.node.vendor))).toStrictEqual(
      new Set(['BETTERCLOUD']),
    );
    expect(res.data.none).toStrictEqual({ totalCount: 0, edges: [] });
    expect((await gw.served()).jumpcloud).toStrictEqual({ providersRetrieveIntegrations: 1 });
  });

  it('node(id) fetches a JumpCloud integration again: the list and its configuration', async () => {
    const list = await gw.query(
      `{ integrations(filter: { kind: SYNCRO }) { edges { node { id externalId } } } }`,
    );
    expectNoErrors(list);
    const { id, externalId } = list.data.integrations.edges[0].node;
    const config = await jcRaw(`/integrations/syncro/${externalId}`);
    await gw.resetCounts();
    const res = await gw.query(
      `query($id: ID!) { node(id: $id) { id ... on Integration { externalId kind endpoint isConfigured } } }`,
      { id },
      { trace: true },
    );
    expectNoErrors(res);
    expect(res.data.node).toStrictEqual({
      id,
      externalId,
      kind: 'SYNCRO',
      endpoint: `https://${config.subdomain}.syncromsp.com`,
      isConfigured: config.isMspAuthConfigured,
    });
    expect(res.extensions!.upstream.byVendor).toStrictEqual({ JUMPCLOUD: 2 });
  });
});

describe('integration credentials are never readable', () => {
  it('no output field of the schema is named like a credential', async () => {
    const res = await gw.query(`{ __schema { types { name kind fields { name } } } }`);
    expectNoErrors(res);
    const credentialLike = /private.?key|public.?key|api.?token|secret|password|credential/i;
    const offenders = res.data.__schema.types
      .filter((t: Json) => !t.name.startsWith('__'))
      .flatMap((t: Json) => [t.name, ...(t.fields ?? []).map((f: Json) => `${t.name}.${f.name}`)])
      .filter((name: string) => credentialLike.test(name));
    expect(offenders).toStrictEqual([]);
    // The check itself can see fields: the PSA ones are there.
    const integration = res.data.__schema.types.find((t: Json) => t.name === 'Integration');
    expect(integration.fields.map((f: Json) => f.name)).toEqual(
      expect.arrayContaining(['endpoint', 'isConfigured', 'settings']),
    );
  });

  it('the response holds none of the secrets JumpCloud was given', async () => {
    const secrets = {
      connectwise: { publicKey: 'cw-public-4c1d2e', privateKey: 'cw-private-9f8e7d' },
      syncro: { apiToken: 'syncro-token-5a6b7c' },
      autotask: { secret: 'autotask-secret-1b2c3d' },
    };
    try {
      for (const [type, body] of Object.entries(secrets))
        for (const id of info.integrationIds[type as keyof typeof secrets])
          await jcRaw(`/integrations/${type}/${id}`, { method: 'PATCH', body });
      // The vendor holds them (so a leak would have something to leak).
      const stored = JSON.stringify(
        (jc.simulator.state as Json).data.integrations.map((i: Json) => i.credentials),
      );
      for (const value of Object.values(secrets).flatMap(Object.values)) expect(stored).toContain(value);

      const list = await gw.query(`{ integrations(first: 100) { edges { node {
        id vendor externalId kind name status connectedAt endpoint isConfigured
        settings { automaticTicketing companyTypeIds }
        mappings(first: 20) { edges { node { organization { id name maxSystemUsers } company { id name } agreement { id name } addition { id name } } } }
        companies(first: 20) { edges { node { id name } } }
        companyTypes { id name } agreements { id name additions { id name } } alertConfigurations { id name priority source }
        syncErrors(first: 20) { edges { node { message } } } } } } }`);
      expectNoErrors(list);
      const nodes = await gw.query(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Integration { endpoint isConfigured } } }`,
        {
          ids: list.data.integrations.edges.map((e: Json) => e.node.id),
        },
      );
      expectNoErrors(nodes);
      const answer = JSON.stringify([list, nodes]);
      for (const value of Object.values(secrets).flatMap(Object.values)) expect(answer).not.toContain(value);
      // Configured integrations still show their public endpoint.
      expect(answer).toContain('https://na.myconnectwise.net');
    } finally {
      jc.simulator.state.reset();
    }
  });
});

describe('the provider', () => {
  const PROVIDER = /* GraphQL */ `
    query Provider {
      provider {
        id
        externalId
        name
        administrators(first: 100) {
          totalCount
          edges {
            node {
              id
              email
              firstName
              lastName
              role
              suspended
              registered
              user {
                email
                accounts {
                  vendor
                  ... on JumpCloudAccount {
                    externalId
                    status
                    vendorStatus
                    role
                    mfaEnabled
                    organizationAccessTotal
                  }
                }
              }
            }
          }
        }
        invoices(first: 100) {
          totalCount
          edges {
            node {
              id
              status
              dueDate
              amountBilled {
                amount
                currency
              }
              amountPaid {
                amount
                currency
              }
              amountRemaining {
                amount
                currency
              }
            }
          }
        }
        cases(first: 100) {
          totalCount
          edges {
            node {
              id
              subject
              status
              createdAt
              details
            }
          }
        }
        billing {
          hasContract
          contractType
          assignedLicenses
          products {
            name
            capabilities
            includedLicenses
            purchasedLicenses
          }
        }
      }
    }
  `;

  it('answers administrators (joined to people by email), invoices, cases and billing as JumpCloud holds them', async () => {
    const raw = {
      provider: await jcRaw(provider()),
      admins: await jcRaw(`${provider()}/administrators?limit=100`),
      invoices: await jcRaw(`${provider()}/invoices?limit=100`),
      cases: await jcRaw(`${provider()}/cases?limit=100`),
      billing: await jcRaw(`${provider()}/billing/details`),
    };
    const res = await gw.query(PROVIDER);
    expectNoErrors(res);
    const p = res.data.provider;
    expect(p).toMatchObject({ externalId: info.providerId, name: raw.provider.name });
    expect(typeof p.id).toBe('string');

    expect(p.administrators.totalCount).toBe(raw.admins.totalCount);
    expect(p.administrators.edges.map((e: Json) => ({ ...e.node, user: undefined }))).toStrictEqual(
      raw.admins.results.map((a: Json) => ({
        id: a.id,
        email: a.email,
        firstName: a.firstname,
        lastName: a.lastname,
        role: a.roleName,
        suspended: a.suspended,
        registered: a.registered,
        user: undefined,
      })),
    );
    // Jane Smith (the company's first person) is a JumpCloud administrator and a User with that account.
    const jane = testCompany().people[0];
    expect(jane.jumpcloudAdmin).toBe(true);
    const janeAdmin = p.administrators.edges
      .map((e: Json) => e.node)
      .find((a: Json) => a.email === jane.email);
    const rawJane = raw.admins.results.find((a: Json) => a.email === jane.email);
    expect(janeAdmin.user.email).toBe(jane.email);
    expect(janeAdmin.user.accounts.map((a: Json) => a.vendor)).toEqual(
      expect.arrayContaining(['BETTERCLOUD', 'ATLASSIAN', 'JUMPCLOUD']),
    );
    expect(janeAdmin.user.accounts.find((a: Json) => a.vendor === 'JUMPCLOUD')).toStrictEqual({
      vendor: 'JUMPCLOUD',
      externalId: rawJane.id,
      status: 'ACTIVE',
      vendorStatus: 'active',
      role: rawJane.roleName,
      mfaEnabled: rawJane.enableMultiFactor,
      organizationAccessTotal: rawJane.organizationAccessTotal,
    });
    // Every administrator is a person of the company, so every one has a User.
    for (const { node } of p.administrators.edges) expect(node.user?.email).toBe(node.email);

    const statuses: Record<string, string> = {
      Open: 'OPEN',
      'Partially Paid': 'PARTIALLY_PAID',
      Paid: 'PAID',
    };
    const usd = (text: string) => ({ amount: Number(text), currency: 'USD' });
    expect(p.invoices.totalCount).toBe(raw.invoices.totalCount);
    expect(p.invoices.edges.map((e: Json) => e.node)).toStrictEqual(
      raw.invoices.records.map((i: Json) => ({
        id: i.id,
        status: statuses[i.status],
        dueDate: `${i.dueDate}T00:00:00.000Z`,
        amountBilled: usd(i.amountBilled),
        amountPaid: usd(i.amountPaid),
        amountRemaining: usd(i.amountRemaining),
      })),
    );
    expect(p.cases.totalCount).toBe(raw.cases.totalCount);
    expect(p.cases.edges.map((e: Json) => e.node)).toStrictEqual(
      raw.cases.results.map((c: Json) => ({
        id: c.caseNumber,
        subject: c.subject,
        status: c.status,
        createdAt: c.date,
        details: c,
      })),
    );
    expect(p.billing).toStrictEqual({
      hasContract: raw.billing.hasContract,
      contractType: raw.billing.contractType,
      assignedLicenses: raw.billing.assignedLicenses,
      products: raw.billing.products.map((product: Json) => ({
        name: product.name,
        capabilities: product.capabilities,
        includedLicenses: product.includedLicenses,
        purchasedLicenses: product.purchasedLicenses,
      })),
    });
    expect(p.billing.products.length).toBeGreaterThan(0);
  });

  it('an administrator no vendor knows as a person has no User', async () => {
    // The identity index is already built: an administrator invited after it is nobody (yet).
    await gw.query(`{ user(email: "jsmith@example.com") { email } }`);
    try {
      await jcRaw(`${provider()}/administrators`, {
        method: 'POST',
        body: { email: 'contractor@partner.example', roleName: 'Read Only' },
      });
      const res = await gw.query(
        `{ provider { administrators(first: 100) { edges { node { email registered user { email } } } } } }`,
      );
      expectNoErrors(res);
      const invited = res.data.provider.administrators.edges.find(
        (e: Json) => e.node.email === 'contractor@partner.example',
      );
      expect(invited.node).toStrictEqual({
        email: 'contractor@partner.example',
        registered: false,
        user: null,
      });
    } finally {
      jc.simulator.state.reset();
    }
  });

  it('pages organizations across the 100-item JumpCloud page, one call a page, each organization once', async () => {
    const seeded = (await jcRaw(`${provider()}/organizations?limit=1`)).totalCount as number;
    try {
      // The seed holds fewer than 100 client organizations: add enough to cross JumpCloud's page limit.
      for (let i = 0; seeded + i < 130; i++)
        await jcRaw(`${provider()}/organizations`, {
          method: 'POST',
          body: { name: `Paging Client ${i}`, maxSystemUsers: i },
        });
      const expected = [
        ...(await jcRaw(`${provider()}/organizations?limit=100`)).results,
        ...(await jcRaw(`${provider()}/organizations?limit=100&skip=100`)).results,
      ];
      expect(expected).toHaveLength(130);

      await gw.resetCounts();
      const seen: Json[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 5; guard++) {
        const res: Json = await gw.query(
          `query($after: String) { provider { organizations(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
             edges { node { __typename id vendor externalId name ... on ProviderOrganization { maxSystemUsers } } } } } }`,
          { after },
        );
        expectNoErrors(res);
        const page = res.data.provider.organizations;
        expect(page.totalCount).toBe(130);
        seen.push(...page.edges.map((e: Json) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(
        seen.map(({ __typename, vendor, externalId, name, maxSystemUsers }) => ({
          __typename,
          vendor,
          externalId,
          name,
          maxSystemUsers,
        })),
      ).toStrictEqual(
        expected.map((o: Json) => ({
          __typename: 'ProviderOrganization',
          vendor: 'JUMPCLOUD',
          externalId: o.id,
          name: o.name,
          maxSystemUsers: o.maxSystemUsers,
        })),
      );
      expect(new Set(seen.map((o) => o.id)).size).toBe(130);
      const served = (await gw.served()).jumpcloud;
      expect(served).toStrictEqual({ providersGetProvider: 2, providersListOrganizations: 2 });
      // Only the fields the query selects are asked for (JumpCloud's projection).
      expect(servedPaths().filter((p) => p.includes('/organizations'))).toStrictEqual([
        `/api/v2${provider()}/organizations?skip=0&limit=100&fields=id,maxSystemUsers,name`,
        `/api/v2${provider()}/organizations?skip=100&limit=100&fields=id,maxSystemUsers,name`,
      ]);

      // A ProviderOrganization found again by its ID walks the whole list: ⌈130 / 100⌉ calls.
      await gw.resetCounts();
      const last = seen[seen.length - 1];
      const node = await gw.query(
        `query($id: ID!) { node(id: $id) { ... on ProviderOrganization { externalId name } } }`,
        { id: last.id },
      );
      expectNoErrors(node);
      expect(node.data.node).toStrictEqual({ externalId: last.externalId, name: last.name });
      expect((await gw.served()).jumpcloud).toStrictEqual({ providersListOrganizations: 2 });
    } finally {
      jc.simulator.state.reset();
    }
  });

  it("JumpCloud's policy templates and policy group templates are policies", async () => {
    const configured = await jcRaw(`${provider()}/configuredpolicytemplates?limit=100`);
    const groups = await jcRaw(`${provider()}/policygrouptemplates?limit=100`);
    const res = await gw.query(
      `{ policies(first: 100, filter: { vendor: JUMPCLOUD }) { totalCount edges { node { vendor externalId name kind attributes } } } }`,
    );
    expectNoErrors(res);
    expect(res.data.policies.edges.map((e: Json) => e.node)).toStrictEqual([
      ...configured.records.map((t: Json) => ({
        vendor: 'JUMPCLOUD',
        externalId: t.id,
        name: t.name,
        kind: 'POLICY_TEMPLATE',
        attributes: { policyTemplateId: t.policyTemplateId, values: t.values },
      })),
      ...groups.results.map((g: Json) => ({
        vendor: 'JUMPCLOUD',
        externalId: g.id,
        name: g.name,
        kind: 'POLICY_GROUP_TEMPLATE',
        attributes: { members: g.members },
      })),
    ]);
    expect(res.data.policies.totalCount).toBe(configured.totalCount + groups.totalCount);
  });
});

describe('JumpCloud accounts by email', () => {
  it('pushes `filter=email:eq:<normalized email>` down: one call, whatever the spelling asked', async () => {
    const transport = new VendorTransport({
      ...endpointDefaults,
      vendor: 'JUMPCLOUD',
      baseUrl: `${jc.url}/api/v2`,
      authHeaders: { 'x-api-key': API_KEY },
    });
    const trace = new UpstreamTrace();
    const datasource = createJumpCloudDatasource(new VendorClient(transport, trace), {
      providerId: info.providerId,
    });
    const jane = testCompany().people[0];
    const raw = (await jcRaw(`${provider()}/administrators?limit=100`)).results.find(
      (a: Json) => a.email === jane.email,
    );
    await gw.resetCounts();

    const found = await datasource.findAccountsByEmail('  JSmith@Example.COM ');
    expect(found.map((a) => ({ externalId: a.externalId, email: a.email, status: a.status }))).toStrictEqual([
      { externalId: raw.id, email: raw.email, status: 'ACTIVE' },
    ]);
    expect(await datasource.findAccountsByEmail('nobody@example.com')).toStrictEqual([]);
    expect(trace.countsByVendor()).toStrictEqual({ JUMPCLOUD: 2 });
    expect(servedPaths()).toStrictEqual([
      `/api/v2${provider()}/administrators?skip=0&limit=100&filter=email:eq:jsmith@example.com`,
      `/api/v2${provider()}/administrators?skip=0&limit=100&filter=email:eq:nobody@example.com`,
    ]);
  });
});

describe('when JumpCloud is down', () => {
  it("other vendors' data still returns, with errors naming JumpCloud, its code and that a retry may help", async () => {
    const betterCloud = (gw.fleet.running.bettercloud!.simulator.state.info() as Json).counts
      .integrations as number;
    expect(betterCloud).toBeGreaterThan(0);
    jc.faults.set({ errorRate: 1, errorStatus: 503 });
    const res = await gw.query(`{
      integrations(first: 100) { totalCount edges { node { vendor name } } }
      organizations(first: 100) { totalCount edges { node { vendor name } } }
      provider { name }
    }`);
    expect(res.data!.integrations.totalCount).toBe(betterCloud);
    expect(res.data!.integrations.edges.every((e: Json) => e.node.vendor === 'BETTERCLOUD')).toBe(true);
    expect(res.data!.organizations.edges.length).toBeGreaterThan(0);
    expect(res.data!.organizations.edges.every((e: Json) => e.node.vendor === 'ATLASSIAN')).toBe(true);
    expect(res.data!.provider).toBeNull();
    const byPath = new Map((res.errors ?? []).map((e) => [e.path?.join('.'), e.extensions]));
    for (const path of ['integrations', 'organizations', 'provider'])
      expect(byPath.get(path), path).toMatchObject({
        code: 'VENDOR_UNAVAILABLE',
        vendor: 'JUMPCLOUD',
        retryable: true,
      });
  });

  it('a JumpCloud that rejects the credentials is reported as such, not retryable', async () => {
    jc.faults.set({ errorRate: 1, errorStatus: 401 });
    const res = await gw.query(`{ integrations(first: 100) { totalCount } provider { name } }`);
    expect(res.data!.integrations.totalCount).toBeGreaterThan(0);
    expect(res.data!.provider).toBeNull();
    for (const error of res.errors ?? [])
      expect(error.extensions).toMatchObject({
        code: 'VENDOR_AUTH_FAILED',
        vendor: 'JUMPCLOUD',
        retryable: false,
      });
    expect(res.errors).toHaveLength(2);
  });
});
