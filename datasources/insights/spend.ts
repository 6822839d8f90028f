import type { SaasSubscriptionModel, SpendBucketModel, SpendModel } from '../model/index.js';
import { departmentOf, type HolderLookup } from './holders.js';
import { DEFAULT_INACTIVE_DAYS, toCents, wasteReasons } from './license-waste.js';

/** The bucket of seats whose group is unknown (no vendor, application or department). */
export const UNKNOWN_BUCKET = 'Unknown';

/**
 * Monthly spend on paid seats, grouped by software vendor, application or the holder's department
 * (from the identity index: the first of their accounts that has one). A bucket's potential
 * savings are the seats that `licenseWaste` would list at its default threshold (60 days).
 * Sums are kept in cents so they add up exactly.
 */
export function computeSpend(
  seats: readonly SaasSubscriptionModel[],
  groupBy: SpendModel['groupBy'],
  holderOf: HolderLookup,
  now: number,
): SpendModel {
  const buckets = new Map<string, { cost: number; seats: number; savings: number }>();
  let total = 0;
  const currency = seats[0]?.currency ?? 'USD';
  for (const seat of seats) {
    const cents = toCents(seat.monthlyCost);
    if (cents <= 0) continue;
    const holder = holderOf(seat);
    const key = keyOf(seat, groupBy, () => departmentOf(holder)) || UNKNOWN_BUCKET;
    const bucket = buckets.get(key) ?? { cost: 0, seats: 0, savings: 0 };
    bucket.cost += cents;
    bucket.seats += 1;
    if (wasteReasons(seat, holder, { inactiveDays: DEFAULT_INACTIVE_DAYS, now }).length > 0)
      bucket.savings += cents;
    buckets.set(key, bucket);
    total += cents;
  }
  const money = (cents: number) => ({ amount: cents / 100, currency });
  const list: SpendBucketModel[] = [...buckets.entries()]
    .sort(([ka, a], [kb, b]) => b.cost - a.cost || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([key, b]) => ({
      key,
      monthlyCost: money(b.cost),
      seats: b.seats,
      potentialSavings: money(b.savings),
    }));
  return { groupBy, buckets: list, total: money(total) };
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
