import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */

/**
 * The seed operations issue 11 found unreachable, and the parameters it found dropped, through the
 * graph: each answer is compared with the vendor's own data (read straight from the simulator), and
 * the simulator's request log shows which operation was called with which parameters.
 */

let gw: TestGateway;
let sims: Record<'bettercloud' | 'atlassian' | 'snow' | 'jumpcloud', RunningSimulator>;
let orgId: string;
let providerId: string;

beforeAll(async () => {
  gw = await startTestGateway({ identityTtlMs: 3_600_000 });
  sims = gw.fleet.running as never;
  orgId = gw.running.ids.atlassian.orgId;
  providerId = gw.running.ids.jumpcloud.providerId;
}, 120_000);
afterAll(async () => {
  await gw?.close();
});
beforeEach(async () => {
  await gw.running.gateway.forgetVendorReads();
  await gw.resetCounts();
});

async function raw(sim: RunningSimulator, path: string, headers: Record<string, string>): Promise<any> {
  const res = await fetch(sim.url + path, { headers });
  expect(res.status, path).toBe(200);
  return res.json();
}
const bcRaw = (path: string) => raw(sims.bettercloud, `/v1${path}`, { 'x-api-key': 'dev-bettercloud-key' });
const atRaw = (path: string) => raw(sims.atlassian, path, { authorization: 'Bearer dev-atlassian-token' });
const snowRaw = (path: string) =>
  raw(sims.snow, `/api/saas/consolidated-view/v1${path}`, { authorization: 'Bearer dev-snow-token' });
const jcRaw = (path: string) => raw(sims.jumpcloud, `/api/v2${path}`, { 'x-api-key': 'dev-jumpcloud-key' });

/** Query strings a simulator served since the last reset, for one operation. */
function served(sim: RunningSimulator, operationId: string): URLSearchParams[] {
  return sim.log
    .snapshot()
    .recent.filter((r) => r.operationId === operationId)
    .map((r) => new URLSearchParams(r.path.split('?')[1] ?? ''));
}
const count = (sim: RunningSimulator, operationId: string) => served(sim, operationId).length;

function ok(res: { data?: any; errors?: unknown[] }): any {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** Walks a connection to its end; `select` picks it from `data`. */
async function walk(query: string, variables: Record<string, unknown>, select: (data: any) => any) {
  const nodes: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const connection = select(ok(await gw.query(query, { ...variables, after })));
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((e: any) => e.node));
    pages++;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    expect(pages).toBeLessThan(300);
  }
  return { nodes, totalCount, pages };
}
const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

/** Every BetterCloud user, walked straight from the simulator. */
async function allBetterCloudUsers(): Promise<any[]> {
  const users: any[] = [];
  for (let page = 1; ; page++) {
    const body = await bcRaw(`/users?per_page=100&page=${page}`);
    users.push(...body.data);
    if (users.length >= body.meta.total || body.data.length === 0) return users;
  }
}

