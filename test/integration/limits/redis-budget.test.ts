import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { LeakyBucketBudget } from '../../../src/limits/cost-budget.js';
import { RedisCostBudget } from '../../../src/limits/redis-cost-budget.js';

/**
 * The budget shared by replicas through the machine's Redis: two budgets on one key prefix are two
 * gateway replicas. A clock the test moves; a random prefix per run (the Redis is shared).
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const keyPrefix = `test-budget-${randomUUID()}`;
let now = Date.UTC(2026, 10, 1);
const clock = () => now;
const opened: RedisCostBudget[] = [];
const replica = (capacity: number) => {
  const budget = new RedisCostBudget(redisUrl, capacity, { keyPrefix, now: clock });
  opened.push(budget);
  return budget;
};
afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
});

describe('the Redis-shared cost budget', () => {
  it('is one bucket for every replica: what one spends, the other cannot', async () => {
    const a = replica(600);
    const b = replica(600);
    expect(await a.spend('alice', 400)).toMatchObject({ allowed: true, currentlyAvailable: 200 });
    expect(await b.spend('alice', 300)).toMatchObject({
      allowed: false,
      currentlyAvailable: 200,
      retryAfterSeconds: 10,
    });
    expect(await b.spend('alice', 200)).toMatchObject({ allowed: true, currentlyAvailable: 0 });
    expect((await a.status('alice')).currentlyAvailable).toBe(0);
    expect((await a.status('bob')).currentlyAvailable).toBe(600);
  });

  it('agrees with the in-memory bucket, refill included', async () => {
    const shared = replica(600);
    const local = new LeakyBucketBudget(600, clock);
    const steps: [number, number][] = [
      [0, 500],
      [0, 200],
      [15_000, 200],
      [45_000, 600],
      [120_000, 600],
    ];
    for (const [advance, cost] of steps) {
      now += advance;
      expect(await shared.spend('carol', cost)).toStrictEqual(local.spend('carol', cost));
    }
  });

  it('falls back to the process own bucket when Redis does not answer', async () => {
    const errors: Error[] = [];
    const unreachable = new RedisCostBudget('redis://127.0.0.1:1', 100, {
      keyPrefix,
      now: clock,
      onError: (e) => errors.push(e),
    });
    opened.push(unreachable);
    expect(await unreachable.spend('dave', 100)).toMatchObject({ allowed: true, currentlyAvailable: 0 });
    expect(await unreachable.spend('dave', 1)).toMatchObject({ allowed: false });
    expect(errors.length).toBeGreaterThan(0);
  });
});
