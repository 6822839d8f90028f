import pg from 'pg';
import type { AuditEntry, AuditLog, AuditPage } from '../../mutations/audit-log.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** `table` or `schema.table`, validated and quoted: it comes from configuration, never from clients. */
export function quoteTableName(name: string): string {
  const parts = name.split('.');
  if (parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p)))
    throw new Error(
      `Audit table name "${name}" must be an identifier or schema.identifier (letters, digits, _)`,
    );
  return parts.map((p) => `"${p}"`).join('.');
}

/**
 * The audit log in PostgreSQL (when `DATABASE_URL` is set): one row per mutation, the whole entry
 * as jsonb beside the columns one filters on. `seq` (bigserial) orders the log and makes cursors.
 * The table is created on first use if missing; a commit is durable before `append` resolves.
 * Who acted is in `principal` plus, since authentication, `principal_method`, `principal_issuer`
 * and `principal_subject` (added to older tables on first use; their old rows keep nulls there).
 */
export class PostgresAuditLog implements AuditLog {
  private readonly table: string;
  private ready?: Promise<void>;

  constructor(
    private readonly pool: pg.Pool,
    tableName = 'admingraph_audit_log',
  ) {
    this.table = quoteTableName(tableName);
  }

  static connect(databaseUrl: string, tableName?: string): PostgresAuditLog {
    return new PostgresAuditLog(new pg.Pool({ connectionString: databaseUrl, max: 4 }), tableName);
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.ensureTable();
    await this.pool.query(
      `INSERT INTO ${this.table} (id, at, principal, mutation, dry_run, result, entry, principal_method, principal_issuer, principal_subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.id,
        entry.at,
        entry.principal,
        entry.mutation,
        entry.dryRun,
        entry.result,
        JSON.stringify(entry),
        entry.actor?.method ?? null,
        entry.actor?.issuer ?? null,
        entry.actor?.subject ?? null,
      ],
    );
  }

  async page({ limit, before }: { limit: number; before?: number }): Promise<AuditPage> {
    await this.ensureTable();
    const [rows, count] = await Promise.all([
      this.pool.query<{ seq: string; entry: AuditEntry }>(
        `SELECT seq, entry FROM ${this.table} WHERE ($1::bigint IS NULL OR seq < $1) ORDER BY seq DESC LIMIT $2`,
        [before ?? null, limit + 1],
      ),
      this.pool.query<{ total: string }>(`SELECT count(*) AS total FROM ${this.table}`),
    ]);
    return {
      entries: rows.rows.slice(0, limit).map((row) => ({ position: Number(row.seq), entry: row.entry })),
      total: Number(count.rows[0].total),
      hasMore: rows.rows.length > limit,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS ${this.table} (
          seq bigserial PRIMARY KEY,
          id uuid NOT NULL UNIQUE,
          at timestamptz NOT NULL,
          principal text NOT NULL,
          mutation text NOT NULL,
          dry_run boolean NOT NULL,
          result text NOT NULL,
          entry jsonb NOT NULL
        )`,
      )
      .then(
        () => undefined,
        (error: { code?: string }) => {
          // Two replicas creating the table at once: one wins, the other sees a duplicate. Fine.
          if (error.code === '23505' || error.code === '42P07') return;
          throw error;
        },
      )
      // Tables created before authentication lack the principal columns: added, old rows keep nulls.
      .then(() =>
        this.pool.query(
          `ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS principal_method text,
            ADD COLUMN IF NOT EXISTS principal_issuer text, ADD COLUMN IF NOT EXISTS principal_subject text`,
        ),
      )
      .then(
        () => undefined,
        (error: unknown) => {
          this.ready = undefined; // try again on the next call
          throw error;
        },
      );
    return this.ready;
  }
}
