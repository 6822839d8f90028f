import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlassianState } from '../../../simulators/atlassian/state.js';
import type { BetterCloudState } from '../../../simulators/bettercloud/state.js';
import { nodeIds } from '../../../resolvers/node-ids.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

let gw: TestGateway;
let bcState: BetterCloudState;
let atState: AtlassianState;

beforeAll(async () => {
  // The index must not go stale mid-file: a background refresh would add calls to the counts below.
  gw = await startTestGateway({ identityTtlMs: 3_600_000 });
  bcState = gw.fleet.running.bettercloud!.simulator.state as unknown as BetterCloudState;
  // The Atlassian simulator does not expose its state; the seeded one is deterministic, so rebuild it.
  atState = new AtlassianState(testCompany());
});
afterAll(async () => {
  await gw?.close();
});

/** Drops what the gateway read (cache and identity index) so the next request reads the vendors again. */
const invalidateIdentity = () => gw.running.gateway.forgetVendorReads();

const upstreamUrls = (res: { extensions?: Record<string, any> }, vendor: string): string[] =>
  res
    .extensions!.upstream.calls.filter((c: any) => c.vendor === vendor && !c.cached)
    .map((c: any) => decodeURIComponent(c.url));

const USERS_PAGE = /* GraphQL */ `
  query Users($after: String) {
    users(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          email
          vendors
          accounts {
            vendor
            email
            status
            vendorStatus
            externalId
            ... on BetterCloudAccount {
              firstName
              lastName
              department
            }
          }
        }
      }
    }
  }
`;

async function walkUsers() {
  const users: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res: any = await gw.query(USERS_PAGE, { after });
    expect(res.errors).toBeUndefined();
    users.push(...res.data.users.edges.map((e: any) => e.node));
    if (!res.data.users.pageInfo.hasNextPage) return users;
    after = res.data.users.pageInfo.endCursor;
  }
  throw new Error('the users walk did not end');
}

