import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../simulators/company/company.js';
import type { SnowSeatRecord } from '../../../simulators/snow/records.js';
import type { SnowState } from '../../../simulators/snow/state.js';
import { userKpis as simulatorKpis } from '../../../simulators/snow/user-kpis.js';
import { userPotentialSavings } from '../../../simulators/snow/user-metrics.js';
import { expectedSeatWalkCalls } from '../../support/seat-walk-expectations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const DAY = 86_400_000;

let gw: TestGateway;
let snow: SnowState;

beforeAll(async () => {
  // The index must not go stale mid-file: a background refresh would add calls to the counts below.
  gw = await startTestGateway({ identityTtlMs: 3_600_000 });
  snow = gw.fleet.running.snow!.simulator.state as unknown as SnowState;
  // Warm the identity index once, so the counts below are the Snow calls of each query alone.
  const warm = await gw.query(`{ users(first: 1) { totalCount } }`);
  expect(warm.errors).toBeUndefined();
});
afterAll(async () => {
  await gw?.close();
});
afterEach(() => {
  gw.fleet.running.snow!.faults.set({});
});

const norm = (email: string) => email.trim().toLowerCase();
const cents = (amount: number) => Math.round(amount * 100);
const peopleByEmail = () => new Map(testCompany().people.map((p) => [p.email, p]));

/** Every seat the Snow simulator holds: the ground truth for licenseWaste and spend. */
function simulatorSeats(): SnowSeatRecord[] {
  return snow.data.subscriptions.flatMap((s) => s.seats);
}

/**
 * How the holder stands across vendors, from the seeded company: BetterCloud and Atlassian keep
 * suspended and deprovisioned apart; Snow shows both as a disabled user (SUSPENDED); JumpCloud
 * administrators are never suspended in the seed.
 */
function holderReasons(person: Person | undefined): string[] {
  const a = person?.accounts ?? {};
  const reasons: string[] = [];
  if (
    a.bettercloud?.state === 'suspended' ||
    a.atlassian?.state === 'suspended' ||
    (a.snow && a.snow.state !== 'active')
  )
    reasons.push('HOLDER_SUSPENDED');
  if (a.bettercloud?.state === 'deprovisioned' || a.atlassian?.state === 'deprovisioned')
    reasons.push('HOLDER_DEPROVISIONED');
  return reasons;
}

interface ExpectedWaste {
  subscriptionId: string;
  userId: string;
  email: string;
  cost: number;
  reasons: string[];
}

