import type { Company, Person } from '../company/company.js';
import type { AccountSeed } from '../company/people.js';
import { SeededRandom } from '../core/random.js';
import {
  countryOfLocation,
  discoverySources,
  paidApplications,
  seatSourceWeights,
  unsanctionedApplications,
  type CatalogueApplication,
} from './catalogue.js';
import type {
  SnowApplicationRecord,
  SnowDiscoverySourceRecord,
  SnowSeatRecord,
  SnowSubscriptionRecord,
  SnowUnsanctionedUse,
  SnowUserRecord,
  SnowVendorRecord,
} from './records.js';

const DAY = 86_400_000;
const MAX_SEATS_PER_USER = 8;
const memberRole: readonly string[] = ['Member'];
/** Shared by the four people in five who use no unsanctioned tool: one array, not 80,000. */
const noUnsanctionedUse: readonly SnowUnsanctionedUse[] = Object.freeze([]);
const adminRole: readonly string[] = ['Admin', 'Member'];

export interface SnowCatalogueState {
  vendors: SnowVendorRecord[];
  applications: SnowApplicationRecord[];
  subscriptions: SnowSubscriptionRecord[];
  discoverySources: SnowDiscoverySourceRecord[];
}

export interface SnowSeedState extends SnowCatalogueState {
  /** In the default (seeded) order, which list pages follow. */
  users: SnowUserRecord[];
}

/** Builds Snow's whole estate from the company: one user per `person.accounts.snow`. */
export function seedSnowState(company: Company): SnowSeedState {
  const random = new SeededRandom(company.config.seed).fork('snow');
  const catalogue = seedCatalogue(random.fork('catalogue'), company.config.now);
  const now = company.config.now.getTime();

  // Each application's plans with their weights, ready for `weighted` (no allocation per seat).
  const plansByApp = new Map<string, (readonly [SnowSubscriptionRecord, number])[]>();
  for (const app of paidApplications) {
    const plans = catalogue.subscriptions.filter((s) => s.application.name === app.name);
    plansByApp.set(
      app.name,
      plans.map((s, i) => [s, app.plans[i].weight] as const),
    );
  }
  const appPools = new Map<string, CatalogueApplication[]>();
  const poolFor = (department: string) => {
    let pool = appPools.get(department);
    if (!pool) {
      pool = paidApplications.filter((a) => a.departments === 'all' || a.departments.includes(department));
      appPools.set(department, pool);
    }
    return pool;
  };
  const sourceByKey = new Map(catalogue.discoverySources.map((s) => [s.key, s]));
  const seatSourceChoices = seatSourceWeights.map(([key, w]) => [sourceByKey.get(key)!, w] as const);
  const unsanctionedApps = catalogue.applications.slice(paidApplications.length);

  const users: SnowUserRecord[] = [];
  const ids = random.fork('user-ids');
  const draw = random.fork('users');
  for (const person of company.people) {
    const account = person.accounts.snow;
    if (!account) continue;
    const user = toUserRecord(person, account, fastUuid(ids), draw);
    users.push(user);
    const created = Date.parse(account.createdAt);
    const lastActiveAt = account.lastActiveAt ? Date.parse(account.lastActiveAt) : null;

    const pool = poolFor(person.department);
    const seatCount = Math.min(pool.length, person.index === 0 ? 6 : draw.int(1, MAX_SEATS_PER_USER));
    for (const app of sampleInPlace(draw, pool, seatCount)) {
      const plans = plansByApp.get(app.name)!;
      const subscription = plans.length === 1 ? plans[0][0] : draw.weighted(plans);
      const source =
        app.connector && draw.chance(0.8)
          ? sourceByKey.get(app.connector)!
          : draw.weighted(seatSourceChoices);
      const seat = toSeat(user, subscription, source, created, lastActiveAt, draw, now);
      user.seats.push(seat);
      subscription.seats.push(seat);
    }
    // One person in five uses a tool nobody bought: what the browser extension is for.
    if (lastActiveAt !== null && draw.chance(0.2)) {
      const application = draw.pick(unsanctionedApps);
      const verified = draw.chance(0.5);
      user.unsanctioned = [
        {
          application,
          source: sourceByKey.get(verified ? 'browserVerified' : 'browserUnverified')!,
          lastActiveAt: lastActiveAt - draw.int(0, 20) * DAY,
        },
      ];
    }
  }
  return { ...catalogue, users };
}

/**
 * `count` distinct items drawn by a partial Fisher-Yates shuffle of `pool` itself (its order
 * only feeds later draws, so shuffling it in place keeps the data deterministic), returned as
 * the pool's first `count` slots: no copy of the pool per user.
 */
function sampleInPlace<T>(random: SeededRandom, pool: T[], count: number): T[] {
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    const swap = pool[i];
    pool[i] = pool[j];
    pool[j] = swap;
  }
  return pool.slice(0, count);
}