describe('BetterCloud accounts in users', () => {
  it('lists every BetterCloud user once, under the stored email spelling, with its status mapped', async () => {
    const users = new Map((await walkUsers()).map((u) => [u.email, u]));
    const people = testCompany().people.filter((p) => p.accounts.bettercloud);
    expect(people.length).toBe(bcState.users.length);
    let caseDiffers = 0;
    for (const person of people) {
      const seed = person.accounts.bettercloud!;
      const bcAccounts = users.get(person.email)?.accounts.filter((a: any) => a.vendor === 'BETTERCLOUD');
      expect(bcAccounts, person.email).toHaveLength(1);
      expect(bcAccounts[0]).toMatchObject({
        email: seed.email,
        status: seed.state.toUpperCase(),
        vendorStatus: seed.state,
        externalId: bcState.userByEmail(seed.email)!.id,
        firstName: person.firstName,
        lastName: person.lastName,
        department: person.department,
      });
      if (seed.email !== person.email) caseDiffers++;
    }
    // The seeded company has BetterCloud emails typed in another case: they still join by normalized email.
    expect(caseDiffers).toBeGreaterThan(0);
    for (const state of ['active', 'suspended', 'deprovisioned'])
      expect(people.some((p) => p.accounts.bettercloud!.state === state)).toBe(true);
  });

  it('forms a User for a person only BetterCloud knows', async () => {
    const loner = testCompany().people.find(
      (p) => Object.keys(p.accounts).length === 1 && p.accounts.bettercloud && !p.jumpcloudAdmin,
    )!;
    const res = await gw.query(
      `query($e: String!) { user(email: $e) { email displayName status vendors accounts { vendor email } } }`,
      {
        e: loner.accounts.bettercloud!.email.toUpperCase(),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.user).toStrictEqual({
      email: loner.email,
      displayName: `${loner.firstName} ${loner.lastName}`,
      status: loner.accounts.bettercloud!.state.toUpperCase(),
      vendors: ['BETTERCLOUD'],
      accounts: [{ vendor: 'BETTERCLOUD', email: loner.accounts.bettercloud!.email }],
    });
  });
});

describe('BetterCloud groups of a person', () => {
  /** A person's BetterCloud groups and roles, read from the simulator. */
  function membershipsOf(email: string) {
    const user = bcState.userByEmail(email)!;
    return bcState.groups
      .filter((g) => bcState.members(g.id).has(user.id))
      .map((g) => ({
        externalId: g.id,
        name: g.name,
        role: bcState.members(g.id).get(user.id)!.toUpperCase(),
      }));
  }

  it('answers User.groups with each BetterCloud group and the role held in it', async () => {
    const person = testCompany().people.find((p) => {
      if (!p.accounts.bettercloud) return false;
      const groups = membershipsOf(p.accounts.bettercloud.email);
      return groups.length >= 2 && groups.some((g) => g.role !== 'MEMBER');
    })!;
    const res = await gw.query(
      `query($e: String!) { user(email: $e) { groups { role group { id source vendor externalId name memberCount } } } }`,
      { e: person.email },
    );
    expect(res.errors).toBeUndefined();
    const bcGroups = res.data.user.groups
      .filter((m: any) => m.group.source === 'BETTERCLOUD')
      .map((m: any) => ({ externalId: m.group.externalId, name: m.group.name, role: m.role }));
    const expected = membershipsOf(person.accounts.bettercloud!.email);
    expect(bcGroups).toEqual(expect.arrayContaining(expected));
    expect(bcGroups).toHaveLength(expected.length);
    const one = res.data.user.groups.find((m: any) => m.group.source === 'BETTERCLOUD').group;
    expect(one.memberCount).toBe(bcState.members(one.externalId).size);
    expect(one.vendor).toBe('BETTERCLOUD');
  });

  it('reads every group member list once per request, whatever the number of people: G + ⌈G/100⌉ calls', async () => {
    const res = await gw.query(
      `{ users(first: 100) { edges { node { email groups { role group { name } } } } } }`,
      {},
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    const groups = bcState.groups.length;
    expect(res.extensions!.upstream.byVendor.BETTERCLOUD).toBe(groups + Math.ceil(groups / 100));
    const withGroups = res.data.users.edges.filter((e: any) => e.node.groups.length > 0);
    expect(withGroups.length).toBeGreaterThan(0);
  });
});

describe('workflows', () => {
  it('walks every workflow in BetterCloud order, one call per page', async () => {
    const walked: any[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await gw.query(
        `query($after: String) { workflows(first: 4, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id externalId name description status triggerType actionCount createdAt updatedAt } } } }`,
        { after },
        { trace: true },
      );
      expect(res.errors).toBeUndefined();
      expect(res.extensions.upstream.byVendor).toStrictEqual({ BETTERCLOUD: 1 });
      expect(res.data.workflows.totalCount).toBe(bcState.workflows.length);
      walked.push(...res.data.workflows.edges.map((e: any) => e.node));
      pages++;
      if (!res.data.workflows.pageInfo.hasNextPage) break;
      after = res.data.workflows.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(bcState.workflows.length / 4));
    expect(walked).toStrictEqual(
      bcState.workflows.map((w) => ({
        id: nodeIds.workflow({ externalId: w.id } as never),
        externalId: w.id,
        name: w.name,
        description: w.description,
        status: w.status,
        triggerType: w.trigger_type,
        actionCount: w.action_count,
        createdAt: w.created_at,
        updatedAt: w.updated_at,
      })),
    );
    const node = await gw.query(`query($id: ID!) { node(id: $id) { ... on Workflow { externalId name } } }`, {
      id: walked[3].id,
    });
    expect(node.data.node).toStrictEqual({ externalId: walked[3].externalId, name: walked[3].name });
  });

  it('answers workflows(first: 100) with exactly one BetterCloud call', async () => {
    const res = await gw.query(
      `{ workflows(first: 100) { totalCount edges { node { id name } } } }`,
      {},
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.workflows.edges).toHaveLength(bcState.workflows.length);
    expect(res.extensions!.upstream).toMatchObject({ total: 1, byVendor: { BETTERCLOUD: 1 } });
    expect(upstreamUrls(res, 'BETTERCLOUD')).toEqual([
      expect.stringMatching(/\/workflows\?page=1&per_page=100$/),
    ]);
  });
});

describe('events', () => {
  const FROM = '2026-10-20T00:00:00.000Z';

  /** Both vendors' events since `from`, merged newest first (BetterCloud first on a tie), as `VENDOR:id`. */
  function expectedFeed(from: string, vendor?: 'BETTERCLOUD' | 'ATLASSIAN') {
    const fromMs = Date.parse(from);
    const bc = [...bcState.events]
      .reverse()
      .filter((e) => e.occurredAtMs >= fromMs)
      .map((e) => ({ key: `BETTERCLOUD:${e.event.id}`, ms: e.occurredAtMs }));
    const mainOrg = atState.mainOrg;
    expect(mainOrg.id).toBe(gw.running.ids.atlassian.orgId);
    const at = mainOrg.events
      .filter((e) => Date.parse(e.time) >= fromMs)
      .map((e) => ({ key: `ATLASSIAN:${e.id}`, ms: Date.parse(e.time) }));
    if (vendor === 'BETTERCLOUD') return bc.map((e) => e.key);
    if (vendor === 'ATLASSIAN') return at.map((e) => e.key);
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < bc.length || j < at.length) {
      if (j >= at.length || (i < bc.length && bc[i].ms >= at[j].ms)) out.push(bc[i++].key);
      else out.push(at[j++].key);
    }
    return out;
  }

  const EVENTS_PAGE = /* GraphQL */ `
    query Events($first: Int, $after: String, $filter: AuditEventFilter) {
      events(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            vendor
            externalId
            action
            occurredAt
            actor
            targetDescription
            description
            target {
              email
            }
          }
        }
      }
    }
  `;

  async function walkEvents(first: number, filter: Record<string, unknown>) {
    const pages: any[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 200; guard++) {
      const res: any = await gw.query(EVENTS_PAGE, { first, after, filter }, { trace: true });
      expect(res.errors).toBeUndefined();
      pages.push(res);
      if (!res.data.events.pageInfo.hasNextPage) return pages;
      after = res.data.events.pageInfo.endCursor;
    }
    throw new Error('the events walk did not end');
  }

  beforeAll(async () => {
    await gw.query(`{ users(first: 1) { totalCount } }`); // warm the identity index for AuditEvent.target
  });

  it('merges BetterCloud and Atlassian newest first across many pages: no duplicate, no gap, one call per vendor per page', async () => {
    const expected = expectedFeed(FROM);
    expect(expected.some((k) => k.startsWith('BETTERCLOUD'))).toBe(true);
    expect(expected.some((k) => k.startsWith('ATLASSIAN'))).toBe(true);
    const pages = await walkEvents(30, { from: FROM });
    expect(pages.length).toBeGreaterThan(3);
    // Atlassian's own count of its events since FROM (`meta.total`), read from the simulator.
    const atlassianSim = gw.fleet.running.atlassian!;
    const rawAtlassian = await fetch(
      `${atlassianSim.url}/v1/orgs/${atState.mainOrg.id}/events?from=${encodeURIComponent(FROM)}`,
      {
        headers: { authorization: 'Bearer dev-atlassian-token' },
      },
    );
    const atlassianTotal: number = (await rawAtlassian.json()).meta.total;
    const betterCloudTotal = expectedFeed(FROM, 'BETTERCLOUD').length;
    expect(atlassianTotal).toBe(expectedFeed(FROM, 'ATLASSIAN').length);
    const nodes = pages.flatMap((p) => p.data.events.edges.map((e: any) => e.node));
    const keys = nodes.map((n: any) => `${n.vendor}:${n.externalId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toStrictEqual(expected);
    const times = nodes.map((n: any) => Date.parse(n.occurredAt));
    expect(times).toStrictEqual([...times].sort((a, b) => b - a));

    pages.forEach((page, k) => {
      const byVendor = page.extensions.upstream.byVendor;
      expect(byVendor.BETTERCLOUD ?? 0).toBeLessThanOrEqual(1);
      // The first page also looks up the main Atlassian org; later pages carry it in the cursor.
      expect(byVendor.ATLASSIAN ?? 0).toBeLessThanOrEqual(k === 0 ? 2 : 1);
      expect(page.data.events.totalCount).toBe(betterCloudTotal + atlassianTotal);
      // The merged feed pages forward only (no `before`): no page is reported behind.
      expect(page.data.events.pageInfo.hasPreviousPage).toBe(false);
      // `from` reached both vendors.
      for (const url of upstreamUrls(page, 'BETTERCLOUD')) expect(url).toContain(`from=${FROM}`);
      for (const url of upstreamUrls(page, 'ATLASSIAN').filter((u) => u.includes('/events')))
        expect(url).toContain(`from=${FROM}`);
    });
  });

  it('maps event fields and resolves the target person from the identity index', async () => {
    const res = await gw.query(EVENTS_PAGE, {
      first: 100,
      filter: { vendor: 'BETTERCLOUD', from: '2018-01-01T00:00:00.000Z' },
    });
    expect(res.errors).toBeUndefined();
    const newest = [...bcState.events].reverse();
    const nodes = res.data.events.edges.map((e: any) => e.node);
    nodes.forEach((node: any, k: number) => {
      const raw = newest[k].event;
      expect(node).toMatchObject({
        id: nodeIds.auditEvent({
          vendor: 'BETTERCLOUD',
          externalId: raw.id,
          occurredAt: raw.occurred_at,
        } as never),
        vendor: 'BETTERCLOUD',
        externalId: raw.id,
        action: raw.type,
        occurredAt: raw.occurred_at,
        actor: raw.actor_email,
        targetDescription: raw.target_email,
        description: raw.description,
      });
      const person =
        raw.target_email && testCompany().people.find((p) => p.email === raw.target_email!.toLowerCase());
      expect(node.target).toStrictEqual(person ? { email: person.email } : null);
    });
    expect(nodes.some((n: any) => n.target !== null)).toBe(true);
    // A group address is not a person.
    const groupEvent = await gw.query(EVENTS_PAGE, {
      first: 100,
      filter: { vendor: 'BETTERCLOUD', to: '2019-01-01T00:00:00.000Z' },
    });
    const aboutGroup = groupEvent.data.events.edges
      .map((e: any) => e.node)
      .find((n: any) => n.action === 'group.created');
    expect(aboutGroup.targetDescription).toMatch(/@/);
    expect(aboutGroup.target).toBeNull();
  });

  it('restricts to one vendor with filter.vendor, BetterCloud with its true total', async () => {
    const bcPages = await walkEvents(50, { vendor: 'BETTERCLOUD', from: FROM });
    const bcKeys = bcPages.flatMap((p) =>
      p.data.events.edges.map((e: any) => `${e.node.vendor}:${e.node.externalId}`),
    );
    expect(bcKeys).toStrictEqual(expectedFeed(FROM, 'BETTERCLOUD'));
    expect(bcPages[0].data.events.totalCount).toBe(bcKeys.length);
    for (const page of bcPages) expect(page.extensions.upstream.byVendor).toStrictEqual({ BETTERCLOUD: 1 });

    const atPages = await walkEvents(50, { vendor: 'ATLASSIAN', from: FROM });
    const atKeys = atPages.flatMap((p) =>
      p.data.events.edges.map((e: any) => `${e.node.vendor}:${e.node.externalId}`),
    );
    expect(atKeys).toStrictEqual(expectedFeed(FROM, 'ATLASSIAN'));
    for (const page of atPages) expect(page.data.events.totalCount).toBe(atKeys.length);
    for (const page of atPages) expect(page.extensions.upstream.byVendor.BETTERCLOUD).toBeUndefined();

    const none = await gw.query(EVENTS_PAGE, { first: 10, filter: { vendor: 'SNOW' } }, { trace: true });
    expect(none.data.events).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    expect(none.extensions!.upstream.total).toBe(0);
  });

  it('rejects a forged cursor, a cursor from another filter and from after to with BAD_USER_INPUT', async () => {
    const page = await gw.query(EVENTS_PAGE, { first: 5, filter: { from: FROM } });
    const cases = [
      { first: 5, after: 'not-a-cursor', filter: { from: FROM } },
      { first: 5, after: page.data.events.pageInfo.endCursor, filter: {} },
      { first: 5, filter: { from: '2026-10-20T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' } },
      { first: 101 },
    ];
    for (const variables of cases) {
      const res = await gw.query(EVENTS_PAGE, variables);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it("answers User.events with the person's BetterCloud events, filtered by user at BetterCloud", async () => {
    const email = 'jsmith@example.com';
    const bcUser = bcState.userByEmail(email)!;
    const expected = [...bcState.events]
      .reverse()
      .filter((e) => e.userId === bcUser.id)
      .map((e) => e.event.id);
    expect(expected.length).toBeGreaterThan(0);
    const res = await gw.query(
      `query($e: String!) { user(email: $e) { events(first: 100) { totalCount edges { node { vendor externalId target { email } } } } } }`,
      { e: email },
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    const events = res.data.user.events;
    expect(events.totalCount).toBe(expected.length);
    expect(events.edges.map((e: any) => e.node.externalId)).toStrictEqual(expected.slice(0, 100));
    expect(events.edges.every((e: any) => e.node.target?.email === email)).toBe(true);
    const urls = upstreamUrls(res, 'BETTERCLOUD');
    // The identity index already knows the BetterCloud user ID: one events call, no user lookup.
    expect(urls.some((u) => u.includes(`/users?`))).toBe(false);
    expect(urls.filter((u) => u.includes(`/events?`) && u.includes(`user_id=${bcUser.id}`))).toHaveLength(1);
  });
});

describe('BetterCloud down', () => {
  it("still answers users with the other vendors' people, and an error naming BetterCloud", async () => {
    const healthy = await walkUsers();
    const elsewhere = healthy.filter((u) => u.vendors.some((v: string) => v !== 'BETTERCLOUD'));
    expect(elsewhere.length).toBeLessThan(healthy.length);

    const bc = gw.fleet.running.bettercloud!;
    bc.faults.set({ errorRate: 1, errorStatus: 503 });
    await invalidateIdentity();
    try {
      const res = await gw.query(`{ users(first: 100) { totalCount edges { node { email vendors } } } }`);
      expect(res.data.users.totalCount).toBe(elsewhere.length);
      expect(res.data.users.edges).toHaveLength(100);
      for (const edge of res.data.users.edges) expect(edge.node.vendors).not.toContain('BETTERCLOUD');
      expect(res.errors?.map((e) => e.extensions)).toContainEqual(
        expect.objectContaining({ code: 'VENDOR_UNAVAILABLE', vendor: 'BETTERCLOUD', retryable: true }),
      );

      // The merged event feed keeps Atlassian's events and reports BetterCloud beside them.
      const events = await gw.query(`{ events(first: 20) { edges { node { vendor } } } }`);
      expect(events.data.events.edges.length).toBeGreaterThan(0);
      expect(events.data.events.edges.every((e: any) => e.node.vendor === 'ATLASSIAN')).toBe(true);
      expect(events.errors?.map((e) => e.extensions)).toContainEqual(
        expect.objectContaining({ code: 'VENDOR_UNAVAILABLE', vendor: 'BETTERCLOUD', retryable: true }),
      );
      expect(events.errors?.[0].path).toEqual(['events']);
    } finally {
      bc.faults.set({});
      await invalidateIdentity();
    }
  });
});
