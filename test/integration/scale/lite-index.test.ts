/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../datasources/identity/index-store.js';
import { referenceQueries } from '../../../bench/reference-queries.js';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { databaseUrl, replicaEnv, startReplica, uniqueName } from '../../support/replicas.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Over PostgreSQL a replica keeps outlines of the index (what pages, sorts and filters `users`) and
 * reads people's accounts from the store. It must answer exactly as a replica holding every
 * document (the memory store) over the same simulators: pages in every order and direction,
 * filters, one person, the scans of governance, and the reference queries; and after a write.
 */

const company = testCompany();
let fleet: SimulatorFleet;
let full: Awaited<ReturnType<typeof startReplica>>;
let lite: Awaited<ReturnType<typeof startReplica>>;

beforeAll(async () => {
  fleet = await startSimulators({ company, ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 } });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const common = {
    ADMINGRAPH_IDENTITY_TTL_MS: '0',
    ADMINGRAPH_CACHE_TTL_MS: '0', // each replica reads the vendors itself: no answer is one's cached copy
    ADMINGRAPH_RESPONSE_CACHE: 'off',
    REDIS_URL: '',
    ADMINGRAPH_AUDIT_FILE: `/tmp/${uniqueName('audit')}.ndjson`,
  };
  full = await startReplica(await replicaEnv(fleet, { ...common, DATABASE_URL: '' }));
  lite = await startReplica(
    await replicaEnv(fleet, {
      ...common,
      DATABASE_URL: databaseUrl,
      ADMINGRAPH_IDENTITY_TABLE_PREFIX: uniqueName('idx_lite'),
      ADMINGRAPH_AUDIT_TABLE: uniqueName('audit'),
    }),
  );
}, 60_000);
afterAll(async () => {
  await Promise.all([full?.stop(), lite?.stop()]);
  await fleet?.close();
});

const PAGE = `query($first: Int, $last: Int, $after: String, $before: String, $filter: UserFilter, $sort: UserSort) {
  users(first: $first, last: $last, after: $after, before: $before, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { email displayName department status accounts { vendor status externalId lastActiveAt } } } } }`;
const USER = `query($email: String!) { user(email: $email) {
  id email displayName department title location status vendors lastActiveAt
  accounts { vendor status externalId lastActiveAt ... on BetterCloudAccount { department } }
  groups { role group { name } } } }`;
const GOVERNANCE = `{
  offboardingGaps(first: 100) { totalCount edges { node { user { email } closedIn { vendor } remainingAccess { vendor } } } }
  privilegedAccess(first: 100) { totalCount edges { node { user { email } } } }
  orphanedAccounts(first: 100) { totalCount edges { node { account { vendor externalId } user { email } reasons } } } }`;

async function both(query: string, variables?: Record<string, unknown>) {
  const [a, b] = await Promise.all([full.query(query, variables), lite.query(query, variables)]);
  expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
  expect(b.errors, JSON.stringify(b.errors)).toBeUndefined();
  return [a.data, b.data];
}

