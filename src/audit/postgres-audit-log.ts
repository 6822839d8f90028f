import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditLog, AuditPage } from '../../mutations/audit-log.js';
import {
  entryOfIntent,
  isInterrupted,
  type AuditIntent,
  type AuditOutcome,
  type JournalIntent,
} from '../../mutations/audit-journal.js';

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
 * The audit log in PostgreSQL (when `DATABASE_URL` is set): one row per journal record (`kind`:
 * a mutation's `intent`, a step's `outcome`, or a final `entry`, which names its intent in
 * `intent_id`), the whole record as jsonb beside the columns one filters on. `seq` (bigserial)
 * orders the log and makes cursors; an intent and its final entry list as one, at the intent's seq.
 * The table is created (or given the journal columns) on first use; a commit is durable before a write resolves.
 * Who acted is in `principal` plus, since authentication, `principal_method`, `principal_issuer`
 * and `principal_subject` (added to older tables on first use; their old rows keep nulls there).
 */
export class PostgresAuditLog implements AuditLog {
  private readonly table: string;
  private ready?: Promise<void>;

  /** `staleAfterMs`: how old an unfinished intent of a process on another host must be to count as interrupted. */
  constructor(
    private readonly pool: pg.Pool,
    tableName = 'admingraph_audit_log',
    private readonly staleAfterMs = 60_000,
  ) {
    this.table = quoteTableName(tableName);
  }

  static connect(databaseUrl: string, tableName?: string, staleAfterMs?: number): PostgresAuditLog {
    return new PostgresAuditLog(
      new pg.Pool({ connectionString: databaseUrl, max: 4 }),
      tableName,
      staleAfterMs,
    );
  }

  append(entry: AuditEntry): Promise<void> {
    return this.insert('entry', entry.id, entry.intentId ?? null, entry, {
      actor: entry.actor,
      at: entry.at,
      principal: entry.principal,
      mutation: entry.mutation,
      dryRun: entry.dryRun,
      result: entry.result,
    });
  }

  beginIntent(intent: AuditIntent): Promise<void> {
    return this.insert('intent', intent.id, null, intent, {
      actor: intent.actor,
      at: intent.at,
      principal: intent.principal,
      mutation: intent.mutation,
      dryRun: false,
      result: 'IN_PROGRESS',
    });
  }

  recordOutcome(outcome: AuditOutcome): Promise<void> {
    return this.insert('outcome', randomUUID(), outcome.intentId, outcome, {
      at: new Date().toISOString(),
      principal: '',
      mutation: '',
      dryRun: false,
      result: outcome.call.outcome,
    });
  }

  async page({ limit, before }: { limit: number; before?: number }): Promise<AuditPage> {
    await this.ensureTable();
    const [rows, count] = await Promise.all([
      this.pool.query<JournalRow>(
        `${this.journalSelect()} WHERE ${LISTED} AND ($1::bigint IS NULL OR l.seq < $1) ORDER BY l.seq DESC LIMIT $2`,
        [before ?? null, limit + 1],
      ),
      this.pool.query<{ total: string }>(`SELECT count(*) AS total FROM ${this.table} l WHERE ${LISTED}`),
    ]);
    return {
      entries: rows.rows.slice(0, limit).map((row) => ({
        position: Number(row.seq),
        entry:
          row.kind === 'intent'
            ? entryOfIntent(journalOf(row), this.staleAfterMs)
            : (row.entry as AuditEntry),
      })),
      total: Number(count.rows[0].total),
      hasMore: rows.rows.length > limit,
    };
  }

  async interrupted(): Promise<JournalIntent[]> {
    await this.ensureTable();
    const rows = await this.pool.query<JournalRow>(
      `${this.journalSelect()} WHERE l.kind = 'intent' AND NOT EXISTS (SELECT 1 FROM ${this.table} x WHERE x.intent_id = l.id AND x.kind = 'entry') ORDER BY l.seq`,
    );
    return rows.rows.map(journalOf).filter((journal) => isInterrupted(journal, this.staleAfterMs));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  private async insert(
    kind: 'entry' | 'intent' | 'outcome',
    id: string,
    intentId: string | null,
    record: unknown,
    columns: {
      at: string;
      principal: string;
      mutation: string;
      dryRun: boolean;
      result: string;
      actor?: AuditEntry['actor'];
    },
  ): Promise<void> {
    await this.ensureTable();
    await this.pool.query(
      `INSERT INTO ${this.table} (id, at, principal, mutation, dry_run, result, entry, kind, intent_id, principal_method, principal_issuer, principal_subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        columns.at,
        columns.principal,
        columns.mutation,
        columns.dryRun,
        columns.result,
        JSON.stringify(record),
        kind,
        intentId,
        columns.actor?.method ?? null,
        columns.actor?.issuer ?? null,
        columns.actor?.subject ?? null,
      ],
    );
  }

  /** Each listed row with, for an intent, its final entry and its outcomes so far. */
  private journalSelect(): string {
    return `SELECT l.seq, l.kind, l.entry,
        (SELECT f.entry FROM ${this.table} f WHERE f.intent_id = l.id AND f.kind = 'entry' LIMIT 1) AS final,
        (SELECT coalesce(json_agg(o.entry ORDER BY o.seq), '[]'::json) FROM ${this.table} o
          WHERE l.kind = 'intent' AND o.intent_id = l.id AND o.kind = 'outcome') AS outcomes
      FROM ${this.table} l`;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private indexName(): string {
    const bare = this.table.replace(/"/g, '').split('.').pop()!;
    return `"${bare.slice(0, 50)}_intent_idx"`;
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
        );
        ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'entry';
        ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS intent_id uuid;
        CREATE INDEX IF NOT EXISTS ${this.indexName()} ON ${this.table} (intent_id)`,
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

/** Rows that list as one entry each: intents, and final entries of runs that had no intent. */
const LISTED = `(l.kind = 'intent' OR (l.kind = 'entry' AND l.intent_id IS NULL))`;

interface JournalRow {
  seq: string;
  kind: string;
  entry: unknown;
  final: AuditEntry | null;
  outcomes: AuditOutcome[];
}

const journalOf = (row: JournalRow): JournalIntent => ({
  position: Number(row.seq),
  intent: row.entry as AuditIntent,
  outcomes: row.outcomes,
  final: row.final ?? undefined,
});
