import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryClaimStore, PostgresClaimStore } from '../../../mutations/claim-stores.js';
import { createIdempotencyStore, IdempotencyStore } from '../../../mutations/idempotency.js';
import { currentInstance } from '../../../mutations/process-instance.js';
import { requireRedis } from '../../support/services.js';

const scope = { mutation: 'suspendUser', principal: 'anonymous', key: 'k-1' };

describe('IdempotencyStore (in memory)', () => {
  it('claims a new key, replays the completed payload for the same input, and refuses a different input', async () => {
    const store = new IdempotencyStore();
    expect(await store.claim(scope, 'hash-a')).toEqual({ kind: 'claimed' });
    await store.complete(scope, 'hash-a', { subject: { email: 'a@example.com' }, results: [] });
    expect(await store.claim(scope, 'hash-a')).toEqual({
      kind: 'replay',
      payload: { subject: { email: 'a@example.com' }, results: [] },
    });
    expect(await store.claim(scope, 'hash-b')).toEqual({ kind: 'reused' });
  });

  it('says "running" to a concurrent claim of the same key, "reused" when its input differs', async () => {
    const store = new IdempotencyStore();
    const [first, second] = await Promise.all([store.claim(scope, 'hash-a'), store.claim(scope, 'hash-a')]);
    expect([first.kind, second.kind].sort()).toEqual(['claimed', 'running']);
    expect(await store.claim(scope, 'hash-b')).toEqual({ kind: 'reused' });
  });

  it('forgets a released key, so a run that failed in part can run again with it', async () => {
    const store = new IdempotencyStore();
    await store.claim(scope, 'hash-a');
    await store.release(scope);
    expect(await store.claim(scope, 'hash-a')).toEqual({ kind: 'claimed' });
  });

  it('scopes keys by mutation and principal', async () => {
    const store = new IdempotencyStore();
    await store.claim(scope, 'hash-a');
    await store.complete(scope, 'hash-a', 1);
    expect(await store.claim({ ...scope, mutation: 'restoreUser' }, 'hash-b')).toEqual({ kind: 'claimed' });
    expect(await store.claim({ ...scope, principal: 'someone-else' }, 'hash-b')).toEqual({ kind: 'claimed' });
  });

  it('stops replaying once the TTL passed', async () => {
    const store = new IdempotencyStore(new MemoryClaimStore(), { ttlMs: 30 });
    await store.claim(scope, 'hash-a');
    await store.complete(scope, 'hash-a', 1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await store.claim(scope, 'hash-a')).toEqual({ kind: 'claimed' });
  });

  it('hands out copies: changing a replayed payload does not change the stored one', async () => {
    const store = new IdempotencyStore();
    await store.claim(scope, 'h');
    const payload = { results: [1] };
    await store.complete(scope, 'h', payload);
    payload.results.push(2);
    const replay = await store.claim(scope, 'h');
    expect(replay).toEqual({ kind: 'replay', payload: { results: [1] } });
  });
});

/**
 * Two gateway replicas over one Redis share their keys: the machine's Redis (REDIS_URL, default
 * 127.0.0.1:6379, which .ci/run starts when it is not answering), with keys unique to this run.
 */
describe('IdempotencyStore over Redis (REDIS_URL)', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  beforeAll(() => requireRedis(url));

  it('replays on one replica what another completed, and refuses reuse there too', async () => {
    const replicaA = createIdempotencyStore({ redisUrl: url, ttlMs: 60_000 });
    const replicaB = createIdempotencyStore({ redisUrl: url, ttlMs: 60_000 });
    try {
      const redisScope = { ...scope, key: `redis-${randomUUID()}` };
      expect(await replicaA.claim(redisScope, 'hash-a')).toEqual({ kind: 'claimed' });
      expect(await replicaB.claim(redisScope, 'hash-a')).toEqual({ kind: 'running' });
      await replicaA.complete(redisScope, 'hash-a', { subject: null, results: ['done'] });
      expect(await replicaB.claim(redisScope, 'hash-a')).toEqual({
        kind: 'replay',
        payload: { subject: null, results: ['done'] },
      });
      expect(await replicaB.claim(redisScope, 'hash-b')).toEqual({ kind: 'reused' });
    } finally {
      await Promise.all([replicaA.close(), replicaB.close()]);
    }
  });
});

describe('claiming is set-if-absent in the durable store', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

  it('lets exactly one of two replicas claim a key they receive at the same instant (Redis)', async () => {
    const replicas = [0, 1, 2, 3].map(() => createIdempotencyStore({ redisUrl: url, ttlMs: 60_000 }));
    try {
      const racing = { ...scope, key: `race-${randomUUID()}` };
      const claims = await Promise.all(replicas.map((r) => r.claim(racing, 'hash-a')));
      expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
      expect(claims.filter((c) => c.kind === 'running')).toHaveLength(replicas.length - 1);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });

  it('does the same in PostgreSQL, and overwrites only an expired claim', async () => {
    const table = `idem_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: databaseUrl, max: 2 }));
    const replicas = pools.map((pool) => new IdempotencyStore(new PostgresClaimStore(pool, table)));
    try {
      // The table exists before the race (first use creates it).
      await new PostgresClaimStore(pools[0], table).get('warm-up');
      const racing = { ...scope, key: `race-${randomUUID()}` };
      const claims = await Promise.all(replicas.map((r) => r.claim(racing, 'hash-a')));
      expect(claims.filter((c) => c.kind === 'claimed')).toHaveLength(1);
      const store = new PostgresClaimStore(pools[0], table);
      expect(await store.putIfAbsent('short', 'a', 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await store.putIfAbsent('short', 'b', 60_000)).toBe(true);
      expect(await store.putIfAbsent('short', 'c', 60_000)).toBe(false);
      expect(await store.get('short')).toBe('b');
    } finally {
      await pools[0].query(`DROP TABLE IF EXISTS "${table}"`);
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('frees the running claim of a process that is gone, never a newer claim', async () => {
    const claims = new MemoryClaimStore();
    const store = new IdempotencyStore(claims);
    const abandoned = { ...scope, key: `abandoned-${randomUUID()}` };
    expect(await store.claim(abandoned, 'hash-a')).toEqual({ kind: 'claimed' });
    expect(await store.releaseAbandoned(abandoned, 'some-other-instance')).toBe(false);
    // A restarted process (a new IdempotencyStore) sees the old claim as running until it is freed.
    const restarted = new IdempotencyStore(claims);
    expect(await restarted.claim(abandoned, 'hash-a')).toEqual({ kind: 'running' });
    expect(await restarted.releaseAbandoned(abandoned, currentInstance.id)).toBe(true);
    expect(await restarted.claim(abandoned, 'hash-a')).toEqual({ kind: 'claimed' });
  });
});