describe('a replica keeping outlines of the index (PostgreSQL)', () => {
  const departments = [...new Set(company.people.map((p) => p.department).filter(Boolean))];

  it('pages, sorts and filters users exactly as one holding every document', async () => {
    const cases: Record<string, unknown>[] = [
      { first: 100 },
      { first: 37, sort: { field: 'DISPLAY_NAME', direction: 'DESC' } },
      { first: 50, sort: { field: 'LAST_ACTIVE', direction: 'ASC' }, filter: { status: 'ACTIVE' } },
      { first: 25, sort: { field: 'DEPARTMENT', direction: 'ASC' }, filter: { department: departments[0] } },
      { first: 100, filter: { missingFrom: ['SNOW'], vendors: ['BETTERCLOUD'] } },
      { first: 100, filter: { accountStatus: 'SUSPENDED' } },
      { last: 30, filter: { emailContains: 'a' } },
    ];
    for (const variables of cases) {
      const [a, b] = await both(PAGE, variables);
      expect(b).toEqual(a);
      expect(a.users.edges.length).toBeGreaterThan(0);
      // The next page from the cursor too.
      if (a.users.pageInfo.hasNextPage) {
        const next = { ...variables, after: a.users.pageInfo.endCursor };
        const [c, d] = await both(PAGE, next);
        expect(d).toEqual(c);
      }
    }
  }, 60_000);

  it('answers one person, the governance scans and the reference queries as one holding every document', async () => {
    for (const person of company.people.slice(0, 15)) {
      const [a, b] = await both(USER, { email: person.email.toUpperCase() });
      expect(b).toEqual(a);
    }
    const [a, b] = await both(USER, { email: 'nobody-at-all@example.com' });
    expect(b).toEqual(a);
    expect(a.user).toBeNull();
    const [g, h] = await both(GOVERNANCE);
    expect(h).toEqual(g);
    for (const reference of referenceQueries) {
      const [c, d] = await both(reference.query, reference.variables);
      expect(d, reference.name).toEqual(c);
    }
  }, 60_000);

  it('holds outlines only: each account is its index entry and the fields that page and filter, nothing more', async () => {
    const index = lite.running.gateway.identityIndex;
    const tenant = [...(index as any).locals.keys()][0] as string;
    const users = index.peek(tenant)!.users;
    expect(users.length).toBeGreaterThan(0);
    const fields = new Set(users.flatMap((u) => u.accounts.flatMap((account) => Object.keys(account))));
    // The entry's own bookkeeping (the account is the entry: one object, not two), then the outline.
    const entry = ['at', 'digest', 'doc', 'email', 'id', 'source'];
    const outline = ['department', 'displayName', 'lastActiveAt', 'status', 'vendor'];
    expect([...fields].sort()).toEqual([...entry, ...outline].sort());
    for (const account of users.flatMap((u) => u.accounts)) expect((account as any).doc).toBe(account);
  });

  it("reads a person from the store once per request, whichever way the request's resolvers ask", async () => {
    const store = lite.running.gateway.identityIndex.store;
    const original = store.entriesOfEmails!.bind(store);
    const asked: string[][] = [];
    store.entriesOfEmails = (tenant, emails) => {
      asked.push([...emails]);
      return original(tenant, emails);
    };
    const person = company.people.find(
      (p) => p.accounts.bettercloud?.state === 'active' && p.accounts.atlassian && p.accounts.snow,
    )!;
    try {
      // The mutation finds its target through the people of the index; the payload's user and its
      // SCIM identity are resolved through the built index's view: one view, one batched read.
      const res = await lite.query(
        `mutation($input: SuspendUserInput!) { suspendUser(input: $input) {
          userErrors { code } plannedCalls { method } user { email accounts { vendor ... on AtlassianAccount { scim { userName } } } } } }`,
        { input: { email: person.email, dryRun: true } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.suspendUser.user.email).toBe(person.email.toLowerCase());
      expect(res.data.suspendUser.plannedCalls.length).toBeGreaterThan(0);
      const atlassian = res.data.suspendUser.user.accounts.find((a: any) => a.vendor === 'ATLASSIAN');
      expect(atlassian.scim?.userName).toBeDefined();
    } finally {
      store.entriesOfEmails = original;
    }
    expect(asked).toEqual([[person.email.toLowerCase()]]);
  });

  it('reads the whole index from the store once for scans in a row, and again after a write', async () => {
    const store = lite.running.gateway.identityIndex.store;
    const original = store.changesSince.bind(store);
    let wholeReads = 0;
    store.changesSince = (tenant, since, options) => {
      if (since === 0) wholeReads++;
      return original(tenant, since, options);
    };
    const [first, second] = company.people
      .filter((p) => p.accounts.bettercloud?.state === 'active' && p.accounts.snow && !p.jumpcloudAdmin)
      .slice(1, 3);
    const suspend = async (email: string) => {
      const res = await lite.query(
        `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { userErrors { code } } }`,
        { input: { email } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.suspendUser.userErrors).toEqual([]);
    };
    try {
      // A write first: whatever an earlier test's scans left held is now stale.
      await suspend(first.email);
      await lite.query(GOVERNANCE);
      await lite.query(GOVERNANCE);
      expect(wholeReads).toBe(1);
      await suspend(second.email);
      const after = await lite.query(GOVERNANCE);
      expect(wholeReads).toBe(2);
      // The scan after the write sees it: the person now closed somewhere is among the gaps or not, as the full copy says.
      await full.running.gateway.forgetVendorReads();
      expect(after.data).toEqual((await full.query(GOVERNANCE)).data);
    } finally {
      store.changesSince = original;
    }
  }, 60_000);

  it('reads only the people closed somewhere for offboardingGaps, never the whole index', async () => {
    const store = lite.running.gateway.identityIndex.store;
    const originalChanges = store.changesSince.bind(store);
    const originalEntries = store.entriesOfEmails!.bind(store);
    let wholeReads = 0;
    const asked = new Set<string>();
    store.changesSince = (tenant, since, options) => {
      if (since === 0) wholeReads++;
      return originalChanges(tenant, since, options);
    };
    store.entriesOfEmails = (tenant, emails) => {
      emails.forEach((email) => asked.add(email));
      return originalEntries(tenant, emails);
    };
    const query = `{ offboardingGaps(first: 100) { totalCount edges { node { user { email } closedIn { vendor } remainingAccess { vendor kind } } } } }`;
    try {
      const [whole, outlines] = await both(query);
      expect(outlines).toEqual(whole);
      expect(wholeReads).toBe(0);
      // Exactly the people with an account that is not active, as the full copy holds them.
      const closedSomewhere: string[] = [];
      for (let after: string | null = null; ;) {
        const page: any = await full.query(
          `query($after: String) { users(first: 100, after: $after) { edges { node { email accounts { status } } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        for (const { node } of page.data.users.edges)
          if (node.accounts.some((a: { status: string }) => a.status !== 'ACTIVE'))
            closedSomewhere.push(node.email);
        if (!page.data.users.pageInfo.hasNextPage) break;
        after = page.data.users.pageInfo.endCursor;
      }
      expect(closedSomewhere.length).toBeGreaterThan(0);
      expect(closedSomewhere.length).toBeLessThan(company.people.length / 2);
      expect([...asked].sort()).toEqual(closedSomewhere.sort());
    } finally {
      store.changesSince = originalChanges;
      store.entriesOfEmails = originalEntries;
    }
  }, 60_000);

  it('finds and pages orphanedAccounts on the outlines, reading only the page’s people whole', async () => {
    const store = lite.running.gateway.identityIndex.store;
    const originalChanges = store.changesSince.bind(store);
    const originalEntries = store.entriesOfEmails!.bind(store);
    let wholeReads = 0;
    const asked = new Set<string>();
    store.changesSince = (tenant, since, options) => {
      if (since === 0) wholeReads++;
      return originalChanges(tenant, since, options);
    };
    store.entriesOfEmails = (tenant, emails) => {
      emails.forEach((email) => asked.add(email));
      return originalEntries(tenant, emails);
    };
    const page = `query($after: String, $filter: OrphanedAccountFilter) { orphanedAccounts(first: 50, after: $after, filter: $filter) {
      totalCount edges { cursor node { account { vendor externalId status lastActiveAt } user { email displayName accounts { vendor status } }
        reasons domain inactiveDays monthlyCost { amount currency } } }
      pageInfo { hasNextPage endCursor } } }`;
    try {
      // Every reason (most people hold one: long-inactive accounts abound) and one reason alone.
      for (const filter of [{}, { reasons: ['NOT_IN_DIRECTORY_OF_RECORD'] }, { vendor: 'SNOW' }]) {
        let after: string | null = null;
        for (let pageNumber = 0; pageNumber < 2; pageNumber++) {
          asked.clear();
          const [whole, outlines] = await both(page, { after, filter });
          expect(outlines).toEqual(whole);
          const shown = new Set(whole.orphanedAccounts.edges.map((e: any) => e.node.user.email));
          expect(shown.size).toBeGreaterThan(0);
          // The page's people, and no one else (a person already read in this request is not asked again).
          expect([...asked].every((email) => shown.has(email))).toBe(true);
          if (!whole.orphanedAccounts.pageInfo.hasNextPage) break;
          after = whole.orphanedAccounts.pageInfo.endCursor;
        }
      }
      expect(wholeReads).toBe(0);
    } finally {
      store.changesSince = originalChanges;
      store.entriesOfEmails = originalEntries;
    }
  }, 60_000);

  it('shows a write at once, and pages agree after it', async () => {
    const person = company.people.find(
      (p) => p.accounts.bettercloud?.state === 'active' && p.accounts.snow && !p.jumpcloudAdmin,
    )!;
    const res = await lite.query(
      `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { status accounts { vendor status } } userErrors { code } } }`,
      { input: { email: person.email } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.suspendUser.userErrors).toEqual([]);
    // The full replica's copy learns of the write by its own walk: make it walk again.
    await full.running.gateway.forgetVendorReads();
    const [a, b] = await both(USER, { email: person.email });
    expect(b).toEqual(a);
    expect(b.user.accounts.find((x: any) => x.vendor === 'BETTERCLOUD').status).toBe('SUSPENDED');
    const [c, d] = await both(PAGE, { first: 100, filter: { accountStatus: 'SUSPENDED' } });
    expect(d).toEqual(c);
    const [e, f] = await both(PAGE, { filter: { accountStatus: 'SUSPENDED', email: person.email } });
    expect(f).toEqual(e);
    expect(f.users.edges.map((edge: any) => edge.node.email)).toEqual([person.email]);
  }, 60_000);
});

describe('a new walk over a lite copy', () => {
  it('writes only the accounts whose documents changed (compared by digest)', async () => {
    const index = lite.running.gateway.identityIndex;
    const tenant = [...(index as any).locals.keys()][0] as string;
    const walked = (await index.store.changesSince(tenant, 0)).entries.filter((e) => e.source === 'SNOW');
    expect(walked.length).toBeGreaterThan(0);
    const status = { ...index.local(tenant).status('SNOW')! };
    const same = walked.map(({ deleted: _d, digest: _g, ...entry }) => entry);
    expect(await index.replaceSource(tenant, 'SNOW', same, status, index.local(tenant).revision)).toEqual({
      upserts: 0,
      removals: 0,
    });
    const changed: IndexEntry[] = same.map((entry, i) =>
      i === 0 ? ({ ...entry, doc: { ...entry.doc, displayName: 'Renamed Person' } } as IndexEntry) : entry,
    );
    expect(
      await index.replaceSource(tenant, 'SNOW', changed.slice(0, -1), status, index.local(tenant).revision),
    ).toEqual({ upserts: 1, removals: 1 });
  });
});