/** License waste computed directly from the simulators' data, as of `now`. */
function expectedWaste(inactiveDays: number, now: number): ExpectedWaste[] {
  const people = peopleByEmail();
  const waste: ExpectedWaste[] = [];
  for (const seat of simulatorSeats()) {
    const cost = seat.subscription.monthlyCostPerUser;
    if (cost <= 0) continue;
    const reasons = holderReasons(people.get(norm(seat.user.email)));
    if (seat.lastActivityAt === null || now - seat.lastActivityAt > inactiveDays * DAY)
      reasons.push('INACTIVE');
    if (reasons.length === 0) continue;
    waste.push({
      subscriptionId: seat.subscription.id,
      userId: seat.user.id,
      email: norm(seat.user.email),
      cost,
      reasons,
    });
  }
  return waste.sort(
    (a, b) =>
      cents(b.cost) - cents(a.cost) ||
      (a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0) ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
}

const totalCents = (items: { cost: number }[]) => items.reduce((sum, w) => sum + cents(w.cost), 0);

const LICENSE_WASTE = /* GraphQL */ `
  query Waste($inactiveDays: Int, $first: Int, $after: String) {
    licenseWaste(inactiveDays: $inactiveDays, first: $first, after: $after) {
      totalCount
      totalMonthlyCost {
        amount
        currency
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reasons
          monthlyCost {
            amount
            currency
          }
          user {
            email
            vendors
          }
          subscription {
            id
            externalId
            name
            monthlyCost {
              amount
            }
            lastActiveAt
            inactiveDays
            user {
              email
            }
            discoverySources
          }
        }
      }
    }
  }
`;

describe('licenseWaste', () => {
  it('matches the waste computed from the simulators: totals, order, reasons and holders', async () => {
    const res = await gw.query(LICENSE_WASTE, { first: 100 });
    expect(res.errors).toBeUndefined();
    const page = res.data.licenseWaste;
    // The gateway's clock is pinned to the simulators' instant: waste is counted as of that moment.
    const expected = expectedWaste(60, snow.now);
    expect(expected.length).toBeGreaterThan(100);
    expect(page.totalCount).toBe(expected.length);
    expect(page.totalMonthlyCost).toEqual({ amount: totalCents(expected) / 100, currency: 'USD' });
    expect(
      page.edges.map((e: any) => ({
        subscriptionId: e.node.subscription.externalId,
        email: e.node.user.email,
        cost: e.node.monthlyCost.amount,
        reasons: e.node.reasons,
      })),
    ).toEqual(
      expected
        .slice(0, 100)
        .map(({ subscriptionId, email, cost, reasons }) => ({ subscriptionId, email, cost, reasons })),
    );
    // Every reason kind shows up in the seeded company.
    expect(new Set(expected.flatMap((w) => w.reasons))).toEqual(
      new Set(['HOLDER_SUSPENDED', 'HOLDER_DEPROVISIONED', 'INACTIVE']),
    );

    // The next page continues exactly where the first stopped.
    const next = await gw.query(LICENSE_WASTE, { first: 100, after: page.pageInfo.endCursor });
    expect(next.data.licenseWaste.edges.map((e: any) => e.node.subscription.externalId)).toEqual(
      expected.slice(100, 200).map((w) => w.subscriptionId),
    );
  });

  it('follows the inactiveDays threshold: 0 makes every paid seat waste', async () => {
    const res = await gw.query(LICENSE_WASTE, { inactiveDays: 20, first: 1 });
    expect(res.data.licenseWaste.totalCount).toBe(expectedWaste(20, snow.now).length);
    expect(res.data.licenseWaste.totalCount).toBeGreaterThan(expectedWaste(60, snow.now).length);

    const all = await gw.query(LICENSE_WASTE, { inactiveDays: 0, first: 1 });
    const paid = simulatorSeats().filter((s) => s.subscription.monthlyCostPerUser > 0);
    expect(all.data.licenseWaste.totalCount).toBe(paid.length);
    expect(all.data.licenseWaste.totalMonthlyCost.amount).toBe(
      totalCents(paid.map((s) => ({ cost: s.subscription.monthlyCostPerUser }))) / 100,
    );
  });

  it('describes each wasted seat: cost, inactivity, holder and where Snow found it', async () => {
    const res = await gw.query(LICENSE_WASTE, { first: 50 });
    const seatsByKey = new Map(
      simulatorSeats().map((s) => [`${s.subscription.id}:${norm(s.user.email)}`, s]),
    );
    for (const { node } of res.data.licenseWaste.edges) {
      const seat = seatsByKey.get(`${node.subscription.externalId}:${node.user.email}`)!;
      expect(node.subscription.user.email).toBe(node.user.email);
      expect(node.subscription.monthlyCost.amount).toBe(seat.subscription.monthlyCostPerUser);
      expect(node.subscription.name).toBe(seat.subscription.name);
      expect(node.subscription.lastActiveAt).toBe(
        seat.lastActivityAt === null ? null : new Date(seat.lastActivityAt).toISOString(),
      );
      const days = seat.lastActivityAt === null ? null : Math.floor((snow.now - seat.lastActivityAt) / DAY);
      expect(node.subscription.inactiveDays).toBe(days);
      expect(node.subscription.discoverySources).toEqual([seat.source.displayName]);
      expect(node.user.vendors).toContain('SNOW');
    }
  });

  it('costs exactly the seat walk in Snow calls (benchmark reference "license waste over the whole company")', async () => {
    // The walk is kept across requests: start from none kept, with the identity index warm again.
    await gw.reseed();
    expect((await gw.query(`{ users(first: 1) { totalCount } }`)).errors).toBeUndefined();
    await gw.resetCounts();
    const res = await gw.query(
      `{ licenseWaste(first: 20) { totalCount edges { node { reasons monthlyCost { amount } } } } }`,
      {},
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    // Counted from the simulator's records: who the walk must ask, and every seat page.
    const expected = expectedSeatWalkCalls(snow);
    expect(expected.usersAsked).toBeLessThan(snow.data.users.length / 10);
    const served = (await gw.served()).snow;
    expect(served).toEqual({
      getSaasConsolidatedViewV1UsersList: expected.userPages,
      getSaasConsolidatedViewV1UserSubscriptions: expected.usersAsked,
      getSaasConsolidatedViewV1SubscriptionUsersConsumption: expected.consumptionPages,
    });
    // With the identity index warm, nothing else is called (instead of one read per Snow user).
    expect(res.extensions?.upstream.byVendor).toEqual({ SNOW: expected.total });
    expect(res.extensions?.upstream.total).toBe(expected.total);
  });

  it('walks the seats once: every later page, window and spend grouping costs no vendor call', async () => {
    // What the seat walk and the identity index carry (discovery source names need a read per holder).
    const LIST = `query($inactiveDays: Int, $first: Int, $after: String) {
      licenseWaste(inactiveDays: $inactiveDays, first: $first, after: $after) {
        totalCount totalMonthlyCost { amount } pageInfo { hasNextPage endCursor }
        edges { node { reasons monthlyCost { amount } user { email status }
          subscription { externalId name lastActiveAt inactiveDays } } }
      }
    }`;
    const first = await gw.query(LIST, { first: 100 });
    expect(first.errors).toBeUndefined();
    await gw.resetCounts();
    const expected = expectedWaste(60, snow.now);
    const seen: string[] = first.data.licenseWaste.edges.map((e: any) => e.node.subscription.externalId);
    let after = first.data.licenseWaste.pageInfo.endCursor;
    for (let page = 0; page < 3; page++) {
      const next = await gw.query(LIST, { first: 100, after });
      expect(next.errors).toBeUndefined();
      seen.push(...next.data.licenseWaste.edges.map((e: any) => e.node.subscription.externalId));
      after = next.data.licenseWaste.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.slice(0, 400).map((w) => w.subscriptionId));
    const other = await gw.query(LIST, { inactiveDays: 30, first: 5 });
    expect(other.data.licenseWaste.totalCount).toBe(expectedWaste(30, snow.now).length);
    const spend = await gw.query(`{ spend(groupBy: APPLICATION) { total { amount } } }`);
    expect(spend.errors).toBeUndefined();
    // Counted on the simulators themselves: no vendor served anything for these requests.
    const served = await gw.served();
    expect(Object.values(served).filter((byOperation) => Object.keys(byOperation).length > 0)).toEqual([]);
  });

  it('pages back with last/before over the same keyset', async () => {
    const expected = expectedWaste(60, snow.now).map((w) => w.subscriptionId);
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      licenseWaste(first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
        edges { node { subscription { externalId } } }
      }
    }`;
    const first = await gw.query(PAGE, { first: 10 });
    const second = await gw.query(PAGE, { first: 10, after: first.data.licenseWaste.pageInfo.endCursor });
    expect(second.data.licenseWaste.pageInfo.hasPreviousPage).toBe(true);
    const back = await gw.query(PAGE, { last: 10, before: second.data.licenseWaste.pageInfo.startCursor });
    expect(back.errors).toBeUndefined();
    expect(back.data.licenseWaste.edges.map((e: any) => e.node.subscription.externalId)).toEqual(
      expected.slice(0, 10),
    );
    expect(back.data.licenseWaste.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const tail = await gw.query(PAGE, { last: 3 });
    expect(tail.data.licenseWaste.edges.map((e: any) => e.node.subscription.externalId)).toEqual(
      expected.slice(-3),
    );
    expect(tail.data.licenseWaste.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('keeps the seat walk across a write elsewhere (new holder states count) and walks again after a write to Snow', async () => {
    const before = await gw.query(LICENSE_WASTE, { first: 1 });
    const wasted = new Set(expectedWaste(60, snow.now).map((w) => w.email));
    const people = peopleByEmail();
    // Someone active in BetterCloud with paid seats, none of them waste yet.
    const target = snow.data.users.find((u) => {
      const person = people.get(norm(u.email));
      return (
        person?.accounts.bettercloud?.state === 'active' &&
        u.seats.some((s) => s.subscription.monthlyCostPerUser > 0) &&
        !wasted.has(norm(u.email))
      );
    })!;
    const paidSeats = target.seats.filter((s) => s.subscription.monthlyCostPerUser > 0).length;
    const seatReads = async () =>
      (await gw.served()).snow?.getSaasConsolidatedViewV1SubscriptionUsersConsumption ?? 0;
    try {
      await gw.resetCounts();
      const suspend = await gw.query(
        `mutation($email: String!) { suspendUser(input: { email: $email, vendors: [BETTERCLOUD] }) { userErrors { message } } }`,
        { email: norm(target.email) },
      );
      expect(suspend.data.suspendUser.userErrors).toEqual([]);
      const suspended = await gw.query(LICENSE_WASTE, { first: 1 });
      // The holder's new state counts (the identity index was refreshed), the seats were not walked again.
      expect(suspended.data.licenseWaste.totalCount).toBe(before.data.licenseWaste.totalCount + paidSeats);
      expect(await seatReads()).toBe(0);

      const flag = await gw.query(
        `mutation($email: String!) { updateUser(input: { email: $email, isInReview: ${!target.isInReview} }) { userErrors { message } } }`,
        { email: norm(target.email) },
      );
      expect(flag.data.updateUser.userErrors).toEqual([]);
      await gw.resetCounts();
      expect((await gw.query(LICENSE_WASTE, { first: 1 })).errors).toBeUndefined();
      // A write that reached Snow dropped the walk: every seat page was read again.
      expect(await seatReads()).toBe(expectedSeatWalkCalls(snow).consumptionPages);
    } finally {
      await gw.reseed();
      expect((await gw.query(`{ users(first: 1) { totalCount } }`)).errors).toBeUndefined();
    }
  });

  it('rejects a negative threshold, oversized pages and forged cursors as BAD_USER_INPUT, before calling Snow', async () => {
    await gw.resetCounts();
    const negative = await gw.query(LICENSE_WASTE, { inactiveDays: -1 });
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await gw.query(LICENSE_WASTE, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await gw.query(LICENSE_WASTE, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forgedBefore = await gw.query(
      `{ licenseWaste(last: 5, before: "bm90LWEtY3Vyc29y") { totalCount } }`,
    );
    expect(forgedBefore.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(forgedBefore.errors?.[0].message).toMatch(/`before`/);
    expect((await gw.served()).snow).toEqual({});
  });
});

describe('spend', () => {
  const SPEND = `query($groupBy: SpendGrouping!) { spend(groupBy: $groupBy) { groupBy total { amount currency } wastedSeatCost(inactiveDays: 30) { amount } buckets { key seats monthlyCost { amount } potentialSavings { amount } wastedSeatCost { amount } } } }`;

  /** Buckets computed from the simulator: cost, seats and the cost of seats that are waste at 60 days. */
  function expectedBuckets(keyOf: (seat: SnowSeatRecord, person: Person | undefined) => string, now: number) {
    const people = peopleByEmail();
    const wasted = new Set(expectedWaste(60, now).map((w) => `${w.subscriptionId}:${w.userId}`));
    const buckets = new Map<string, { cost: number; seats: number; savings: number }>();
    for (const seat of simulatorSeats()) {
      const cost = cents(seat.subscription.monthlyCostPerUser);
      if (cost <= 0) continue;
      const key = keyOf(seat, people.get(norm(seat.user.email)));
      const bucket = buckets.get(key) ?? { cost: 0, seats: 0, savings: 0 };
      bucket.cost += cost;
      bucket.seats++;
      if (wasted.has(`${seat.subscription.id}:${seat.user.id}`)) bucket.savings += cost;
      buckets.set(key, bucket);
    }
    return [...buckets.entries()]
      .sort(([ka, a], [kb, b]) => b.cost - a.cost || (ka < kb ? -1 : 1))
      .map(([key, b]) => ({
        key,
        seats: b.seats,
        monthlyCost: { amount: b.cost / 100 },
        potentialSavings: { amount: b.savings / 100 },
        // The new name of the same figure, at the same default window.
        wastedSeatCost: { amount: b.savings / 100 },
      }));
  }

  const groupings: [string, (seat: SnowSeatRecord, person: Person | undefined) => string][] = [
    ['SOFTWARE_VENDOR', (seat) => seat.subscription.application.vendor.name],
    ['APPLICATION', (seat) => seat.subscription.application.name],
    ['DEPARTMENT', (_seat, person) => person?.department ?? 'Unknown'],
  ];

  it.each(groupings)('groups by %s exactly as the simulator data adds up', async (groupBy, keyOf) => {
    const res = await gw.query(SPEND, { groupBy });
    expect(res.errors).toBeUndefined();
    const spend = res.data.spend;
    expect(spend.groupBy).toBe(groupBy);
    const total = simulatorSeats().reduce((sum, s) => sum + cents(s.subscription.monthlyCostPerUser), 0);
    expect(spend.total).toEqual({ amount: total / 100, currency: 'USD' });
    expect(spend.buckets).toEqual(expectedBuckets(keyOf, snow.now));
    expect(spend.wastedSeatCost).toEqual({ amount: totalCents(expectedWaste(30, snow.now)) / 100 });
    expect(spend.buckets.length).toBeGreaterThan(3);
  });
});

const SUBSCRIPTIONS = /* GraphQL */ `
  query Subs($first: Int, $after: String, $filter: SaasSubscriptionFilter) {
    subscriptions(first: $first, after: $after, filter: $filter) {
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
          externalId
          name
          monthlyCost {
            amount
            currency
          }
          user {
            email
          }
        }
      }
    }
  }
`;

const snowCalls = (res: { extensions?: Record<string, any> }): string[] =>
  res
    .extensions!.upstream.calls.filter((c: any) => c.vendor === 'SNOW' && !c.cached)
    .map((c: any) => decodeURIComponent(c.url.replace(/\+/g, ' ')));

describe('subscriptions', () => {
  it('pushes an email filter down to Snow: one call to find the person, one for their seats', async () => {
    const jane = snow.data.users.find((u) => norm(u.email) === 'jsmith@example.com')!;
    const res = await gw.query(
      SUBSCRIPTIONS,
      { first: 100, filter: { email: '  JSmith@Example.COM ' } },
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    const calls = snowCalls(res);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/\/users\?page_size=1000&page_number=1&filter=email -eq "jsmith@example\.com"$/);
    expect(calls[1]).toContain(`/users/${jane.id}/subscriptions?page_size=1000`);
    const page = res.data.subscriptions;
    expect(page.totalCount).toBe(jane.seats.length);
    expect(
      page.edges.map((e: any) => [
        e.node.externalId,
        e.node.name,
        e.node.monthlyCost.amount,
        e.node.user.email,
      ]),
    ).toEqual(
      jane.seats.map((s) => [
        s.subscription.id,
        s.subscription.name,
        s.subscription.monthlyCostPerUser,
        'jsmith@example.com',
      ]),
    );

    const slack = await gw.query(SUBSCRIPTIONS, {
      filter: { email: 'jsmith@example.com', applicationContains: 'SLA' },
    });
    expect(slack.data.subscriptions.edges.map((e: any) => e.node.name)).toEqual(
      jane.seats
        .filter((s) => s.subscription.application.name.toLowerCase().includes('sla'))
        .map((s) => s.subscription.name),
    );
    const nobody = await gw.query(
      SUBSCRIPTIONS,
      { filter: { email: 'nobody@example.com' } },
      { trace: true },
    );
    expect(nobody.data.subscriptions).toMatchObject({ totalCount: 0, edges: [] });
    expect(snowCalls(nobody)).toHaveLength(1);
  });

  it('walks every seat of the company once, across pages, asking Snow only for the holders on each page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (let guard = 0; guard < 200; guard++) {
      const res: any = await gw.query(SUBSCRIPTIONS, { first: 100, after }, { trace: true });
      expect(res.errors).toBeUndefined();
      const page = res.data.subscriptions;
      expect(page.totalCount).toBe(simulatorSeats().length);
      // Paged forward over the holders only: no `before`, so no page is reported behind.
      expect(page.pageInfo.hasPreviousPage).toBe(false);
      const holders = new Set(page.edges.map((e: any) => e.node.user.email));
      // One call per holder on the page (a holder split across two pages is read on both), nothing else.
      expect(snowCalls(res).every((url) => /\/users\/[0-9a-f-]+\/subscriptions\?/.test(url))).toBe(true);
      expect(snowCalls(res)).toHaveLength(holders.size);
      seen.push(...page.edges.map((e: any) => `${e.node.user.email}|${e.node.externalId}`));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = simulatorSeats().map((s) => `${norm(s.user.email)}|${s.subscription.id}`);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(pages).toBe(Math.ceil(expected.length / 100));
    // In holder (email) order.
    const emails = seen.map((k) => k.split('|')[0]);
    expect(emails).toEqual([...emails].sort());
  });

  it('filters by application across the company', async () => {
    const res = await gw.query(SUBSCRIPTIONS, { first: 100, filter: { applicationContains: 'zendesk' } });
    const expected = simulatorSeats().filter((s) =>
      s.subscription.application.name.toLowerCase().includes('zendesk'),
    );
    expect(res.data.subscriptions.totalCount).toBe(expected.length);
    expect(new Set(res.data.subscriptions.edges.map((e: any) => e.node.externalId))).toEqual(
      new Set(expected.map((s) => s.subscription.id)),
    );
  });

  it('pages a filtered list back with last/before; the company-wide list refuses them', async () => {
    const BACK = `query($last: Int, $before: String, $filter: SaasSubscriptionFilter) {
      subscriptions(last: $last, before: $before, filter: $filter) {
        pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { externalId user { email } } }
      }
    }`;
    const filter = { applicationContains: 'a' };
    const all = await gw.query(SUBSCRIPTIONS, { first: 100, filter });
    const ids = all.data.subscriptions.edges.map((e: any) => `${e.node.externalId}:${e.node.user.email}`);
    const tail = await gw.query(BACK, { last: 7, before: all.data.subscriptions.edges[50].cursor, filter });
    expect(tail.errors).toBeUndefined();
    expect(
      tail.data.subscriptions.edges.map((e: any) => `${e.node.externalId}:${e.node.user.email}`),
    ).toEqual(ids.slice(43, 50));
    expect(tail.data.subscriptions.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const refused = await gw.query(BACK, { last: 5 });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/need a `filter`/);
  });

  it('resolves a subscription and an application by global ID', async () => {
    const res = await gw.query(
      `{ subscriptions(first: 1) { edges { node { id externalId application { id name } } } } }`,
    );
    const node = res.data.subscriptions.edges[0].node;
    const again = await gw.query(
      `query($id: ID!, $app: ID!) {
      s: node(id: $id) { id ... on SaasSubscription { externalId } }
      a: node(id: $app) { id ... on Application { name } }
    }`,
      { id: node.id, app: node.application.id },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data.s).toEqual({ id: node.id, externalId: node.externalId });
    expect(again.data.a).toEqual({ id: node.application.id, name: node.application.name });
  });
});

describe('applications and KPIs', () => {
  it('lists every application the company holds seats of, walking pages', async () => {
    const expected = new Set(
      snow.data.subscriptions.filter((s) => s.seats.length > 0).map((s) => s.application.id),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const res: any = await gw.query(
        `query($after: String) { applications(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id externalId name softwareVendor category } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.applications.totalCount).toBe(expected.size);
      seen.push(...res.data.applications.edges.map((e: any) => e.node.externalId));
      if (!res.data.applications.pageInfo.hasNextPage) break;
      after = res.data.applications.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(expected.size);
    expect(new Set(seen)).toEqual(expected);
  });

  it("answers Snow's user KPIs with a daily history", async () => {
    const res = await gw.query(
      `{ userKpis { totalUsers activeUsers inactiveUsers noActivityUsers history { date total active inactive noActivity } } }`,
      {},
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    const kpis = res.data.userKpis;
    const truth = simulatorKpis(
      snow.kpis(),
      snow.now,
      new Date(snow.now - DAY).toISOString(),
      new Date(snow.now).toISOString(),
    );
    expect([kpis.totalUsers, kpis.activeUsers, kpis.inactiveUsers, kpis.noActivityUsers]).toEqual([
      truth.total,
      truth.active,
      truth.inactive,
      truth.noActivity,
    ]);
    expect(kpis.history.length).toBeGreaterThan(30);
    const dates = kpis.history.map((p: any) => Date.parse(p.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(dates[1] - dates[0]).toBe(DAY);
    for (const p of kpis.history) expect(p.active + p.inactive + p.noActivity).toBe(p.total);
    expect(res.extensions?.upstream.byVendor).toEqual({ SNOW: 1 });
  });
});

describe('one clock, one count', () => {
  it("counts every Snow user in totalUsers and agrees with the gateway's inactivity on the same instant", async () => {
    const windowStart = new Date(snow.now - 30 * DAY).toISOString();
    const res = await gw.query(
      `query($since: DateTime!) {
        userKpis { totalUsers activeUsers inactiveUsers noActivityUsers }
        listed: accounts(vendor: SNOW, first: 1) { totalCount }
        recent: accounts(vendor: SNOW, first: 1, filter: { lastActiveAfter: $since }) { totalCount }
        waste: licenseWaste(inactiveDays: 30, first: 1) { totalCount }
      }`,
      { since: windowStart },
    );
    expect(res.errors).toBeUndefined();
    const { userKpis, listed, recent, waste } = res.data;
    // Counted on the simulator's records: every listed user, disabled ones too (they hold seats).
    const users = snow.data.users;
    expect(userKpis.totalUsers).toBe(users.length);
    expect(listed.totalCount).toBe(users.length);
    expect(users.some((u) => !u.isEnabled && u.seats.length > 0)).toBe(true);
    const lastUse = (u: (typeof users)[number]) => (u.lastActive === null ? null : Date.parse(u.lastActive));
    const active = users.filter((u) => lastUse(u) !== null && snow.now - lastUse(u)! <= 30 * DAY);
    expect(userKpis.activeUsers).toBe(active.length);
    expect(userKpis.noActivityUsers).toBe(users.filter((u) => u.lastActive === null).length);
    expect(userKpis.activeUsers + userKpis.inactiveUsers + userKpis.noActivityUsers).toBe(
      userKpis.totalUsers,
    );
    // The gateway's window, measured from its (pinned) clock, finds the same people Snow calls active.
    expect(recent.totalCount).toBe(userKpis.activeUsers);
    // And its 30-day waste rule flags every paid seat of everyone Snow counts as not active.
    const expected = expectedWaste(30, snow.now);
    expect(waste.totalCount).toBe(expected.length);
    const inactiveSeats = new Set(
      expected.filter((w) => w.reasons.includes('INACTIVE')).map((w) => `${w.subscriptionId}:${w.userId}`),
    );
    const activeIds = new Set(active.map((u) => u.id));
    const idleHolders = users.filter((u) => !activeIds.has(u.id));
    const idleSeats = idleHolders.flatMap((u) =>
      u.seats
        .filter((seat) => seat.subscription.monthlyCostPerUser > 0)
        .map((seat) => `${seat.subscription.id}:${u.id}`),
    );
    expect(idleSeats.length).toBeGreaterThan(0);
    expect(idleSeats.filter((key) => !inactiveSeats.has(key))).toEqual([]);
  });
});

describe('Snow in a person', () => {
  it("shows jsmith's subscriptions, costs, savings and Snow account", async () => {
    const jane = snow.data.users.find((u) => norm(u.email) === 'jsmith@example.com')!;
    const res = await gw.query(`{
      user(email: "jsmith@example.com") {
        email
        monthlyCost { amount currency }
        potentialSavings { amount }
        vendorReportedSavings { amount }
        wastedSeatCost(inactiveDays: 0) { amount }
        subscriptions { externalId name monthlyCost { amount } discoverySources user { email } application { name } }
        accounts {
          vendor
          ... on SnowAccount {
            email status vendorStatus isEnabled licenseCount
            monthlyCost { amount } potentialSavings { amount }
            discoverySources { name type }
            applications { name }
          }
        }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const user = res.data.user;
    const cost = jane.seats.reduce((sum, s) => sum + cents(s.subscription.monthlyCostPerUser), 0) / 100;
    const savings = userPotentialSavings(jane, snow.now);
    expect(user.monthlyCost).toEqual({ amount: cost, currency: 'USD' });
    expect(user.potentialSavings).toEqual({ amount: savings });
    expect(user.vendorReportedSavings).toEqual({ amount: savings });
    // At a 0-day window every paid seat is waste: the gateway's rule, summed over jsmith's seats.
    expect(user.wastedSeatCost).toEqual({ amount: cost });
    expect(user.subscriptions).toEqual(
      jane.seats.map((s) => ({
        externalId: s.subscription.id,
        name: s.subscription.name,
        monthlyCost: { amount: s.subscription.monthlyCostPerUser },
        discoverySources: [s.source.displayName],
        user: { email: 'jsmith@example.com' },
        application: { name: s.subscription.application.name },
      })),
    );
    const account = user.accounts.find((a: any) => a.vendor === 'SNOW');
    expect(account).toMatchObject({
      email: jane.email,
      status: 'ACTIVE',
      isEnabled: true,
      licenseCount: jane.seats.length,
      monthlyCost: { amount: cost },
      potentialSavings: { amount: savings },
    });
    expect(account.discoverySources.map((s: any) => s.name)).toEqual(
      snow.userDiscoverySources(jane).map((s) => s.name),
    );
    expect(new Set(account.applications.map((a: any) => a.name))).toEqual(
      new Set(snow.userApplications(jane).map((r) => r.application.name)),
    );
  });

  it('joins Snow users whose stored email is padded with spaces or differs in case', async () => {
    const padded = snow.data.users.find((u) => u.email !== u.email.trim() && u.seats.length > 0)!;
    const person = peopleByEmail().get(norm(padded.email))!;
    expect(padded.email).not.toBe(person.email);
    const res = await gw.query(
      `query($email: String!) {
        user(email: $email) { email vendors accounts { vendor email } }
        subscriptions(filter: { email: $email }, first: 100) { totalCount edges { node { user { email vendors } } } }
      }`,
      { email: person.email.toUpperCase() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.user.email).toBe(person.email);
    expect(res.data.user.accounts.find((a: any) => a.vendor === 'SNOW').email).toBe(padded.email);
    expect(res.data.user.vendors.length).toBeGreaterThan(1);
    expect(res.data.subscriptions.totalCount).toBe(padded.seats.length);
    for (const edge of res.data.subscriptions.edges)
      expect(edge.node.user).toEqual({ email: person.email, vendors: res.data.user.vendors });
  });
});

describe('when Snow fails', () => {
  it("still answers the other vendors' data, with errors naming Snow", async () => {
    // No seat walk kept from earlier tests (a kept one would be served while Snow is down), index warm.
    await gw.reseed();
    expect((await gw.query(`{ users(first: 1) { totalCount } }`)).errors).toBeUndefined();
    gw.fleet.running.snow!.faults.set({ errorRate: 1, errorStatus: 503 });
    const res = await gw.query(`{
      users(first: 3) { totalCount edges { node { email } } }
      licenseWaste(first: 5) { totalCount edges { node { reasons } } }
      spend(groupBy: APPLICATION) { total { amount } buckets { key } }
      subscriptions(first: 5) { totalCount edges { node { name } } }
      applications(first: 5) { totalCount }
      userKpis { totalUsers }
    }`);
    expect(res.data.users.edges).toHaveLength(3);
    expect(res.data.licenseWaste).toMatchObject({ totalCount: 0, edges: [] });
    expect(res.data.spend).toMatchObject({ total: { amount: 0 }, buckets: [] });
    expect(res.data.subscriptions.edges).toEqual([]);
    expect(res.data.applications.totalCount).toBe(0);
    expect(res.data.userKpis).toBeNull();
    const paths = res.errors!.map((e) => e.path?.join('.')).sort();
    expect(paths).toEqual(['applications', 'licenseWaste', 'spend', 'subscriptions', 'userKpis']);
    for (const error of res.errors!)
      expect(error.extensions).toMatchObject({ code: 'VENDOR_UNAVAILABLE', vendor: 'SNOW', retryable: true });
  });
});
