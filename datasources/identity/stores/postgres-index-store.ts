import pg from 'pg';
import type { AccountModel } from '../../model/index.js';
import {
  entryOutline,
  type ChangesOptions,
  type IdentityIndexStore,
  type IndexChanges,
  type IndexEntry,
  type IndexWrite,
  type SourceStatus,
  type StoredEntry,
} from '../index-store.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;
/** Rows per INSERT: large enough that a 100,000-account source is a few statements. */
const BATCH = 5_000;
/** Rows per read of a replica's catch-up: a few megabytes at a time. */
export const CURSOR_BATCH = 5_000;

/** The columns the `users` list sorts and filters by, beside the whole account as jsonb. */
function sortColumns(entry: IndexEntry): [string | null, string | null, string | null] {
  if (entry.source === 'SCIM') return [null, null, null];
  const account: AccountModel = entry.doc;
  return [
    account.displayName?.toLowerCase() ?? null,
    account.department?.toLowerCase() ?? null,
    account.lastActiveAt,
  ];
}

/**
 * The identity index in PostgreSQL (`DATABASE_URL`): one row per tenant, source and account, indexed
 * by normalized email and by the `users` sort keys (display name, department, last activity), and
 * by revision so a replica reads only what changed since its copy. The account document is `json`,
 * not `jsonb`: nothing queries inside it, and a replica starting beside 330,000 rows reads them 3×
 * faster when the server sends the stored text instead of re-serializing jsonb (measured: 0.9 s
 * against 2.7 s for the whole table through psql). The tenant row's revision is
 * bumped inside each write's transaction: its row lock orders concurrent writers, so revisions commit
 * in order. Leases are rows with an expiry, taken by an upsert that only wins over an expired holder.
 */