/** A v4-shaped UUID from four draws: `SeededRandom.uuid()` draws per hex digit, too slow for 100,000 users. */
function fastUuid(random: SeededRandom): string {
  const word = () => (Math.floor(random.next() * 0x1_0000_0000) >>> 0).toString(16).padStart(8, '0');
  const a = word();
  const b = word();
  const c = word();
  const d = word();
  const variant = '89ab'[parseInt(c[0], 16) & 3];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

function toUserRecord(person: Person, account: AccountSeed, id: string, draw: SeededRandom): SnowUserRecord {
  const isContractor = person.employment === 'contractor';
  const record: SnowUserRecord = {
    id,
    email: account.email,
    // Snow shows the identity provider's login name: the address without the stray spaces.
    username: account.email.trim(),
    displayName: person.displayName,
    department: person.department,
    country: countryOfLocation[person.location] ?? 'United States',
    createdDate: account.createdAt,
    lastActive: account.lastActiveAt ?? null,
    isEnabled: account.state === 'active',
    employmentStatus:
      person.employment === 'employee'
        ? 'Employed'
        : person.employment === 'leaver'
          ? 'Terminated'
          : 'Contractor',
    // Admins flag leavers for review; contractors rarely have an inventoried device.
    isInReview: person.employment === 'leaver' ? draw.chance(0.3) : draw.chance(0.02),
    isOnline: isContractor ? draw.chance(0.85) : draw.chance(0.04),
    isQualified: draw.chance(isContractor ? 0.6 : 0.95),
    seats: [],
    unsanctioned: noUnsanctionedUse,
  };
  // Deprovisioned users once drew a removal date last (they stay listed, so they never leave the
  // estate's totals); the draw stays so every later draw, and so the seeded company, is unchanged.
  if (account.state === 'deprovisioned') draw.int(0, 10);
  return record;
}

function toSeat(
  user: SnowUserRecord,
  subscription: SnowSubscriptionRecord,
  source: SnowDiscoverySourceRecord,
  created: number,
  lastActiveAt: number | null,
  draw: SeededRandom,
  now: number,
): SnowSeatRecord {
  // Discovered after the account existed and the source was connected, but never after the last use seen.
  const discovered = Math.min(
    now,
    Math.max(created, source.createdAt) + draw.int(0, 30) * DAY + draw.int(0, 86_399) * 1000,
  );
  const firstDiscovered = lastActiveAt === null ? discovered : Math.min(discovered, lastActiveAt);
  let lastActivity: number | null = null;
  if (lastActiveAt !== null && !draw.chance(0.04)) {
    // Some seats go unused for months even by people active elsewhere: paid but idle.
    const idleDays = draw.chance(0.1) ? draw.int(61, 300) : draw.int(0, 14);
    lastActivity = Math.max(firstDiscovered, lastActiveAt - idleDays * DAY - draw.int(0, 86_399) * 1000);
  }
  const recentlyUsed = lastActivity !== null && now - lastActivity < 30 * DAY;
  return {
    user,
    subscription,
    source,
    firstDiscoveredAt: firstDiscovered,
    lastActivityAt: lastActivity,
    usageDays: recentlyUsed ? draw.int(1, 22) : 0,
    roles: draw.chance(0.03) ? adminRole : memberRole,
  };
}

function seedCatalogue(random: SeededRandom, nowDate: Date): SnowCatalogueState {
  const now = nowDate.getTime();
  const vendorsByName = new Map<string, SnowVendorRecord>();
  const vendorIds = random.fork('vendor-ids');
  const vendorOf = (name: string) => {
    let vendor = vendorsByName.get(name);
    if (!vendor) {
      vendor = { id: vendorIds.fork(name).uuid(), name };
      vendorsByName.set(name, vendor);
    }
    return vendor;
  };
  const appIds = random.fork('application-ids');
  const subscriptionIds = random.fork('subscription-ids');
  const applications: SnowApplicationRecord[] = [];
  const subscriptions: SnowSubscriptionRecord[] = [];
  for (const app of paidApplications) {
    const application = { id: appIds.fork(app.name).uuid(), name: app.name, vendor: vendorOf(app.vendor) };
    applications.push(application);
    for (const p of app.plans) {
      subscriptions.push({
        id: subscriptionIds.fork(p.name).uuid(),
        name: p.name,
        application,
        monthlyCostPerUser: p.monthlyCostPerUser,
        billingPeriod: p.billingPeriod,
        activityThresholdDays: app.activityThresholdDays,
        seats: [],
      });
    }
  }
  for (const app of unsanctionedApplications)
    applications.push({ id: appIds.fork(app.name).uuid(), name: app.name, vendor: vendorOf(app.vendor) });

  const sourceIds = random.fork('discovery-source-ids');
  const sources = discoverySources.map((s) => {
    const createdAt = now - s.connectedDaysAgo * DAY;
    return { ...s, id: sourceIds.fork(s.key).uuid(), createdAt, created: new Date(createdAt).toISOString() };
  });
  return { vendors: [...vendorsByName.values()], applications, subscriptions, discoverySources: sources };
}
