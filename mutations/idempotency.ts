import { currentInstance } from './process-instance.js';
import { MemoryClaimStore, PostgresClaimStore, RedisClaimStore, type ClaimStore } from './claim-stores.js';

/** Whose key it is: a key is only ever compared within one mutation and one caller. */
export interface IdempotencyScope {
  mutation: string;
  principal: string;
  key: string;
}

type StoredRecord =
  /** `owner`: the process instance running it, so recovery frees only the keys of a process that is gone. */
  | { state: 'running'; inputHash: string; startedAt: string; owner?: string }
  | { state: 'done'; inputHash: string; completedAt: string; payload: unknown };

export type IdempotencyClaim =
  /** First use of the key: run the mutation, then `complete` or `release`. */
  | { kind: 'claimed' }
  /** The key completed with this input before: answer the stored payload, send nothing. */
  | { kind: 'replay'; payload: unknown }
  /** The key was used with a different input. */
  | { kind: 'reused' }
  /** The same mutation with this key is running right now. */
  | { kind: 'running' };

export interface IdempotencyOptions {
  /** How long a completed result is replayed (default 24 h). */
  ttlMs?: number;
  /** How long a running claim holds the key if its process dies before releasing it (default 5 min). */
  runningTtlMs?: number;
}

/**
 * Idempotency keys in a claim store: in memory by default, in Redis when `REDIS_URL` is set, else in
 * PostgreSQL when `DATABASE_URL` is set (both shared by every replica and kept across restarts). A
 * key remembers a hash of the normalized input and, once the mutation completed (no vendor action
 * failed), its payload. A partially failed run is not kept, so running it again with the same key
 * completes what is left. Claiming is set-if-absent in the store itself, so two replicas receiving
 * the same key at the same instant cannot both run; a local map answers repeats within one process
 * without a round trip.
 */
export class IdempotencyStore {
  private readonly local = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly runningTtlMs: number;

  constructor(
    private readonly store: ClaimStore = new MemoryClaimStore(),
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.runningTtlMs = options.runningTtlMs ?? 5 * 60 * 1000;
  }

  async claim(scope: IdempotencyScope, inputHash: string): Promise<IdempotencyClaim> {
    const key = storeKey(scope);
    const localHash = this.local.get(key);
    if (localHash !== undefined) return localHash === inputHash ? { kind: 'running' } : { kind: 'reused' };
    this.local.set(key, inputHash);
    try {
      const running: StoredRecord = {
        state: 'running',
        inputHash,
        startedAt: new Date().toISOString(),
        owner: currentInstance.id,
      };
      if (await this.store.putIfAbsent(key, JSON.stringify(running), this.runningTtlMs))
        return { kind: 'claimed' };
      this.local.delete(key);
      const existing = await this.read(key);
      // Freed between the two calls (released or expired): the caller may simply try again.
      if (!existing) return { kind: 'running' };
      if (existing.inputHash !== inputHash) return { kind: 'reused' };
      return existing.state === 'done' ? { kind: 'replay', payload: existing.payload } : { kind: 'running' };
    } catch (error) {
      this.local.delete(key);
      throw error;
    }
  }

  /** Keeps the payload of a completed run for replay. */
  async complete(scope: IdempotencyScope, inputHash: string, payload: unknown): Promise<void> {
    const key = storeKey(scope);
    try {
      await this.write(
        key,
        { state: 'done', inputHash, completedAt: new Date().toISOString(), payload },
        this.ttlMs,
      );
    } finally {
      this.local.delete(key);
    }
  }

  /** Frees the key without keeping a result (the run was rejected, failed in part, or crashed). */
  async release(scope: IdempotencyScope): Promise<void> {
    const key = storeKey(scope);
    try {
      await this.store.delete(key);
    } finally {
      this.local.delete(key);
    }
  }

  /**
   * Frees a key still held by a run of `owner`, a process that is gone (crash recovery): the
   * same key may then run again and complete what is left. A newer claim is left alone.
   */
  async releaseAbandoned(scope: IdempotencyScope, owner: string): Promise<boolean> {
    const key = storeKey(scope);
    const text = await this.store.get(key);
    if (text === undefined) return false;
    const record = JSON.parse(text) as StoredRecord;
    if (record.state !== 'running' || record.owner !== owner) return false;
    await this.store.deleteIfEquals(key, text);
    return true;
  }

  ping(): Promise<void> {
    return this.store.ping();
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  // Stored as JSON text so the in-memory and Redis stores behave alike (no shared object references).
  private async read(key: string): Promise<StoredRecord | undefined> {
    const text = await this.store.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as StoredRecord);
  }

  private async write(key: string, record: StoredRecord, ttlMs: number): Promise<void> {
    await this.store.put(key, JSON.stringify(record), ttlMs);
  }
}

const storeKey = (scope: IdempotencyScope) =>
  `${encodeURIComponent(scope.mutation)}:${encodeURIComponent(scope.principal)}:${encodeURIComponent(scope.key)}`;

const NAMESPACE = 'admingraph-idempotency:';

/** Redis when a URL is given (REDIS_URL), else PostgreSQL (DATABASE_URL), else memory. */
export function createIdempotencyStore(
  settings: { redisUrl?: string; databaseUrl?: string; ttlMs?: number; table?: string } = {},
): IdempotencyStore {
  const store = settings.redisUrl
    ? new RedisClaimStore(settings.redisUrl, NAMESPACE)
    : settings.databaseUrl
      ? PostgresClaimStore.connect(settings.databaseUrl, settings.table)
      : new MemoryClaimStore();
  return new IdempotencyStore(store, { ttlMs: settings.ttlMs });
}
