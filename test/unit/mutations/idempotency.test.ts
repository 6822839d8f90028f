import { randomUUID } from 'node:crypto';
import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { createIdempotencyStore, IdempotencyStore } from '../../../mutations/idempotency.js';
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
    const store = new IdempotencyStore(new Keyv(), { ttlMs: 30 });
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
