import { SeededRandom } from '../core/random.js';
import type { SnowSeatRecord } from './records.js';

/**
 * Snow's subscription insights: rules that single out seats worth acting on. The insight-users
 * endpoint lists the holders of one subscription's seats that a rule flags.
 */
export interface SnowInsightRule {
  id: string;
  name: string;
  matches(seat: SnowSeatRecord, now: number): boolean;
}

const DAY = 86_400_000;

export function createInsightRules(seed: number): SnowInsightRule[] {
  const ids = new SeededRandom(seed).fork('snow').fork('insight-rule-ids');
  const rule = (key: string, name: string, matches: SnowInsightRule['matches']): SnowInsightRule => ({
    id: ids.fork(key).uuid(),
    name,
    matches,
  });
  return [
    rule(
      'inactive',
      'Inactive users',
      (seat, now) =>
        seat.lastActivityAt !== null &&
        now - seat.lastActivityAt > seat.subscription.activityThresholdDays * DAY,
    ),
    rule('no-activity', 'Users with no activity', (seat) => seat.lastActivityAt === null),
    rule('disabled', 'Disabled users with a subscription', (seat) => !seat.user.isEnabled),
  ];
}
