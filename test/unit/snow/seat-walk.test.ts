import { describe, expect, it } from 'vitest';
import { walkAllSeats, type SeatWalkReads } from '../../../datasources/snow/seat-walk.js';
import type {
  SnowSubscriptionUserConsumption,
  SnowUser,
  SnowUserSubscription,
} from '../../../datasources/snow/types.js';

/** A tiny Snow estate: users holding seats of subscriptions, served through counted fake reads. */
function estate(holdings: Record<string, string[]>) {
  const userIds = Object.keys(holdings);
  const user = (id: string): SnowUser => ({
    id,
    email: ` ${id.toUpperCase()}@Example.com `,
    username: id,
    displayName: id,
    department: 'IT',
    country: 'United States',
    createdDate: '2024-01-01T00:00:00.000Z',
    lastActive: null,
    status: 'No activity',
    isEnabled: true,
    isInReview: false,
    isOnline: false,
    isQualified: true,
    licenseCount: holdings[id].length,
    userCostPerMonth: 0,
    potentialSavings: 0,
    discoveryTypes: [],
  });
  const subscription = (id: string): SnowUserSubscription => ({
    id,
    name: `Plan ${id}`,
    applicationId: `app-${id}`,
    applicationName: `App ${id}`,
    vendorId: 'v',
    vendor: 'Vendor',
    discoverySource: 'Okta SSO',
    discoveryType: 3,
    firstDiscovered: '2024-01-01T00:00:00.000Z',
    lastActivity: null,
    totalCostPerMonth: 10,
    potentialSavings: 10,
  });
  const row = (userId: string): SnowSubscriptionUserConsumption =>
    ({
      ...user(userId),
      createdDate: '2024-01-01',
      isMonitored: true,
      lastActive: null,
      lastActiveValueInInt: 0,
      lastActiveValueType: 0,
      activityThreshold: 30,
      manuallyAssigned: false,
      roles: [],
      userCostPerMonth: 10,
      potentialSavings: 10,
      envelopeusage: 0,
      discoveryTypes: [3],
    }) as SnowSubscriptionUserConsumption;
  const calls = { users: 0, subscriptionsOfUser: [] as string[], consumption: [] as string[] };
  const reads: SeatWalkReads = {
    users: async () => {
      calls.users++;
      return userIds.map(user);
    },
    subscriptionsOfUser: async (id) => {
      calls.subscriptionsOfUser.push(id);
      return holdings[id].map(subscription);
    },
    consumption: async (id) => {
      calls.consumption.push(id);
      return userIds.filter((u) => holdings[u].includes(id)).map(row);
    },
  };
  const allSeats = userIds.flatMap((u) => holdings[u].map((s) => `${s}:${u}`)).sort();
  return { reads, calls, allSeats };
}

const seatKeys = (seats: { externalId: string; snowUserId: string }[]) =>
  seats.map((s) => `${s.externalId}:${s.snowUserId}`).sort();

describe('seat walk', () => {
  it('finds every seat once, asking only users with unseen seats, each subscription once', async () => {
    const { reads, calls, allSeats } = estate({
      u1: ['a', 'b'],
      u2: ['a', 'b', 'c'],
      u3: ['c'],
      u4: [],
      u5: ['d'],
      u6: ['a', 'd'],
    });
    const { seats } = await walkAllSeats(reads);
    expect(seatKeys(seats)).toStrictEqual(allSeats);
    // u2 holds the most: a, b, c cover u1, u2, u3; u6 then has d unseen (2 seats: a seen, d not) ... u5 and u6 tie on
    // one unseen seat each: the first in list order (u5) is asked, and d's consumption covers u6.
    expect(calls).toStrictEqual({
      users: 1,
      subscriptionsOfUser: ['u2', 'u5'],
      consumption: ['a', 'b', 'c', 'd'],
    });
  });

  it('names holders by their email from the users list, and keeps the discovery source of seats read per user', async () => {
    const { reads } = estate({ u1: ['a'], u2: ['a', 'b'] });
    const { seats } = await walkAllSeats(reads);
    const byKey = new Map(seats.map((s) => [`${s.externalId}:${s.snowUserId}`, s]));
    expect(byKey.get('a:u2')).toMatchObject({ userEmail: 'u2@example.com', discoverySources: ['Okta SSO'] });
    expect(byKey.get('a:u1')).toMatchObject({ userEmail: 'u1@example.com', discoverySources: [] });
  });

  it('ends when counts disagree with the seats found (data changing mid-walk)', async () => {
    const { reads, calls } = estate({ u1: ['a'], u2: ['b'] });
    const lying: SeatWalkReads = {
      ...reads,
      users: async () => (await reads.users()).map((u) => ({ ...u, licenseCount: 5 })),
    };
    const { seats } = await walkAllSeats(lying);
    expect(seatKeys(seats)).toStrictEqual(['a:u1', 'b:u2']);
    expect(calls.subscriptionsOfUser).toStrictEqual(['u1', 'u2']);
  });

  it('makes one users call and nothing else when nobody holds a seat', async () => {
    const { reads, calls } = estate({ u1: [], u2: [] });
    expect((await walkAllSeats(reads)).seats).toStrictEqual([]);
    expect(calls).toStrictEqual({ users: 1, subscriptionsOfUser: [], consumption: [] });
  });
});
