import type { SaasSubscriptionModel, SpendBucketModel, SpendModel, UserModel } from '../model/index.js';
import type { IdentitySnapshot } from '../identity/build-identity.js';
import { departmentOf, holderLookup, type HolderLookup } from './holders.js';
import type { PaidSeats } from './paid-seat-store.js';
import { toCents, wasteReasons } from './license-waste.js';

/** The bucket of seats whose group is unknown (no vendor, application or department). */
export const UNKNOWN_BUCKET = 'Unknown';

interface HeldSeat {
  seat: SaasSubscriptionModel;
  holder: UserModel | undefined;
  cents: number;
}

/**
 * Monthly spend on paid seats, grouped by software vendor, application or the holder's department
 * (from the identity index: the first of their accounts that has one). Sums are kept in cents so
 * they add up exactly. Each bucket (and the whole) can say what its wasted seats cost under any
 * `inactiveDays` window, by `licenseWaste`'s rule as of `now`; each window is worked out once per
 * bucket and kept with it (the spend itself is kept per seat walk: see PaidSeats).
 */
export function computeSpend(
  seats: readonly SaasSubscriptionModel[],
  groupBy: SpendModel['groupBy'],
  holderOf: HolderLookup,
  now: number,
): SpendModel {
  const groups = new Map<string, HeldSeat[]>();
  const currency = seats[0]?.currency ?? 'USD';
  const all: HeldSeat[] = [];
  for (const seat of seats) {
    const cents = toCents(seat.monthlyCost);
    if (cents <= 0) continue;
    const holder = holderOf(seat);
    const key = keyOf(seat, groupBy, () => departmentOf(holder)) || UNKNOWN_BUCKET;
    const held = { seat, holder, cents };
    const group = groups.get(key) ?? [];
    group.push(held);
    groups.set(key, group);
    all.push(held);
  }
  const money = (cents: number) => ({ amount: cents / 100, currency });
  const costOf = (held: readonly HeldSeat[]) => held.reduce((sum, h) => sum + h.cents, 0);
  const buckets: SpendBucketModel[] = [...groups.entries()]
    .map(([key, held]) => ({ key, held, cost: costOf(held) }))
    .sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, held, cost }) => ({
      key,
      monthlyCost: money(cost),
      seats: held.length,
      wastedSeatCost: wastedCostOf(held, now, money),
    }));
  return { groupBy, buckets, total: money(costOf(all)), wastedSeatCost: wastedCostOf(all, now, money) };
}

/** The company's spend under one grouping, worked out once per seat walk and identity snapshot. */
export function spendOf(
  paid: PaidSeats,
  identity: Pick<IdentitySnapshot, 'users' | 'byEmail'>,
  groupBy: SpendModel['groupBy'],
  now: number,
): SpendModel {
  return paid.remember(identity, `spend:${groupBy}`, now, (at) =>
    computeSpend(paid.seats, groupBy, holderLookup(identity), at),
  );
}

/** What the seats `licenseWaste(inactiveDays:)` would list among `held` cost, memoized per window. */
function wastedCostOf(
  held: readonly HeldSeat[],
  now: number,
  money: (cents: number) => SpendBucketModel['monthlyCost'],
): SpendBucketModel['wastedSeatCost'] {
  const byWindow = new Map<number, number>();
  return (inactiveDays) => {
    let cents = byWindow.get(inactiveDays);
    if (cents === undefined) {
      cents = 0;
      for (const h of held)
        if (wasteReasons(h.seat, h.holder, { inactiveDays, now }).length > 0) cents += h.cents;
      byWindow.set(inactiveDays, cents);
    }
    return money(cents);
  };
}

function keyOf(
  seat: SaasSubscriptionModel,
  groupBy: SpendModel['groupBy'],
  department: () => string | null,
): string | null {
  switch (groupBy) {
    case 'SOFTWARE_VENDOR':
      return seat.softwareVendor;
    case 'APPLICATION':
      return seat.applicationName;
    case 'DEPARTMENT':
      return department();
  }
}