export class PostgresIndexStore implements IdentityIndexStore {
  private ready?: Promise<void>;
  private readonly entries: string;
  private readonly tenants: string;
  private readonly leases: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly tablePrefix = 'admingraph_identity',
  ) {
    if (!IDENTIFIER.test(tablePrefix))
      throw new Error(`Identity table prefix "${tablePrefix}" must be lower-case letters, digits and _`);
    this.entries = `${tablePrefix}_entries`;
    this.tenants = `${tablePrefix}_tenants`;
    this.leases = `${tablePrefix}_leases`;
  }

  static connect(databaseUrl: string, tablePrefix?: string): PostgresIndexStore {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 5_000 });
    pool.on('error', () => undefined); // an idle connection dropped by the server: the pool opens another
    return new PostgresIndexStore(pool, tablePrefix);
  }

  async revision(tenant: string): Promise<number> {
    await this.ensureTables();
    const { rows } = await this.pool.query<{ revision: string }>(
      `SELECT revision FROM ${this.tenants} WHERE tenant = $1`,
      [tenant],
    );
    return rows.length ? Number(rows[0].revision) : 0;
  }

  async changesSince(tenant: string, since: number, options?: ChangesOptions): Promise<IndexChanges> {
    await this.ensureTables();
    const client = await this.pool.connect();
    try {
      // One snapshot: the revision and the rows it covers agree.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const head = await client.query<{ revision: string; sources: Record<string, SourceStatus> }>(
        `SELECT revision, sources FROM ${this.tenants} WHERE tenant = $1`,
        [tenant],
      );
      // Outlines were cut when written (rows from before then send the document; the replica cuts it).
      await client.query({
        text: `DECLARE changes NO SCROLL CURSOR FOR
               SELECT source, id, email, ${options?.outlines ? 'coalesce(outline, doc)' : 'doc'}, deleted, coalesce(digest, md5(doc::text))
                 FROM ${this.entries}
                WHERE tenant = $1 AND revision > $2 AND ($2 > 0 OR NOT deleted)`,
        values: [tenant, since],
      });
      // Read through a cursor in batches, each handed on before the next is read: a replica starting
      // beside ~330,000 rows never holds them all as rows (measured: twice its index at its peak).
      const revision = head.rows.length ? Number(head.rows[0].revision) : 0;
      const entries: StoredEntry[] = [];
      const take = options?.onEntries ?? ((batch: StoredEntry[]) => void entries.push(...batch));
      const fetchBatch = () => {
        const batch = client.query<[string, string, string, AccountModel, boolean, string]>({
          text: `FETCH ${CURSOR_BATCH} FROM changes`,
          rowMode: 'array',
        });
        batch.catch(() => undefined); // awaited below; a taker that throws first leaves it unawaited
        return batch;
      };
      // The next batch is asked for before this one is taken: the server reads it meanwhile.
      let next = fetchBatch();
      for (;;) {
        const rows = await next;
        const more = rows.rows.length === CURSOR_BATCH;
        if (more) next = fetchBatch();
        take(
          rows.rows.map(
            ([source, id, email, doc, deleted, digest]) =>
              ({ source, id, email, doc, deleted: deleted || undefined, digest }) as StoredEntry,
          ),
          revision,
        );
        if (!more) break;
      }
      await client.query('COMMIT');
      return { revision, sources: head.rows.length ? Object.values(head.rows[0].sources) : [], entries };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async entriesOfEmails(tenant: string, emails: readonly string[]): Promise<IndexEntry[]> {
    if (emails.length === 0) return [];
    await this.ensureTables();
    const { rows } = await this.pool.query<[string, string, string, AccountModel]>({
      text: `SELECT source, id, email, doc FROM ${this.entries}
              WHERE tenant = $1 AND email = ANY($2::text[]) AND NOT deleted`,
      values: [tenant, emails],
      rowMode: 'array',
    });
    return rows.map(([source, id, email, doc]) => ({ source, id, email, doc }) as IndexEntry);
  }

  async write(tenant: string, change: IndexWrite): Promise<number> {
    await this.ensureTables();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ revision: string }>(
        `INSERT INTO ${this.tenants} (tenant, revision) VALUES ($1, 1)
         ON CONFLICT (tenant) DO UPDATE SET revision = ${this.tenants}.revision + 1 RETURNING revision`,
        [tenant],
      );
      const revision = Number(rows[0].revision);
      const upserts = change.upserts ?? [];
      for (let i = 0; i < upserts.length; i += BATCH) {
        const batch = upserts.slice(i, i + BATCH);
        const columns = batch.map(sortColumns);
        await client.query(
          `INSERT INTO ${this.entries} (tenant, source, id, email, display_name, department, last_active, doc, digest, outline, revision, deleted)
           SELECT $1, s, i, e, dn, dp, la, d::json, md5(d), o::json, $9, false
             FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $10::text[])
               AS t(s, i, e, dn, dp, la, d, o)
           ON CONFLICT (tenant, source, id) DO UPDATE SET email = EXCLUDED.email, display_name = EXCLUDED.display_name,
             department = EXCLUDED.department, last_active = EXCLUDED.last_active, doc = EXCLUDED.doc, digest = EXCLUDED.digest,
             outline = EXCLUDED.outline, revision = EXCLUDED.revision, deleted = false`,
          [
            tenant,
            batch.map((e) => e.source),
            batch.map((e) => e.id),
            batch.map((e) => e.email),
            columns.map((c) => c[0]),
            columns.map((c) => c[1]),
            columns.map((c) => c[2]),
            batch.map((e) => JSON.stringify(e.doc)),
            revision,
            batch.map((e) => JSON.stringify(entryOutline(e))),
          ],
        );
      }
      const removals = change.removals ?? [];
      if (removals.length)
        await client.query(
          `UPDATE ${this.entries} SET deleted = true, revision = $4
            WHERE tenant = $1 AND (source, id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
          [tenant, removals.map((r) => r.source), removals.map((r) => r.id), revision],
        );
      if (change.sources?.length)
        await client.query(`UPDATE ${this.tenants} SET sources = sources || $2::jsonb WHERE tenant = $1`, [
          tenant,
          JSON.stringify(Object.fromEntries(change.sources.map((s) => [s.source, s]))),
        ]);
      await client.query('COMMIT');
      return revision;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async acquireLease(tenant: string, name: string, holder: string, ttlMs: number): Promise<boolean> {
    await this.ensureTables();
    const { rowCount } = await this.pool.query(
      `INSERT INTO ${this.leases} (tenant, name, holder, expires_at)
       VALUES ($1, $2, $3, clock_timestamp() + $4 * interval '1 millisecond')
       ON CONFLICT (tenant, name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
        WHERE ${this.leases}.holder = EXCLUDED.holder OR ${this.leases}.expires_at < clock_timestamp()`,
      [tenant, name, holder, ttlMs],
    );
    return rowCount === 1;
  }

  async releaseLease(tenant: string, name: string, holder: string): Promise<void> {
    await this.ensureTables();
    await this.pool.query(`DELETE FROM ${this.leases} WHERE tenant = $1 AND name = $2 AND holder = $3`, [
      tenant,
      name,
      holder,
    ]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private ensureTables(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        // Replicas starting together would race on CREATE TABLE IF NOT EXISTS (pg_type uniqueness).
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.tablePrefix]);
        await client.query(`
          CREATE TABLE IF NOT EXISTS ${this.tenants} (
            tenant text PRIMARY KEY, revision bigint NOT NULL, sources jsonb NOT NULL DEFAULT '{}'::jsonb);
          CREATE TABLE IF NOT EXISTS ${this.entries} (
            tenant text NOT NULL, source text NOT NULL, id text NOT NULL, email text NOT NULL,
            display_name text, department text, last_active text, doc json NOT NULL, digest text, outline json,
            revision bigint NOT NULL, deleted boolean NOT NULL DEFAULT false,
            PRIMARY KEY (tenant, source, id));
          CREATE INDEX IF NOT EXISTS ${this.entries}_email ON ${this.entries} (tenant, email);
          CREATE INDEX IF NOT EXISTS ${this.entries}_revision ON ${this.entries} (tenant, revision);
          CREATE INDEX IF NOT EXISTS ${this.entries}_display_name ON ${this.entries} (tenant, display_name, email);
          CREATE INDEX IF NOT EXISTS ${this.entries}_department ON ${this.entries} (tenant, department, email);
          CREATE INDEX IF NOT EXISTS ${this.entries}_last_active ON ${this.entries} (tenant, last_active, email);
          CREATE TABLE IF NOT EXISTS ${this.leases} (
            tenant text NOT NULL, name text NOT NULL, holder text NOT NULL, expires_at timestamptz NOT NULL,
            PRIMARY KEY (tenant, name));`);
        // Tables made before documents were json: convert once (a table rewrite, under the lock above).
        const { rows } = await client.query<{ data_type: string }>(
          `SELECT data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'doc'`,
          [this.entries],
        );
        if (rows[0]?.data_type === 'jsonb')
          await client.query(`ALTER TABLE ${this.entries} ALTER COLUMN doc TYPE json USING doc::json`);
        // Tables made before digests and outlines were kept: their rows are digested, and cut, when read.
        await client.query(
          `ALTER TABLE ${this.entries} ADD COLUMN IF NOT EXISTS digest text, ADD COLUMN IF NOT EXISTS outline json`,
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        this.ready = undefined;
        throw error;
      } finally {
        client.release();
      }
    })();
    return this.ready;
  }
}