describe('user(email:) on a cold gateway', () => {
  it('asks BetterCloud, Snow and JumpCloud by email instead of walking their user lists', async () => {
    const person = (await allBetterCloudUsers()).find((u) => u.status === 'suspended');
    expect(person).toBeDefined();
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($email: String!) { user(email: $email) { email accounts { vendor externalId vendorStatus } } }`,
        {
          email: `  ${person.email.toUpperCase()} `,
        },
      ),
    );
    const bc = data.user.accounts.find((a: any) => a.vendor === 'BETTERCLOUD');
    expect(bc).toStrictEqual({ vendor: 'BETTERCLOUD', externalId: person.id, vendorStatus: 'suspended' });
    const bcCalls = served(sims.bettercloud, 'listUsers');
    expect(bcCalls).toHaveLength(1);
    expect(bcCalls[0].get('email')).toBe(person.email.toLowerCase());
    for (const q of served(sims.snow, 'getSaasConsolidatedViewV1UsersList'))
      expect(q.get('filter')).toContain('email -eq');
    for (const q of served(sims.jumpcloud, 'providersListAdministrators'))
      expect(q.getAll('filter')).toStrictEqual([`email:eq:${person.email.toLowerCase()}`]);
    // SCIM is asked by userName too (no identity walk), also for the account's `scim` field.
    const scimCalls = served(sims.atlassian, 'getUsersFromAnActiveDirectory');
    expect(scimCalls.length).toBeGreaterThan(0);
    for (const q of scimCalls) expect(q.get('filter')).toMatch(/^userName eq /);
  });

  it("node(id) of a User asks by email too, and an account's SCIM identity by userName", async () => {
    const scim: any[] = (
      await raw(sims.atlassian, `/scim/directory/${gw.running.ids.scim.directoryId}/Users?count=5`, {
        authorization: 'Bearer dev-atlassian-token',
      })
    ).Resources;
    const email = scim[0].userName.trim().toLowerCase();
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        'query ($id: ID!) { node(id: $id) { ... on User { email accounts { ... on AtlassianAccount { scim { id userName } } } } } }',
        { id: Buffer.from(`User:${encodeURIComponent(email)}`).toString('base64url') },
      ),
    );
    expect(data.node.email).toBe(email);
    expect(data.node.accounts.map((a: any) => a.scim?.id).filter(Boolean)).toStrictEqual([scim[0].id]);
    for (const q of served(sims.atlassian, 'getUsersFromAnActiveDirectory'))
      expect(q.get('filter')).toMatch(/^userName eq /);
    expect(count(sims.bettercloud, 'listUsers')).toBe(1);
  });

  it('answers from the identity index once it is built (no lookup by email)', async () => {
    ok(await gw.query('{ users(first: 1) { totalCount } }'));
    const person = (await bcRaw('/users?per_page=1')).data[0];
    await gw.resetCounts();
    const data = ok(
      await gw.query(`query ($email: String!) { user(email: $email) { email } }`, { email: person.email }),
    );
    expect(data.user.email).toBe(person.email.trim().toLowerCase());
    expect(count(sims.bettercloud, 'listUsers')).toBe(0);
  });
});

describe('node(id) reads accounts with each vendor’s by-ID operation', () => {
  const ACCOUNT = /* GraphQL */ `
    query ($email: String!) {
      user(email: $email) {
        accounts {
          id
          vendor
          externalId
          email
          vendorStatus
        }
      }
    }
  `;
  const NODE = /* GraphQL */ `
    query ($id: ID!) {
      node(id: $id) {
        id
        ... on Account {
          vendor
          externalId
          email
          vendorStatus
        }
      }
    }
  `;

  it.each([
    ['BETTERCLOUD', 'bettercloud', 'getUser'],
    ['ATLASSIAN', 'atlassian', 'getDirectoryUser'],
    ['SNOW', 'snow', 'getSaasConsolidatedViewV1UserId'],
  ] as const)('%s: one %s call', async (vendor, sim, operation) => {
    const index = ok(
      await gw.query(
        '{ users(first: 100, filter: { vendors: [BETTERCLOUD, ATLASSIAN, SNOW] }) { edges { node { email } } } }',
      ),
    );
    const email = index.users.edges[0].node.email;
    const account = ok(await gw.query(ACCOUNT, { email })).user.accounts.find(
      (a: any) => a.vendor === vendor,
    );
    await gw.running.gateway.forgetVendorReads();
    await gw.resetCounts();
    const node = ok(await gw.query(NODE, { id: account.id })).node;
    expect(node).toStrictEqual(account);
    expect(count(sims[sim], operation)).toBe(1);
  });

  it('JUMPCLOUD (no by-ID read): one list call filtered by `id`', async () => {
    const admin = (await jcRaw(`/providers/${providerId}/administrators?limit=1`)).results[0];
    const id = Buffer.from(`Account:JUMPCLOUD:${admin.id}`).toString('base64url');
    await gw.resetCounts();
    const node = ok(await gw.query(NODE, { id })).node;
    expect(node).toStrictEqual({
      id,
      vendor: 'JUMPCLOUD',
      externalId: admin.id,
      email: admin.email,
      vendorStatus: admin.suspended ? 'suspended' : 'active',
    });
    expect(
      served(sims.jumpcloud, 'providersListAdministrators').map((q) => q.getAll('filter')),
    ).toStrictEqual([[`id:eq:${admin.id}`]]);
  });

  it('answers null for an account the vendor does not know', async () => {
    const id = Buffer.from('Account:BETTERCLOUD:no-such-user').toString('base64url');
    expect(ok(await gw.query(NODE, { id })).node).toBeNull();
  });
});

describe('Atlassian organization: managed accounts and a domain by ID', () => {
  it('pages the org-wide user list (getOrganizationUsers) with account status and product access', async () => {
    const expected: any[] = [];
    for (let cursor: string | undefined; ;) {
      const body = await atRaw(
        `/v1/orgs/${orgId}/users${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expected.push(...body.data);
      const next = body.links?.next;
      if (!next) break;
      cursor = new URL(next, 'http://x').searchParams.get('cursor') ?? next;
    }
    await gw.resetCounts();
    const id = Buffer.from(`Organization:ATLASSIAN:${encodeURIComponent(orgId)}`).toString('base64url');
    const { nodes } = await walk(
      `query ($id: ID!, $after: String) { node(id: $id) { ... on AtlassianOrganization {
        accounts(first: 100, after: $after) { ${PAGE} edges { node { externalId ... on AtlassianAccount { productAccess { key } } } } } } } }`,
      { id },
      (d) => d.node.accounts,
    );
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected.map((u) => u.account_id));
    expect(nodes.map((n) => n.productAccess.length)).toStrictEqual(
      expected.map((u) => (u.product_access ?? []).length),
    );
    expect(count(sims.atlassian, 'getOrganizationUsers')).toBeGreaterThan(0);
    expect(count(sims.atlassian, 'getDirectoryUsers')).toBe(0);
  });

  it('reads one domain with getDomainById, and null for an unknown one', async () => {
    const domains = (await atRaw(`/v1/orgs/${orgId}/domains`)).data;
    expect(domains.length).toBeGreaterThan(0);
    const id = Buffer.from(`Organization:ATLASSIAN:${encodeURIComponent(orgId)}`).toString('base64url');
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($id: ID!, $d: String!) { node(id: $id) { ... on AtlassianOrganization {
        domain(id: $d) { id name } none: domain(id: "no-such-domain") { id } } } }`,
        { id, d: domains[0].id },
      ),
    );
    expect(data.node.domain).toStrictEqual({
      id: domains[0].id,
      name: domains[0].attributes?.name ?? domains[0].name,
    });
    expect(data.node.none).toBeNull();
    expect(count(sims.atlassian, 'getDomainById')).toBe(2);
    expect(count(sims.atlassian, 'getOrganizationDomains')).toBe(0);
  });
});

describe('accounts(vendor:, filter:, sort:) is filtered by the vendor', () => {
  const ACCOUNTS = /* GraphQL */ `
    query ($vendor: Vendor!, $first: Int, $after: String, $filter: AccountFilter, $sort: AccountSort) {
      accounts(vendor: $vendor, first: $first, after: $after, filter: $filter, sort: $sort) {
        ${PAGE} edges { node { externalId email status } }
      }
    }
  `;

  it.each(['active', 'suspended', 'deprovisioned'])('BetterCloud `status=%s`', async (status) => {
    const expected = (await allBetterCloudUsers()).filter((u) => u.status === status).map((u) => u.id);
    expect(expected.length).toBeGreaterThan(0);
    await gw.resetCounts();
    const { nodes, totalCount } = await walk(
      ACCOUNTS,
      { vendor: 'BETTERCLOUD', first: 100, filter: { status: status.toUpperCase() } },
      (d) => d.accounts,
    );
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
    expect(totalCount).toBe(expected.length);
    for (const q of served(sims.bettercloud, 'listUsers')) expect(q.get('status')).toBe(status);
  });

  it('Snow: department filter and sort by email, both sent to Snow', async () => {
    const users: any[] = [];
    for (let page = 1; ; page++) {
      const body = await snowRaw(`/users?page_size=1000&page_number=${page}`);
      users.push(...body.items);
      if (body.items.length < 1000) break;
    }
    const department = users.find((u) => u.department)?.department;
    const expected = users
      .filter((u) => u.department === department)
      // Snow compares text trimmed and ignoring case (its emails may carry stray spaces and capitals).
      .sort((a, b) => {
        const [x, y] = [a.email.trim().toLowerCase(), b.email.trim().toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
      })
      .map((u) => u.id);
    await gw.resetCounts();
    const { nodes } = await walk(
      ACCOUNTS,
      { vendor: 'SNOW', first: 50, filter: { department }, sort: { field: 'EMAIL' } },
      (d) => d.accounts,
    );
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
    for (const q of served(sims.snow, 'getSaasConsolidatedViewV1UsersList')) {
      expect(q.get('filter')).toBe(`department -eq ${JSON.stringify(department)}`);
      expect(q.get('sort')).toBe('email:asc,id:asc');
    }
  });

  it('refuses a filter the vendor cannot apply, and a cursor from another filter', async () => {
    const bad = await gw.query(ACCOUNTS, { vendor: 'BETTERCLOUD', filter: { department: 'Sales' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const atl = await gw.query(ACCOUNTS, { vendor: 'ATLASSIAN', filter: { status: 'ACTIVE' } });
    expect(atl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = ok(
      await gw.query(ACCOUNTS, { vendor: 'BETTERCLOUD', first: 1, filter: { status: 'ACTIVE' } }),
    );
    const other = await gw.query(ACCOUNTS, {
      vendor: 'BETTERCLOUD',
      first: 1,
      after: first.accounts.pageInfo.endCursor,
      filter: { status: 'SUSPENDED' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('events(filter: { action, userEmail })', () => {
  it('sends `type` to BetterCloud', async () => {
    const bcEvents: any[] = (await bcRaw('/events?per_page=100')).data;
    const action = bcEvents[0].type;
    const expected = bcEvents.filter((e) => e.type === action).length;
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($a: String) { events(first: 100, filter: { vendor: BETTERCLOUD, action: $a }) { totalCount edges { node { action } } } }`,
        { a: action },
      ),
    );
    expect(data.events.edges.every((e: any) => e.node.action === action)).toBe(true);
    expect(data.events.edges.length).toBeGreaterThanOrEqual(expected);
    const calls = served(sims.bettercloud, 'listEvents');
    expect(calls.length).toBeGreaterThan(0);
    for (const q of calls) expect(q.get('type')).toBe(action);
  });

  it("sends `action` to Atlassian, for the configured organization's audit log", async () => {
    const atEvents: any[] = (await atRaw(`/v1/orgs/${orgId}/events`)).data;
    const action = atEvents[0].attributes?.action ?? atEvents[0].action;
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($a: String) { events(first: 20, filter: { vendor: ATLASSIAN, action: $a }) { edges { node { action } } } }`,
        { a: action },
      ),
    );
    expect(data.events.edges.length).toBeGreaterThan(0);
    expect(data.events.edges.every((e: any) => e.node.action === action)).toBe(true);
    const calls = sims.atlassian.log
      .snapshot()
      .recent.filter((r) => r.operationId === 'getOrganizationEvents');
    expect(calls.length).toBeGreaterThan(0);
    for (const r of calls) {
      expect(r.path.split('?')[0]).toBe(`/v1/orgs/${orgId}/events`);
      expect(new URLSearchParams(r.path.split('?')[1]).get('action')).toBe(action);
    }
    expect(count(sims.atlassian, 'getOrganizations')).toBe(0);
  });

  it('filters by person at BetterCloud (`user_id`) and leaves Atlassian out', async () => {
    const users = await allBetterCloudUsers();
    const person = users[0];
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($e: String) { events(first: 20, filter: { userEmail: $e }) { edges { node { vendor } } } }`,
        { e: person.email },
      ),
    );
    expect(data.events.edges.every((e: any) => e.node.vendor === 'BETTERCLOUD')).toBe(true);
    for (const q of served(sims.bettercloud, 'listEvents')) expect(q.get('user_id')).toBe(person.id);
    expect(count(sims.atlassian, 'getOrganizationEvents')).toBe(0);
  });
});

