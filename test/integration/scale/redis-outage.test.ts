/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { PrivateRedis } from '../../support/private-redis.js';
import { replicaEnv, startReplica, uniqueName, type Replica } from '../../support/replicas.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Two whole gateways whose shared state is all in one Redis of the test's own (identity index,
 * vendor response cache, idempotency keys, request budgets, persisted queries), which the test stops
 * and starts again mid-run: the gateways keep answering from their own copies and the vendors, a
 * write made meanwhile is not lost, and once Redis is back both replicas agree again.
 */

const company = testCompany();
const activeEverywhere = company.people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);
const USERS = `{ users(first: 5) { totalCount edges { node { email status } } } }`;
const USER = `query($email: String!) { user(email: $email) { status accounts { vendor status } } }`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) {
  user { status accounts { vendor status } } results { api status } userErrors { code message } } }`;

let fleet: SimulatorFleet;
let redis: PrivateRedis;
let first: Replica;
let second: Replica;
/** Vendor calls of one full build of the index. */
let buildCalls = 0;

beforeAll(async () => {
  fleet = await startSimulators({ company, ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 } });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  redis = await PrivateRedis.start({ keepData: true });
  const env = await replicaEnv(fleet, {
    REDIS_URL: redis.url,
    DATABASE_URL: '',
    ADMINGRAPH_IDENTITY_REDIS_PREFIX: uniqueName('test:identity'),
    ADMINGRAPH_CACHE_REDIS_PREFIX: uniqueName('test:cache'),
    ADMINGRAPH_IDENTITY_TTL_MS: '0',
    ADMINGRAPH_AUDIT_FILE: `/tmp/${uniqueName('audit')}.ndjson`,
  });
  first = await startReplica(env);
  second = await startReplica(env);
}, 60_000);
afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await redis?.stop();
  await fleet?.close();
});

const served = () => Object.values(fleet.running).reduce((n, sim) => n + sim.log.snapshot().recent.length, 0);
const resetCounts = () => Object.values(fleet.running).forEach((sim) => sim.log.clear());

describe('Redis stopped and started again under two whole gateways', () => {
  it('keeps answering, loses no write made meanwhile, and both replicas agree once Redis is back', async () => {
    resetCounts();
    const built = await first.query(USERS);
    expect(built.errors).toBeUndefined();
    buildCalls = served();
    expect(buildCalls).toBeGreaterThan(0);
    resetCounts();
    expect((await second.query(USERS)).data).toEqual(built.data);
    expect(served()).toBe(0); // the second replica reads the first one's index from Redis

    const [early, late] = [activeEverywhere[0].email, activeEverywhere[1].email];
    expect((await second.query(USER, { email: late })).data.user.status).toBe('ACTIVE');

    await redis.stop();
    // Reads still answer, from each replica's own copy of the index.
    const started = Date.now();
    for (const replica of [first, second]) {
      const users = await replica.query(USERS);
      expect(users.errors).toBeUndefined();
      expect(users.data.users.totalCount).toBe(built.data.users.totalCount);
    }
    expect(Date.now() - started).toBeLessThan(10_000);

    // A write while Redis is away: it reaches the vendors, and the writer shows it at once.
    const before = (await first.query(USER, { email: late })).data.user;
    const suspended = await first.query(SUSPEND, { input: { email: late } });
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data.suspendUser.userErrors).toEqual([]);
    const after = suspended.data.suspendUser.user;
    expect(after).not.toEqual(before);
    expect(after.accounts.filter((a: any) => a.status === 'SUSPENDED').length).toBeGreaterThan(1);
    expect((await first.query(USER, { email: late })).data.user).toEqual(after);

    // A write that needs Redis to be safe (an idempotency key) is refused before any vendor call.
    resetCounts();
    const guarded = await first.query(SUSPEND, { input: { email: early, idempotencyKey: 'outage-1' } });
    expect(guarded.data.suspendUser.userErrors.map((e: any) => e.code)).toEqual([
      'IDEMPOTENCY_STORE_UNAVAILABLE',
    ]);
    expect(served()).toBe(0);

    await redis.restart();
    // Once Redis answers again, the write made during the outage reaches the other replica.
    await expect
      .poll(async () => (await second.query(USER, { email: late })).data.user, { timeout: 15_000 })
      .toEqual(after);
    const again = await first.query(SUSPEND, { input: { email: early, idempotencyKey: 'outage-1' } });
    expect(again.errors).toBeUndefined();
    expect(again.data.suspendUser.userErrors).toEqual([]);
    expect((await second.query(USER, { email: early })).data.user).toEqual(again.data.suspendUser.user);
  }, 90_000);

  it('builds the index again, once for both replicas, when Redis comes back without its data', async () => {
    const before = (await first.query(USERS)).data;
    const revisions = () => [first, second].map((r: any) => r.running.gateway.identityStatus().revision);
    const [firstRevision, secondRevision] = revisions();
    await redis.stop();
    redis.wipe();
    await redis.restart();
    resetCounts();
    // Each replica notices the empty store once it has reconnected; until then it serves its copy.
    await expect
      .poll(
        async () => {
          const answers = await Promise.all([first.query(USERS), second.query(USERS)]);
          for (const answer of answers) expect(answer.data).toEqual(before);
          const [a, b] = revisions();
          return a > firstRevision && b > secondRevision;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(served()).toBe(buildCalls); // one replica crawled under the lease; the other read its rows
    const email = activeEverywhere[1].email; // suspended during the outage above: the vendors say so
    const seen = await Promise.all([first, second].map((r) => r.query(USER, { email })));
    expect(seen[0].data.user.accounts.some((a: any) => a.status === 'SUSPENDED')).toBe(true);
    expect(seen[1].data).toEqual(seen[0].data);
  }, 90_000);
});
