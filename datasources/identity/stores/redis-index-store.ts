import { createClient, type RedisClientType } from '@keyv/redis';
import {
  entryKey,
  type IdentityIndexStore,
  type IndexChanges,
  type IndexWrite,
  type SourceStatus,
  type StoredEntry,
} from '../index-store.js';

/** Entries per script call: each call is atomic and takes its own revision, so batches stay small. */
const BATCH = 2_000;

/**
 * KEYS: rev, entries (hash), changes (zset), sources (hash), base. ARGV: the writer's clock (ms), n,
 * then n × (field, entry JSON), then source statuses as (source, JSON) pairs. One revision per call,
 * taken and used atomically, so a reader that sees revision R also sees every row stamped ≤ R. A
 * tenant's first write starts its revisions at the writer's clock (kept as `base`), not at 1: a Redis
 * that lost its data starts above every revision a replica's older copy can hold, and says so.
 */
const WRITE_SCRIPT = `
local rev
if redis.call('EXISTS', KEYS[1]) == 0 then
  rev = tonumber(ARGV[1])
  redis.call('SET', KEYS[1], ARGV[1])
  redis.call('SET', KEYS[5], ARGV[1])
else
  rev = redis.call('INCR', KEYS[1])
end
local n = tonumber(ARGV[2])
for i = 0, n - 1 do
  local field = ARGV[3 + i * 2]
  local value = ARGV[4 + i * 2]
  redis.call('HSET', KEYS[2], field, '{"r":' .. rev .. ',' .. string.sub(value, 2))
  redis.call('ZADD', KEYS[3], rev, field)
end
for i = 3 + n * 2, #ARGV, 2 do
  redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 1])
end
return rev`;

const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0`;

const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * The identity index in Redis (`REDIS_URL` without `DATABASE_URL`): per tenant a hash of entries (each
 * stamped with the revision that wrote it), a sorted set of entry keys by revision (what changed
 * since R is one range read), a hash of source statuses and one key per lease (`SET NX PX`).
 */
export class RedisIndexStore implements IdentityIndexStore {
  private connected?: Promise<unknown>;

  constructor(
    private readonly client: RedisClientType,
    private readonly prefix = 'admingraph:identity',
  ) {}

  static connect(redisUrl: string, prefix?: string): RedisIndexStore {
    // No offline queue: while Redis is away commands fail at once and replicas serve the copy they hold.
    const client = createClient({ url: redisUrl, disableOfflineQueue: true }) as RedisClientType;
    client.on('error', () => undefined); // it reconnects by itself; failed commands surface where they were sent
    return new RedisIndexStore(client, prefix);
  }

  private key(tenant: string, part: string) {
    return `${this.prefix}:${tenant}:${part}`;
  }

  private async redis(): Promise<RedisClientType> {
    this.connected ??= this.client.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    return this.client;
  }

  async revision(tenant: string): Promise<number> {
    const redis = await this.redis();
    return Number((await redis.get(this.key(tenant, 'rev'))) ?? 0);
  }

  async changesSince(tenant: string, since: number): Promise<IndexChanges> {
    const redis = await this.redis();
    const revision = await this.revision(tenant);
    const base = Number((await redis.get(this.key(tenant, 'base'))) ?? 0) || undefined;
    const sources = Object.values(await redis.hGetAll(this.key(tenant, 'sources'))).map(
      (json) => JSON.parse(json) as SourceStatus,
    );
    let values: (string | null)[];
    if (since === 0) values = Object.values(await redis.hGetAll(this.key(tenant, 'entries')));
    else {
      const fields = await redis.zRangeByScore(this.key(tenant, 'changes'), `(${since}`, revision);
      values = fields.length ? await redis.hmGet(this.key(tenant, 'entries'), fields) : [];
    }
    const entries: StoredEntry[] = [];
    for (const value of values) {
      if (!value) continue;
      const { r, ...entry } = JSON.parse(value) as StoredEntry & { r: number };
      // Rows written after the revision read first belong to the next catch-up.
      if (r > revision || (since === 0 && entry.deleted)) continue;
      entries.push(entry as StoredEntry);
    }
    return { revision, base, entries, sources };
  }

  async write(tenant: string, change: IndexWrite): Promise<number> {
    const redis = await this.redis();
    const rows: [string, string][] = [
      ...(change.upserts ?? []).map((e): [string, string] => [entryKey(e.source, e.id), JSON.stringify(e)]),
      ...(change.removals ?? []).map(({ source, id }): [string, string] => [
        entryKey(source, id),
        JSON.stringify({ source, id, email: '', doc: null, deleted: true }),
      ]),
    ];
    const statuses = (change.sources ?? []).flatMap((s) => [s.source, JSON.stringify(s)]);
    const keys = ['rev', 'entries', 'changes', 'sources', 'base'].map((part) => this.key(tenant, part));
    let revision = 0;
    for (let i = 0; i === 0 || i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const last = i + BATCH >= rows.length;
      revision = Number(
        await redis.eval(WRITE_SCRIPT, {
          keys,
          arguments: [String(Date.now()), String(batch.length), ...batch.flat(), ...(last ? statuses : [])],
        }),
      );
    }
    return revision;
  }

  async acquireLease(tenant: string, name: string, holder: string, ttlMs: number): Promise<boolean> {
    const redis = await this.redis();
    const result = await redis.eval(RENEW_SCRIPT, {
      keys: [this.key(tenant, `lease:${name}`)],
      arguments: [holder, String(ttlMs)],
    });
    return Number(result) === 1;
  }

  async releaseLease(tenant: string, name: string, holder: string): Promise<void> {
    const redis = await this.redis();
    await redis.eval(RELEASE_SCRIPT, { keys: [this.key(tenant, `lease:${name}`)], arguments: [holder] });
  }

  async close(): Promise<void> {
    if (this.connected) await this.client.quit().catch(() => undefined);
  }
}