describe('JumpCloud provider reads', () => {
  const p = () => `/providers/${providerId}`;

  it('ticketing alerts, as JumpCloud lists them', async () => {
    const expected = (await jcRaw(`${p()}/integrations/ticketing/alerts`)).records;
    const data = ok(await gw.query('{ provider { ticketingAlerts { id name category } } }'));
    expect(data.provider.ticketingAlerts).toStrictEqual(
      expected.map((a: any) => ({ id: String(a.id), name: a.name, category: a.category })),
    );
  });

  it('cases filtered by status and sorted by subject at JumpCloud', async () => {
    const cases: any[] = (await jcRaw(`${p()}/cases?limit=100`)).results;
    const status = cases[0].status;
    const expected = cases
      .filter((c) => c.status === status)
      .sort((a, b) =>
        a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.caseNumber < b.caseNumber ? -1 : 1,
      )
      .map((c) => c.caseNumber);
    await gw.resetCounts();
    const { nodes } = await walk(
      `query ($after: String, $s: String) { provider { cases(first: 2, after: $after, filter: { status: $s }, sort: { field: SUBJECT }) { ${PAGE} edges { node { id } } } } }`,
      { s: status },
      (d) => d.provider.cases,
    );
    expect(nodes.map((n) => n.id)).toStrictEqual(expected);
    for (const q of served(sims.jumpcloud, 'providerListCase')) {
      expect(q.getAll('filter')).toStrictEqual([`status:eq:${status}`]);
      expect(q.get('sort')).toBe('subject,caseNumber');
    }
  });

  it('invoices filtered by status at JumpCloud, each with a working PDF link', async () => {
    const invoices: any[] = (await jcRaw(`${p()}/invoices?limit=100`)).records;
    const paid = invoices.filter((i) => i.status === 'Paid').map((i) => i.id);
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        '{ provider { invoices(first: 100, filter: { status: "PAID" }) { totalCount edges { node { id document { url contentType } } } } } }',
      ),
    );
    expect(data.provider.invoices.edges.map((e: any) => e.node.id)).toStrictEqual(paid);
    for (const q of served(sims.jumpcloud, 'providersRetrieveInvoices'))
      expect(q.getAll('filter')).toStrictEqual(['status:eq:Paid']);
    const link = data.provider.invoices.edges[0].node.document;
    const res = await fetch(new URL(link.url, gw.running.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const direct = await fetch(`${sims.jumpcloud.url}/api/v2${p()}/invoices/${paid[0]}`, {
      headers: { 'x-api-key': 'dev-jumpcloud-key' },
    });
    expect(Buffer.from(await res.arrayBuffer())).toStrictEqual(Buffer.from(await direct.arrayBuffer()));
  });

  it('passes the billing contract PDF through a signed link; a forged link gets 403 and no vendor call', async () => {
    const data = ok(await gw.query('{ provider { billingContract { url contentType expiresAt } } }'));
    expect(Date.parse(data.provider.billingContract.expiresAt)).toBeGreaterThan(Date.now());
    await gw.resetCounts();
    const res = await fetch(new URL(data.provider.billingContract.url, gw.running.url));
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(count(sims.jumpcloud, 'providerBillingGetContract')).toBe(1);
    const forged = data.provider.billingContract.url.replace(/signature=[^&]+/, 'signature=AAAA');
    await gw.resetCounts();
    expect((await fetch(new URL(forged, gw.running.url))).status).toBe(403);
    expect(count(sims.jumpcloud, 'providerBillingGetContract')).toBe(0);
  });

  it('the download route: 404 for a document JumpCloud does not have, 405 for anything but GET, never JSON', async () => {
    const { url } = gw.running.gateway.downloads.sign({ kind: 'jumpcloud-invoice', id: 'no-such-invoice' });
    const missing = await fetch(new URL(url, gw.running.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(count(sims.jumpcloud, 'providersRetrieveInvoice')).toBe(1);
    const post = await fetch(new URL(url, gw.running.url), { method: 'POST' });
    expect(post.status).toBe(405);
    const unsigned = await fetch(new URL('/downloads/jumpcloud/billing/contract.pdf', gw.running.url));
    expect(unsigned.status).toBe(403);
  });

  it('administrators: emailContains and suspended filters, sortIgnoreCase, apiKeyAllowed', async () => {
    const admins: any[] = (await jcRaw(`${p()}/administrators?limit=100`)).results;
    const expected = admins
      .filter((a) => a.email.includes('e') && a.suspended === false)
      .sort((a, b) => {
        const [x, y] = [a.lastname.toLowerCase(), b.lastname.toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
      });
    await gw.resetCounts();
    const { nodes } = await walk(
      `query ($after: String) { provider { administrators(first: 5, after: $after, filter: { emailContains: "E", suspended: false }, sort: { field: LAST_NAME, ignoreCase: true }) { ${PAGE} edges { node { id apiKeyAllowed } } } } }`,
      {},
      (d) => d.provider.administrators,
    );
    expect(nodes).toStrictEqual(expected.map((a) => ({ id: a.id, apiKeyAllowed: a.apiKeyAllowed })));
    for (const q of served(sims.jumpcloud, 'providersListAdministrators')) {
      expect(q.getAll('filter')).toStrictEqual(['email:search:E', 'suspended:eq:false']);
      expect(q.get('sortIgnoreCase')).toBe('lastname,id');
      expect(q.get('sort')).toBeNull();
    }
  });

  it('asks JumpCloud only for the administrator fields the query selects (`fields`)', async () => {
    const admins: any[] = (await jcRaw(`${p()}/administrators?limit=100`)).results;
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        '{ provider { administrators(first: 100) { edges { node { ...on Administrator { email } lastName } } } } }',
      ),
    );
    expect(data.provider.administrators.edges.map((e: any) => e.node)).toStrictEqual(
      admins.map((a) => ({ email: a.email, lastName: a.lastname || null })),
    );
    const [q] = served(sims.jumpcloud, 'providersListAdministrators');
    expect(q.get('fields')).toBe('email,lastname');
    // Selecting only the ID asks for only `id` (cursors need nothing of the record).
    await gw.running.gateway.forgetVendorReads();
    await gw.resetCounts();
    ok(await gw.query('{ provider { administrators(first: 1) { edges { cursor node { id } } } } }'));
    expect(served(sims.jumpcloud, 'providersListAdministrators')[0].get('fields')).toBe('id');
  });

  it('a configured policy template by ID (one by-ID call, no list walk)', async () => {
    const templates: any[] =
      (await jcRaw(`${p()}/configuredpolicytemplates?limit=100`)).records ??
      (await jcRaw(`${p()}/configuredpolicytemplates?limit=100`)).results;
    const listed = ok(
      await gw.query(
        '{ policies(first: 100, filter: { vendor: JUMPCLOUD }) { edges { node { id externalId kind } } } }',
      ),
    );
    const policy = listed.policies.edges.find((e: any) => e.node.kind === 'POLICY_TEMPLATE').node;
    expect(templates.map((t) => t.id)).toContain(policy.externalId);
    await gw.running.gateway.forgetVendorReads();
    await gw.resetCounts();
    const node = ok(
      await gw.query('query ($id: ID!) { node(id: $id) { ... on Policy { externalId } } }', {
        id: policy.id,
      }),
    );
    expect(node.node.externalId).toBe(policy.externalId);
    expect(count(sims.jumpcloud, 'policyGroupTemplatesGetConfiguredPolicyTemplate')).toBe(1);
    expect(count(sims.jumpcloud, 'policyGroupTemplatesListConfiguredPolicyTemplates')).toBe(0);
  });
});

describe('JumpCloud PSA lists', () => {
  const INTEGRATIONS =
    '{ integrations(first: 100, filter: { vendor: JUMPCLOUD }) { edges { node { id externalId kind } } } }';
  const integrationOf = async (kind: string) =>
    ok(await gw.query(INTEGRATIONS))
      .integrations.edges.map((e: any) => e.node)
      .find((i: any) => i.kind === kind);

  it('companies by name part, sorted by name, at JumpCloud', async () => {
    const cw = await integrationOf('CONNECTWISE');
    const companies: any[] = (await jcRaw(`/integrations/connectwise/${cw.externalId}/companies?limit=100`))
      .records;
    const part = companies[0].name.slice(1, 3);
    const expected = companies
      .filter((c) => c.name.toLowerCase().includes(part.toLowerCase()))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : String(a.id) < String(b.id) ? -1 : 1))
      .map((c) => String(c.id));
    await gw.resetCounts();
    const { nodes } = await walk(
      `query ($id: ID!, $after: String, $part: String) { node(id: $id) { ... on Integration { companies(first: 3, after: $after, filter: { nameContains: $part }, sort: { field: NAME }) { ${PAGE} edges { node { id } } } } } }`,
      { id: cw.id, part },
      (d) => d.node.companies,
    );
    expect(nodes.map((n) => n.id)).toStrictEqual(expected);
    for (const q of served(sims.jumpcloud, 'connectwiseRetrieveCompanies')) {
      expect(q.getAll('filter')).toStrictEqual([`name:search:${part}`]);
      expect(q.get('sort')).toBe('name,id');
      // Only `id` is selected on the nodes: only `id` is asked for.
      expect(q.get('fields')).toBe('id');
    }
  });

  it('ConnectWise agreements and additions: filter, sort and fields from the query, all at JumpCloud', async () => {
    const cw = await integrationOf('CONNECTWISE');
    const agreements: any[] = (await jcRaw(`/integrations/connectwise/${cw.externalId}/agreements?limit=100`))
      .results;
    const companyId = agreements[0].companyId;
    const expected = agreements
      .filter((a) => a.companyId === companyId)
      .sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : a.id > b.id ? -1 : 1));
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($id: ID!, $c: String) { node(id: $id) { ... on Integration {
          agreements(filter: { companyId: $c }, sort: { field: NAME, direction: DESC }) { name additions { name } } } } }`,
        { id: cw.id, c: companyId },
      ),
    );
    expect(data.node.agreements.map((a: any) => a.name)).toStrictEqual(expected.map((a) => a.name));
    for (const q of served(sims.jumpcloud, 'connectwiseRetrieveAgreements')) {
      expect(q.getAll('filter')).toStrictEqual([`companyId:eq:${companyId}`]);
      expect(q.get('sort')).toBe('-name,-id');
      expect(q.get('fields')).toBe('id,name');
    }
    const additionCalls = served(sims.jumpcloud, 'connectwiseRetrieveAdditions');
    expect(additionCalls).toHaveLength(expected.length);
    for (const q of additionCalls) {
      expect(q.get('sort')).toBe('-name,-id');
      expect(q.get('fields')).toBe('name');
    }
  });

  it('mappings: filter by company and sort by organization name, with only the selected fields', async () => {
    const cw = await integrationOf('CONNECTWISE');
    const rows: any[] = (await jcRaw(`/integrations/connectwise/${cw.externalId}/mappings?limit=100`))
      .records;
    const companyId = String(rows[0].company.id);
    const expected = rows
      .filter((r) => String(r.company.id) === companyId)
      .sort((a, b) =>
        a.organization.name < b.organization.name
          ? -1
          : a.organization.name > b.organization.name
            ? 1
            : a.organization.id < b.organization.id
              ? -1
              : 1,
      )
      .map((r) => r.organization.id);
    await gw.resetCounts();
    const { nodes } = await walk(
      `query ($id: ID!, $after: String, $c: String) { node(id: $id) { ... on Integration {
        mappings(first: 2, after: $after, filter: { companyId: $c }, sort: { field: ORGANIZATION_NAME }) { ${PAGE} edges { node { organization { externalId } lastSyncStatus } } } } } }`,
      { id: cw.id, c: companyId },
      (d) => d.node.mappings,
    );
    expect(nodes.map((n) => n.organization.externalId)).toStrictEqual(expected);
    for (const q of served(sims.jumpcloud, 'connectwiseRetrieveMappings')) {
      expect(q.getAll('filter')).toStrictEqual([`company.id:eq:${companyId}`]);
      expect(q.get('sort')).toBe('organization.name,organization.id');
      expect(q.get('fields')).toBe('company,lastSyncStatus,organization');
    }
  });

  it('Syncro billing options and alert-configuration options, as JumpCloud offers them', async () => {
    const syncro = await integrationOf('SYNCRO');
    const options = (
      await jcRaw(`/integrations/syncro/${syncro.externalId}/billing_mapping_configuration_options`)
    ).options;
    const alertOptions = (
      await jcRaw(`${`/providers/${providerId}`}/integrations/syncro/alerts/configuration/options`)
    ).records;
    const data = ok(
      await gw.query(
        `query ($id: ID!) { node(id: $id) { ... on Integration {
          billingMappingOptions { name values { value label lines { value label } } }
          alertConfigurationOptions { options { name values { label value } } resources { id } } } } }`,
        { id: syncro.id },
      ),
    );
    expect(data.node.billingMappingOptions).toStrictEqual(
      options.map((o: any) => ({
        name: o.name,
        values: o.values.map((v: any) => ({ value: v.value, label: v.label, lines: v.lines ?? [] })),
      })),
    );
    expect(data.node.alertConfigurationOptions.options).toStrictEqual(
      alertOptions.map((o: any) => ({
        name: o.name,
        values: o.values.map((v: any) => ({ label: v.label, value: v.value })),
      })),
    );
  });
});

describe('Snow: per-user lists and KPIs with their parameters', () => {
  it("a user's applications by name part, sorted, and KPI dates as asked", async () => {
    const users: any[] = (await snowRaw('/users?page_size=50')).items;
    const user = users.find((u) => u.licenseCount > 1) ?? users[0];
    const apps: any[] = (await snowRaw(`/users/${user.id}/applications?page_size=1000`)).items;
    const part = apps[0].name.slice(0, 2);
    const expected = apps
      .filter((a) => a.name.toLowerCase().includes(part.toLowerCase()))
      .sort((a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : a.id < b.id ? -1 : 1))
      .map((a) => a.id);
    const id = Buffer.from(`Account:SNOW:${user.id}`).toString('base64url');
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($id: ID!, $part: String) { node(id: $id) { ... on SnowAccount {
          applications(filter: { nameContains: $part }, sort: { field: NAME, direction: DESC }) { externalId } } }
          userKpis(from: "2026-01-01T00:00:00.000Z", to: "2026-02-01T00:00:00.000Z") { totalUsers } }`,
        { id, part },
      ),
    );
    expect(data.node.applications.map((a: any) => a.externalId)).toStrictEqual(expected);
    const [apps1] = served(sims.snow, 'getUserApplications');
    expect(apps1.get('filter')).toBe(`name -contains ${JSON.stringify(part)}`);
    expect(apps1.get('sort')).toBe('name:desc,id:asc');
    const [kpi] = served(sims.snow, 'getUserKpis');
    expect(kpi.get('fromDate')).toBe('2026-01-01T00:00:00.000Z');
    expect(kpi.get('toDate')).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('the other pushed-down parameters, each seen in the request log', () => {
  it('users(filter: { email }) on a cold gateway asks by email too', async () => {
    const person = (await bcRaw('/users?per_page=1')).data[0];
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        'query ($e: String) { users(filter: { email: $e }) { totalCount edges { node { email } } } }',
        {
          e: person.email,
        },
      ),
    );
    expect(data.users.edges.map((e: any) => e.node.email)).toStrictEqual([person.email.trim().toLowerCase()]);
    expect(served(sims.bettercloud, 'listUsers').map((q) => q.get('email'))).toStrictEqual([
      person.email.trim().toLowerCase(),
    ]);
  });

  it('accounts(vendor: JUMPCLOUD) filters by email part and state at JumpCloud', async () => {
    const admins: any[] = (await jcRaw(`/providers/${providerId}/administrators?limit=100`)).results;
    const expected = admins.filter((a) => a.email.includes('a') && !a.suspended).map((a) => a.id);
    await gw.resetCounts();
    const { nodes } = await walk(
      `query ($after: String) { accounts(vendor: JUMPCLOUD, first: 100, after: $after, filter: { emailContains: "a", status: ACTIVE }) { ${PAGE} edges { node { externalId } } } }`,
      {},
      (d) => d.accounts,
    );
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
    for (const q of served(sims.jumpcloud, 'providersListAdministrators'))
      expect(q.getAll('filter')).toStrictEqual(['email:search:a', 'suspended:eq:false']);
  });

  it('invoices due in a range, and cases by subject part and opening date, at JumpCloud', async () => {
    const invoices: any[] = (await jcRaw(`/providers/${providerId}/invoices?limit=100`)).records;
    const days = invoices.map((i) => i.dueDate).sort();
    const [from, to] = [days[1], days[days.length - 2]];
    const expectedInvoices = invoices.filter((i) => i.dueDate >= from && i.dueDate < to).map((i) => i.id);
    const cases: any[] = (await jcRaw(`/providers/${providerId}/cases?limit=100`)).results;
    const dates = cases.map((c) => c.date).sort();
    const since = dates[Math.floor(dates.length / 2)];
    const expectedCases = cases.filter((c) => c.date >= since).map((c) => c.caseNumber);
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($from: DateTime, $to: DateTime, $since: DateTime) { provider {
          invoices(first: 100, filter: { dueAfter: $from, dueBefore: $to }) { edges { node { id } } }
          cases(first: 100, filter: { createdAfter: $since }) { edges { node { id } } } } }`,
        { from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z`, since },
      ),
    );
    expect(data.provider.invoices.edges.map((e: any) => e.node.id)).toStrictEqual(expectedInvoices);
    expect(data.provider.cases.edges.map((e: any) => e.node.id)).toStrictEqual(expectedCases);
    expect(served(sims.jumpcloud, 'providersRetrieveInvoices')[0].getAll('filter')).toStrictEqual([
      `dueDate:ge:${from}`,
      `dueDate:lt:${to}`,
    ]);
    expect(served(sims.jumpcloud, 'providerListCase')[0].getAll('filter')).toStrictEqual([
      `date:ge:${since}`,
    ]);
  });

  it('organizations sorted ignoring case (sortIgnoreCase), and Syncro billing options by name', async () => {
    const orgs: any[] = (await jcRaw(`/providers/${providerId}/organizations?limit=100`)).results;
    const expected = orgs
      .slice()
      .sort((a, b) => {
        const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
      })
      .map((o) => o.id);
    const refs: any[] = (await jcRaw(`/providers/${providerId}/integrations?limit=100`)).records;
    const syncro = refs.find((r) => r.type === 'syncro').integrationId;
    const options: any[] = (
      await jcRaw(`/integrations/syncro/${syncro}/billing_mapping_configuration_options`)
    ).options;
    const part = options[0].name.slice(0, 3);
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($id: ID!, $part: String) {
          provider { organizations(first: 100, sort: { field: NAME, ignoreCase: true }) { edges { node { externalId } } } }
          node(id: $id) { ... on Integration { billingMappingOptions(nameContains: $part) { name } } } }`,
        { id: Buffer.from(`Integration:JUMPCLOUD:${syncro}`).toString('base64url'), part },
      ),
    );
    expect(data.provider.organizations.edges.map((e: any) => e.node.externalId)).toStrictEqual(expected);
    expect(served(sims.jumpcloud, 'providersListOrganizations')[0].get('sortIgnoreCase')).toBe('name,id');
    expect(data.node.billingMappingOptions.map((o: any) => o.name)).toStrictEqual(
      options.filter((o) => o.name.toLowerCase().includes(part.toLowerCase())).map((o) => o.name),
    );
    expect(
      served(sims.jumpcloud, 'syncroRetrieveBillingMappingConfigurationOptions')[0].getAll('filter'),
    ).toStrictEqual([`name:search:${part}`]);
  });

  it("a Snow user's subscriptions and discovery sources, filtered and sorted by Snow", async () => {
    const users: any[] = (await snowRaw('/users?page_size=100')).items;
    const user = users.find((u) => u.licenseCount > 2) ?? users[0];
    const seats: any[] = (await snowRaw(`/users/${user.id}/subscriptions?page_size=1000`)).items;
    const expectedSeats = seats
      .filter((s) => s.totalCostPerMonth >= 1)
      .sort((a, b) => b.totalCostPerMonth - a.totalCostPerMonth || (a.id < b.id ? -1 : 1))
      .map((s) => s.id);
    const sources: any[] = (await snowRaw(`/users/${user.id}/discovery-sources?page_size=1000`)).items;
    const type = sources[0].type;
    await gw.resetCounts();
    const data = ok(
      await gw.query(
        `query ($id: ID!, $type: Int) { node(id: $id) { ... on SnowAccount {
          subscriptions(filter: { minMonthlyCost: 1 }, sort: { field: MONTHLY_COST, direction: DESC }) { externalId }
          discoverySources(filter: { type: $type }) { id } } } }`,
        { id: Buffer.from(`Account:SNOW:${user.id}`).toString('base64url'), type },
      ),
    );
    expect(data.node.subscriptions.map((s: any) => s.externalId)).toStrictEqual(expectedSeats);
    expect(data.node.discoverySources.map((s: any) => s.id)).toStrictEqual(
      sources.filter((s) => s.type === type).map((s) => s.id),
    );
    const [subs] = served(sims.snow, 'getSaasConsolidatedViewV1UserSubscriptions');
    expect([subs.get('filter'), subs.get('sort')]).toStrictEqual([
      'totalCostPerMonth -ge 1',
      'totalCostPerMonth:desc,id:asc',
    ]);
    expect(served(sims.snow, 'getSaasConsolidatedViewV1UserDiscoverySources')[0].get('filter')).toBe(
      `type -eq ${type}`,
    );
  });
});
