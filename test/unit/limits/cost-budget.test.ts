import { describe, expect, it } from 'vitest';
import { LeakyBucketBudget } from '../../../src/limits/cost-budget.js';

/** A clock the test moves by hand: no sleeps. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the per-caller leaky bucket', () => {
  it('spends until the budget is gone, then refuses with the seconds until the cost fits', () => {
    const clock = manualClock();
    const budget = new LeakyBucketBudget(600, clock.now); // 600 a minute: 10 a second
    expect(budget.spend('alice', 400)).toMatchObject({ allowed: true, currentlyAvailable: 200 });
    expect(budget.spend('alice', 200)).toMatchObject({ allowed: true, currentlyAvailable: 0 });
    expect(budget.spend('alice', 50)).toStrictEqual({
      allowed: false,
      retryAfterSeconds: 5,
      maximumAvailable: 600,
      currentlyAvailable: 0,
      restoreRate: 10,
    });
    // A refused operation spends nothing: after the promised wait it fits.
    clock.advance(5_000);
    expect(budget.spend('alice', 50)).toMatchObject({ allowed: true, currentlyAvailable: 0 });
  });

  it('refills continuously, never past the capacity', () => {
    const clock = manualClock();
    const budget = new LeakyBucketBudget(600, clock.now);
    budget.spend('alice', 600);
    clock.advance(30_000);
    expect(budget.status('alice').currentlyAvailable).toBe(300);
    clock.advance(10 * 60_000);
    expect(budget.status('alice').currentlyAvailable).toBe(600);
  });

  it('keeps one bucket per caller', () => {
    const clock = manualClock();
    const budget = new LeakyBucketBudget(100, clock.now);
    expect(budget.spend('alice', 100).allowed).toBe(true);
    expect(budget.spend('alice', 1).allowed).toBe(false);
    expect(budget.spend('bob', 100).allowed).toBe(true);
  });

  it('forgets callers whose bucket is full again once it holds many', () => {
    const clock = manualClock();
    const budget = new LeakyBucketBudget(100, clock.now);
    for (let i = 0; i <= 10_000; i++) budget.spend(`caller-${i}`, 1);
    clock.advance(60_000);
    budget.spend('late', 1);
    // Every earlier caller is full again and forgotten; their budget reads as full either way.
    expect(budget.status('caller-0').currentlyAvailable).toBe(100);
    expect((budget as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });
});
