import { createKeyv } from '@keyv/redis';
import Keyv from 'keyv';

/** Whose key it is: a key is only ever compared within one mutation and one caller. */
export interface IdempotencyScope {
  mutation: string;
  principal: string;
  key: string;
}

type StoredRecord =
  | { state: 'running'; inputHash: string; startedAt: string }
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
 * Idempotency keys in the keyv store: in memory by default, in Redis (shared by every gateway
 * replica) when `REDIS_URL` is set. A key remembers a hash of the input and, once the mutation
 * completed (no vendor action failed), its payload. A partially failed run is not kept, so running
 * it again with the same key completes what is left.
 *
 * Keyv has no set-if-absent, so two replicas receiving the same key at the same instant can both
 * run; within one process a local map closes that gap. The vendors' own "already in that state"
 * answers (ALREADY_DONE) keep such a double run harmless for the lifecycle mutations.
 */
export class IdempotencyStore {
  private readonly local = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly runningTtlMs: number;

  constructor(
    private readonly store: Keyv = new Keyv(),
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
      const existing = await this.read(key);
      if (existing) {
        this.local.delete(key);
        if (existing.inputHash !== inputHash) return { kind: 'reused' };
        return existing.state === 'done'
          ? { kind: 'replay', payload: existing.payload }
          : { kind: 'running' };
      }
      await this.write(
        key,
        { state: 'running', inputHash, startedAt: new Date().toISOString() },
        this.runningTtlMs,
      );
      return { kind: 'claimed' };
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

  async close(): Promise<void> {
    await this.store.disconnect();
  }

  // Stored as JSON text so the in-memory and Redis stores behave alike (no shared object references).
  private async read(key: string): Promise<StoredRecord | undefined> {
    const text = (await this.store.get(key)) as string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as StoredRecord);
  }

  private async write(key: string, record: StoredRecord, ttlMs: number): Promise<void> {
    await this.store.set(key, JSON.stringify(record), ttlMs);
  }
}

const storeKey = (scope: IdempotencyScope) =>
  `${encodeURIComponent(scope.mutation)}:${encodeURIComponent(scope.principal)}:${encodeURIComponent(scope.key)}`;

const NAMESPACE = 'admingraph-idempotency';

/** In memory, or Redis when a URL is given (REDIS_URL), so every replica sees the same keys. */
export function createIdempotencyStore(
  settings: { redisUrl?: string; ttlMs?: number } = {},
): IdempotencyStore {
  const store = settings.redisUrl
    ? createKeyv(settings.redisUrl, { namespace: NAMESPACE })
    : new Keyv({ namespace: NAMESPACE });
  return new IdempotencyStore(store, { ttlMs: settings.ttlMs });
}
