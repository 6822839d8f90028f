import { createClient } from '@keyv/redis';
import pg from 'pg';

/**
 * Where idempotency keys live. Claiming a key must be atomic across replicas (set-if-absent), which
 * keyv cannot express, so each backend uses its own primitive: Redis `SET NX PX`, PostgreSQL
 * `INSERT ... ON CONFLICT`, a Map in memory.
 */
export interface ClaimStore {
  get(key: string): Promise<string | undefined>;
  /** Stores `value` unless a live value is there; true when this call stored it. */
  putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  put(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes the key only while it still holds `expected` (a recovered claim, not a newer one). */
  deleteIfEquals(key: string, expected: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Longest wait for a Redis connection inside a mutation. */
const CONNECT_WAIT_MS = 1_000;

/** One process only: keys are lost on restart (the audit journal still shows the interrupted run). */
export class MemoryClaimStore implements ClaimStore {
  private readonly values = new Map<string, { value: string; expiresAt: number }>();

  async get(key: string) {
    const found = this.values.get(key);
    if (!found) return undefined;
    if (found.expiresAt > Date.now()) return found.value;
    this.values.delete(key);
    return undefined;
  }
  async putIfAbsent(key: string, value: string, ttlMs: number) {
    if ((await this.get(key)) !== undefined) return false;
    await this.put(key, value, ttlMs);
    return true;
  }
  async put(key: string, value: string, ttlMs: number) {
    this.values.set(key, { value, expiresAt: Date.now() + ttlMs });
  }
  async delete(key: string) {
    this.values.delete(key);
  }
  async deleteIfEquals(key: string, expected: string) {
    if ((await this.get(key)) === expected) this.values.delete(key);
  }
  async ping() {}
  async close() {}
}

const DELETE_IF_EQUALS = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** Redis (`REDIS_URL`): shared by every replica, and by the next start of this one. */
export class RedisClaimStore implements ClaimStore {
  private readonly client: ReturnType<typeof createClient>;
  private connected?: Promise<unknown>;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // No offline queue: while Redis is away a claim fails at once (the mutation is refused, retryably)
    // instead of waiting in a queue and running whenever Redis comes back.
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1_000 } });
    this.client.on('error', () => undefined); // surfaced by the failing command (and by /readyz)
  }

  private async ready() {
    this.connected ??= this.client.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.connected,
      new Promise((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (!this.client.isReady) throw new Error('Redis (idempotency keys) is not reachable');
    return this.client;
  }
  async get(key: string) {
    return (await (await this.ready()).get(this.prefix + key)) ?? undefined;
  }
  async putIfAbsent(key: string, value: string, ttlMs: number) {
    const answer = await (await this.ready()).set(this.prefix + key, value, { NX: true, PX: ttlMs });
    return answer === 'OK';
  }
  async put(key: string, value: string, ttlMs: number) {
    await (await this.ready()).set(this.prefix + key, value, { PX: ttlMs });
  }
  async delete(key: string) {
    await (await this.ready()).del(this.prefix + key);
  }
  async deleteIfEquals(key: string, expected: string) {
    await (await this.ready()).eval(DELETE_IF_EQUALS, { keys: [this.prefix + key], arguments: [expected] });
  }
  async ping() {
    await (await this.ready()).ping();
  }
  async close() {
    if (this.connected) await this.client.quit().catch(() => undefined);
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** PostgreSQL (`DATABASE_URL`, when there is no Redis): one row per key, expired rows overwritten. */
export class PostgresClaimStore implements ClaimStore {
  private ready?: Promise<void>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly table = 'admingraph_idempotency',
  ) {
    if (!IDENTIFIER.test(table)) throw new Error(`Idempotency table name "${table}" must be an identifier`);
  }

  static connect(databaseUrl: string, table?: string): PostgresClaimStore {
    return new PostgresClaimStore(new pg.Pool({ connectionString: databaseUrl, max: 4 }), table);
  }

  async get(key: string) {
    await this.ensureTable();
    const rows = await this.pool.query<{ value: string }>(
      `SELECT value FROM "${this.table}" WHERE key = $1 AND expires_at > now()`,
      [key],
    );
    return rows.rows[0]?.value;
  }
  async putIfAbsent(key: string, value: string, ttlMs: number) {
    await this.ensureTable();
    const rows = await this.pool.query(
      `INSERT INTO "${this.table}" AS t (key, value, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
       WHERE t.expires_at <= now() RETURNING key`,
      [key, value, ttlMs],
    );
    return rows.rowCount === 1;
  }
  async put(key: string, value: string, ttlMs: number) {
    await this.ensureTable();
    await this.pool.query(
      `INSERT INTO "${this.table}" (key, value, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [key, value, ttlMs],
    );
  }
  async delete(key: string) {
    await this.ensureTable();
    await this.pool.query(`DELETE FROM "${this.table}" WHERE key = $1`, [key]);
  }
  async deleteIfEquals(key: string, expected: string) {
    await this.ensureTable();
    await this.pool.query(`DELETE FROM "${this.table}" WHERE key = $1 AND value = $2`, [key, expected]);
  }
  async ping() {
    await this.pool.query('SELECT 1');
  }
  async close() {
    await this.pool.end();
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS "${this.table}" (key text PRIMARY KEY, value text NOT NULL, expires_at timestamptz NOT NULL)`,
      )
      .then(
        () => undefined,
        (error: { code?: string }) => {
          if (error.code === '23505' || error.code === '42P07') return; // created by another replica at once
          this.ready = undefined;
          throw error;
        },
      );
    return this.ready;
  }
}
