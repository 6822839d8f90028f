import { USER_ACTIVITY_WINDOW_DAYS } from './catalogue.js';
import type { SnowSeatRecord, SnowUserRecord } from './records.js';

/** Derived numbers Snow shows for users and seats: costs, savings, activity status. */

const DAY = 86_400_000;

export type SnowActivityStatus = 'Active' | 'Inactive' | 'No activity';

/** Activity status from a last-activity time (epoch ms) and the window that counts as "recent". */
export function activityStatus(
  lastActiveAt: number | null,
  now: number,
  windowDays = USER_ACTIVITY_WINDOW_DAYS,
): SnowActivityStatus {
  if (lastActiveAt === null) return 'No activity';
  return now - lastActiveAt <= windowDays * DAY ? 'Active' : 'Inactive';
}

export function userActivityStatus(user: SnowUserRecord, now: number): SnowActivityStatus {
  return activityStatus(user.lastActive === null ? null : Date.parse(user.lastActive), now);
}

/** A seat whose cost could be saved: its holder is disabled, or it has not been used within the subscription's threshold. */
export function isSeatReclaimable(seat: SnowSeatRecord, now: number): boolean {
  return (
    !seat.user.isEnabled ||
    activityStatus(seat.lastActivityAt, now, seat.subscription.activityThresholdDays) !== 'Active'
  );
}

export function seatSavings(seat: SnowSeatRecord, now: number): number {
  return isSeatReclaimable(seat, now) ? seat.subscription.monthlyCostPerUser : 0;
}

export function userCostPerMonth(user: SnowUserRecord): number {
  let total = 0;
  for (const seat of user.seats) total += seat.subscription.monthlyCostPerUser;
  return roundCents(total);
}

export function userPotentialSavings(user: SnowUserRecord, now: number): number {
  let total = 0;
  for (const seat of user.seats) total += seatSavings(seat, now);
  return roundCents(total);
}

/** Discovery source types that saw the user, ascending and distinct. */
export function userDiscoveryTypes(user: SnowUserRecord): number[] {
  const types = new Set<number>();
  for (const seat of user.seats) types.add(seat.source.type);
  for (const use of user.unsanctioned) types.add(use.source.type);
  return [...types].sort((a, b) => a - b);
}

export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
