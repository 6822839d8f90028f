import { describe, expect, it } from 'vitest';
import { PaidSeatStore, PaidSeats } from '../../../datasources/insights/paid-seat-store.js';
import type { SaasSubscriptionModel } from '../../../datasources/model/index.js';

const seat = (id: string) => ({ externalId: id }) as SaasSubscriptionModel;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A walk that counts its runs and answers what `next` says (seats, or an error to throw). */
function countingWalk(next: () => SaasSubscriptionModel[] | Error, delayMs = 0) {
  const walk = async () => {
    walk.runs++;
    if (delayMs) await sleep(delayMs);
    const answer = next();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  walk.runs = 0;
  return walk;
}

describe('PaidSeatStore', () => {
  it('walks once for concurrent readers and serves the kept walk afterwards', async () => {
    const store = new PaidSeatStore(60_000);
    const walk = countingWalk(() => [seat('a')], 20);
    const [one, two] = await Promise.all([store.get('t', walk), store.get('t', walk)]);
    expect(one).toBe(two);
    expect((await store.get('t', walk)).seats.map((s) => s.externalId)).toEqual(['a']);
    expect(walk.runs).toBe(1);
    // Tenants are apart.
    await store.get('other', walk);
    expect(walk.runs).toBe(2);
  });

  it('answers the stale walk past its TTL while one refresh runs, then the fresh one', async () => {
    // Generous margins: the machine is shared, timers run late.
    const store = new PaidSeatStore(400);
    let version = 'old';
    const walk = countingWalk(() => [seat(version)], 20);
    await store.get('t', walk);
    await sleep(450);
    version = 'new';
    const stale = await store.get('t', walk);
    expect(stale.seats[0].externalId).toBe('old');
    await sleep(150);
    expect((await store.get('t', walk)).seats[0].externalId).toBe('new');
    expect(walk.runs).toBe(2);
  });

  it("keeps the stale walk when a refresh fails, and reports the vendor's error when there is none", async () => {
    const store = new PaidSeatStore(20);
    let answer: SaasSubscriptionModel[] | Error = [seat('a')];
    const walk = countingWalk(() => answer);
    await store.get('t', walk);
    await sleep(30);
    answer = new Error('Snow is down');
    expect((await store.get('t', walk)).seats[0].externalId).toBe('a');
    await expect(new PaidSeatStore(1000).get('t', walk)).rejects.toThrow('Snow is down');
  });

  it('walks again after an invalidation, even one that lands while a walk runs', async () => {
    const store = new PaidSeatStore(60_000);
    let version = 'before the write';
    const walk = countingWalk(() => [seat(version)], 30);
    const reading = store.get('t', walk);
    await sleep(5);
    version = 'after the write';
    store.invalidate('t');
    // The reader whose walk was dropped reads again: it never answers what predates the write.
    expect((await reading).seats[0].externalId).toBe('after the write');
    store.invalidate('t');
    await store.get('t', walk);
    expect(walk.runs).toBe(3);
  });
});

describe('PaidSeats.remember', () => {
  it('computes once per source and key, again for a new source or once the clock has moved on', () => {
    const paid = new PaidSeats([seat('a')]);
    const snapshot = {};
    let computed = 0;
    const compute = (now: number) => ({ now, n: ++computed });
    expect(paid.remember(snapshot, 'waste:60', 1000, compute)).toEqual({ now: 1000, n: 1 });
    expect(paid.remember(snapshot, 'waste:60', 1000, compute).n).toBe(1);
    expect(paid.remember(snapshot, 'waste:30', 1000, compute).n).toBe(2);
    expect(paid.remember({}, 'waste:60', 1000, compute).n).toBe(3);
    expect(paid.remember(snapshot, 'waste:60', 1000 + 60_000, compute)).toEqual({ now: 61_000, n: 4 });
  });
});
