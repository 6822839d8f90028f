import { describe, expect, it } from 'vitest';
import { buildIdentity } from '../../../datasources/identity/build-identity.js';
import { departmentOf, holderLookup } from '../../../datasources/insights/holders.js';
import {
  daysSince,
  findLicenseWaste,
  pageLicenseWaste,
  validateInactiveDays,
  wasteReasons,
} from '../../../datasources/insights/license-waste.js';
import { computeSpend } from '../../../datasources/insights/spend.js';
import {
  normalizeEmail,
  type AccountModel,
  type SaasSubscriptionModel,
} from '../../../datasources/model/index.js';

const DAY = 86_400_000;
const now = Date.parse('2026-11-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();

function account(
  vendor: AccountModel['vendor'],
  email: string,
  status: AccountModel['status'],
  department: string | null = null,
): AccountModel {
  return {
    vendor,
    externalId: `${vendor}-${email.trim()}`,
    email,
    normalizedEmail: normalizeEmail(email),
    status,
    vendorStatus: status,
    lastActiveAt: null,
    createdAt: null,
    displayName: null,
    department,
    title: null,
    location: null,
  } as AccountModel;
}

function seat(
  id: string,
  email: string,
  cost: number | null,
  lastActiveAt: string | null,
  extra: Partial<SaasSubscriptionModel> = {},
): SaasSubscriptionModel {
  return {
    externalId: id,
    name: `Plan ${id}`,
    applicationId: `app-${id}`,
    applicationName: `App ${id}`,
    softwareVendor: `Vendor ${id}`,
    userEmail: email,
    snowUserId: `snow-${email}`,
    monthlyCost: cost,
    currency: 'USD',
    lastActiveAt,
    discoverySources: [],
    ...extra,
  };
}

// ann: active everywhere; bob: suspended in BetterCloud; cat: deprovisioned in Atlassian and suspended in Snow; dan: only in Snow.
const identity = buildIdentity(
  [
    [
      account('BETTERCLOUD', 'ann@example.com', 'ACTIVE', 'Sales'),
      account('BETTERCLOUD', 'bob@example.com', 'SUSPENDED'),
    ],
    [account('ATLASSIAN', 'Cat@Example.com', 'DEPROVISIONED')],
    [
      account('SNOW', 'ann@example.com', 'ACTIVE', 'Marketing'),
      account('SNOW', 'bob@example.com', 'ACTIVE', 'Engineering'),
      account('SNOW', ' cat@example.com ', 'SUSPENDED'),
      account('SNOW', 'dan@example.com', 'ACTIVE'),
    ],
  ],
  [],
  [],
);
const holderOf = holderLookup(identity);

describe('waste reasons', () => {
  const options = { inactiveDays: 60, now };
  it('lists nothing for a seat used recently by an active holder', () => {
    expect(
      wasteReasons(
        seat('s', 'ann@example.com', 10, daysAgo(3)),
        identity.byEmail.get('ann@example.com'),
        options,
      ),
    ).toStrictEqual([]);
  });
  it('flags a holder suspended in any vendor', () => {
    expect(
      wasteReasons(
        seat('s', 'bob@example.com', 10, daysAgo(3)),
        identity.byEmail.get('bob@example.com'),
        options,
      ),
    ).toStrictEqual(['HOLDER_SUSPENDED']);
  });
  it('flags a holder deprovisioned anywhere, and every reason that applies, in order', () => {
    expect(
      wasteReasons(seat('s', 'cat@example.com', 10, null), identity.byEmail.get('cat@example.com'), options),
    ).toStrictEqual(['HOLDER_SUSPENDED', 'HOLDER_DEPROVISIONED', 'INACTIVE']);
  });
  it('flags a seat never used, or unused for more than the threshold (not exactly at it)', () => {
    const ann = identity.byEmail.get('ann@example.com');
    expect(wasteReasons(seat('s', 'ann@example.com', 10, null), ann, options)).toStrictEqual(['INACTIVE']);
    expect(wasteReasons(seat('s', 'ann@example.com', 10, daysAgo(61)), ann, options)).toStrictEqual([
      'INACTIVE',
    ]);
    expect(wasteReasons(seat('s', 'ann@example.com', 10, daysAgo(60)), ann, options)).toStrictEqual([]);
    expect(
      wasteReasons(seat('s', 'ann@example.com', 10, daysAgo(1)), ann, { inactiveDays: 0, now }),
    ).toStrictEqual(['INACTIVE']);
  });
  it('judges a holder the index does not know on inactivity only', () => {
    expect(wasteReasons(seat('s', 'zed@example.com', 10, daysAgo(1)), undefined, options)).toStrictEqual([]);
  });
  it('counts whole days since the last use, null when never', () => {
    expect(daysSince(daysAgo(12.5), now)).toBe(12);
    expect(daysSince(null, now)).toBeNull();
  });
  it('refuses a negative or fractional threshold as BAD_USER_INPUT', () => {
    expect(validateInactiveDays(0)).toBe(0);
    for (const bad of [-1, 1.5]) {
      try {
        validateInactiveDays(bad);
        expect.unreachable();
      } catch (error) {
        expect((error as { extensions: Record<string, unknown> }).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });
});

describe('license waste list', () => {
  const seats = [
    seat('s1', 'ann@example.com', 10, daysAgo(1)), // used: not waste
    seat('s2', 'ann@example.com', 30, daysAgo(90)), // idle
    seat('s3', 'bob@example.com', 30, daysAgo(1)), // holder suspended
    seat('s4', 'cat@example.com', 99.99, daysAgo(5)), // holder deprovisioned
    seat('s5', 'dan@example.com', 0, null), // free: never waste
    seat('s6', 'dan@example.com', null, null), // no cost: never waste
    seat('s0', '', 30, null, { snowUserId: 'SNOW-dan@example.com' }), // no email on the seat: found by Snow ID
  ];

  it('keeps paid wasted seats, most expensive first, then by subscription ID', () => {
    const waste = findLicenseWaste(seats, holderOf, { inactiveDays: 60, now });
    expect(waste.map((w) => [w.subscription.externalId, w.reasons])).toStrictEqual([
      ['s4', ['HOLDER_SUSPENDED', 'HOLDER_DEPROVISIONED']],
      ['s0', ['INACTIVE']],
      ['s2', ['INACTIVE']],
      ['s3', ['HOLDER_SUSPENDED']],
    ]);
    expect(holderOf(seats[6])?.email).toBe('dan@example.com');
  });

  it('pages with keyset cursors, each item once, with totals over the whole list', () => {
    const waste = findLicenseWaste(seats, holderOf, { inactiveDays: 60, now });
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = pageLicenseWaste(waste, { first: 3, after });
      expect(page.totalCount).toBe(4);
      expect(page.totalMonthlyCost).toStrictEqual({ amount: 189.99, currency: 'USD' });
      seen.push(...page.edges.map((e) => e.node.subscription.externalId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toStrictEqual(['s4', 's0', 's2', 's3']);
    expect(() => pageLicenseWaste(waste, { first: 3, after: 'bm9wZQ' })).toThrow(/cursor/);
  });

  it('keeps its place when an earlier seat disappears between pages', () => {
    const waste = findLicenseWaste(seats, holderOf, { inactiveDays: 60, now });
    const first = pageLicenseWaste(waste, { first: 2 });
    const shrunk = waste.filter((w) => w.subscription.externalId !== 's4');
    const next = pageLicenseWaste(shrunk, { first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.subscription.externalId)).toStrictEqual(['s2', 's3']);
  });
});

describe('spend', () => {
  const seats = [
    seat('a', 'ann@example.com', 10, daysAgo(1), { softwareVendor: 'Acme', applicationName: 'Alpha' }),
    seat('b', 'bob@example.com', 20.05, daysAgo(1), { softwareVendor: 'Acme', applicationName: 'Beta' }),
    seat('c', 'cat@example.com', 5.1, daysAgo(100), { softwareVendor: null, applicationName: 'Beta' }),
    seat('d', 'dan@example.com', 0.2, daysAgo(61), { softwareVendor: 'Zed', applicationName: null }),
    seat('e', 'zed@example.com', 0, null, { softwareVendor: 'Zed' }),
  ];

  const usd = (...amounts: number[]) => amounts.map((amount) => ({ amount, currency: 'USD' }));
  /** A bucket as plain data: its wasted-seat cost read at the windows asked. */
  const plain = (
    b: { key: string; monthlyCost: unknown; seats: number; wastedSeatCost: (d: number) => unknown },
    windows: number[],
  ) => ({
    key: b.key,
    monthlyCost: b.monthlyCost,
    seats: b.seats,
    wasted: windows.map((d) => b.wastedSeatCost(d)),
  });

  it('groups by software vendor, largest first, with Unknown for seats without one', () => {
    const spend = computeSpend(seats, 'SOFTWARE_VENDOR', holderOf, now);
    expect(spend.groupBy).toBe('SOFTWARE_VENDOR');
    expect(spend.total).toStrictEqual({ amount: 35.35, currency: 'USD' });
    // bob is suspended and cat deprovisioned: waste at any window; dan's seat is 61 days idle.
    expect(spend.buckets.map((b) => plain(b, [60, 80, 200]))).toStrictEqual([
      {
        key: 'Acme',
        monthlyCost: { amount: 30.05, currency: 'USD' },
        seats: 2,
        wasted: usd(20.05, 20.05, 20.05),
      },
      {
        key: 'Unknown',
        monthlyCost: { amount: 5.1, currency: 'USD' },
        seats: 1,
        wasted: usd(5.1, 5.1, 5.1),
      },
      {
        key: 'Zed',
        monthlyCost: { amount: 0.2, currency: 'USD' },
        seats: 1,
        wasted: usd(0.2, 0, 0),
      },
    ]);
    expect([60, 80, 200].map((d) => spend.wastedSeatCost(d).amount)).toStrictEqual([25.35, 25.15, 25.15]);
  });

  it('groups by application', () => {
    expect(
      computeSpend(seats, 'APPLICATION', holderOf, now).buckets.map((b) => [
        b.key,
        b.monthlyCost.amount,
        b.seats,
      ]),
    ).toStrictEqual([
      ['Beta', 25.15, 2],
      ['Alpha', 10, 1],
      ['Unknown', 0.2, 1],
    ]);
  });

  it("groups by the holder's department: first account with one, Unknown when none", () => {
    expect(departmentOf(identity.byEmail.get('ann@example.com'))).toBe('Sales');
    expect(
      computeSpend(seats, 'DEPARTMENT', holderOf, now).buckets.map((b) => [b.key, b.monthlyCost.amount]),
    ).toStrictEqual([
      ['Engineering', 20.05],
      ['Sales', 10],
      ['Unknown', 5.3],
    ]);
  });
});
