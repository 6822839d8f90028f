import type { SaasSubscriptionModel } from '../model/index.js';
import {
  toSaasSubscription,
  toSaasSubscriptionFromConsumption,
  type SnowSubscriptionInfo,
} from './mapping.js';
import type { SnowSubscriptionUserConsumption, SnowUser, SnowUserSubscription } from './types.js';

/** The three Snow reads the walk needs (each one whole list, paged by the caller). */
export interface SeatWalkReads {
  /** Every Snow user: ⌈N / 1000⌉ calls. */
  users(): Promise<SnowUser[]>;
  /** One user's seats: 1 call. */
  subscriptionsOfUser(userId: string): Promise<SnowUserSubscription[]>;
  /** Every seat of one subscription: ⌈seats / 1000⌉ calls. */
  consumption(subscriptionId: string): Promise<SnowSubscriptionUserConsumption[]>;
}

export interface SeatWalkResult {
  seats: SaasSubscriptionModel[];
  users: SnowUser[];
}

/**
 * Every seat in the company, with far fewer calls than asking each user for their subscriptions.
 *
 * Snow has no list of subscriptions, only a user's subscriptions and a subscription's seats
 * (consumption). Each user's `licenseCount` says how many seats they hold, so the walk knows who is
 * not yet fully seen: it asks the user with the most unseen seats for their subscriptions (which
 * reveals at least one subscription nobody has shown yet), reads every seat of each new
 * subscription, and repeats until every user's seats are accounted for. A user asked directly is
 * done even if the counts disagree (data changing mid-walk), so the walk always ends.
 *
 * Calls, for N users holding seats of S subscriptions: ⌈N / 1000⌉ (users) + U (one per user asked,
 * U ≤ S, in practice far fewer: each user reveals several subscriptions) + Σ ⌈seats(s) / 1000⌉
 * over the S subscriptions (≈ S). The per-user alternative costs ⌈N / 1000⌉ + N. Rounds are
 * sequential (2 dependent calls each), which is the price of never asking twice.
 * Seed-42 company (1,745 Snow users, 48 subscriptions): 2 + 12 + 48 = 62 calls instead of 1,747.
 */
export async function walkAllSeats(reads: SeatWalkReads): Promise<SeatWalkResult> {
  const users = await reads.users();
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  // Seats of each user not yet seen, in the users' list order (so picks are deterministic).
  const unseen = new Map<string, number>();
  for (const user of users) if (user.licenseCount > 0) unseen.set(user.id, user.licenseCount);

  const seats = new Map<string, SaasSubscriptionModel>();
  const known = new Set<string>();
  const seatKey = (subscriptionId: string, userId: string) => `${subscriptionId}:${userId}`;

  while (unseen.size > 0) {
    const userId = mostUnseen(unseen);
    unseen.delete(userId);
    const own = await reads.subscriptionsOfUser(userId);
    // A user's own list names the discovery source of each seat: it wins over the consumption row.
    for (const raw of own)
      seats.set(seatKey(raw.id, userId), toSaasSubscription(raw, { id: userId, email: emailOf.get(userId) }));
    const fresh = own.filter((raw) => !known.has(raw.id));
    fresh.forEach((raw) => known.add(raw.id));
    const rows = await Promise.all(fresh.map((raw) => reads.consumption(raw.id)));
    fresh.forEach((subscription, i) => {
      for (const row of rows[i]) {
        const key = seatKey(subscription.id, row.id);
        if (!seats.has(key))
          seats.set(key, toSaasSubscriptionFromConsumption(subscriptionInfo(subscription), row));
        const left = unseen.get(row.id);
        if (left === undefined) continue;
        if (left <= 1) unseen.delete(row.id);
        else unseen.set(row.id, left - 1);
      }
    });
  }
  return { seats: [...seats.values()], users };
}

/** The first user (in list order) with the most unseen seats. */
function mostUnseen(unseen: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [id, count] of unseen) {
    if (count > most) {
      best = id;
      most = count;
    }
  }
  return best;
}

function subscriptionInfo(raw: SnowUserSubscription): SnowSubscriptionInfo {
  return {
    id: raw.id,
    name: raw.name,
    applicationId: raw.applicationId,
    applicationName: raw.applicationName,
    vendor: raw.vendor,
  };
}
