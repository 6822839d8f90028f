import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActor, withActor, type AuditEntry } from '../../../mutations/audit-log.js';
import { PostgresAuditLog, quoteTableName } from '../../../src/audit/postgres-audit-log.js';
import { requirePostgres } from '../../support/services.js';

/** Against the machine's PostgreSQL, in a schema of its own that is dropped afterwards. */
const databaseUrl = 'postgres://postgres@127.0.0.1:5432/test';
const schema = `audit_unit_${process.pid}_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: databaseUrl });

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  at: new Date(Date.UTC(2026, 10, 1, 12, 0, n)).toISOString(),
  principal: 'anonymous',
  mutation: 'deprovisionUser',
  input: { email: `p${n}@example.com`, vendors: ['BETTERCLOUD'] },
  dryRun: false,
  idempotencyKey: null,
  calls: [
    {
      vendor: 'BETTERCLOUD',
      api: 'BETTERCLOUD',
      operationId: 'deprovisionUser',
      method: 'POST',
      path: `/users/u${n}/deprovision`,
      status: 200,
      outcome: 'SUCCEEDED',
      code: null,
      message: 'done',
    },
  ],
  result: 'SUCCEEDED',
  userErrors: [],
  ...extra,
});

beforeAll(async () => {
  await requirePostgres(databaseUrl);
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
});
afterAll(async () => {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

describe('PostgresAuditLog', () => {
  it('creates its table on first use, appends rows, and pages newest first with keyset positions', async () => {
    const log = PostgresAuditLog.connect(databaseUrl, `${schema}.audit_log`);
    try {
      expect(await log.page({ limit: 5 })).toEqual({ entries: [], total: 0, hasMore: false });
      for (const n of [1, 2, 3])
        await log.append(entry(n, n === 2 ? { dryRun: true, result: 'DRY_RUN' } : {}));
      const first = await log.page({ limit: 2 });
      expect(first.entries.map((e) => e.entry)).toStrictEqual([
        entry(3),
        entry(2, { dryRun: true, result: 'DRY_RUN' }),
      ]);
      expect(first).toMatchObject({ total: 3, hasMore: true });
      const rest = await log.page({ limit: 2, before: first.entries[1].position });
      expect(rest.entries.map((e) => e.entry.id)).toEqual([entry(1).id]);
      expect(rest.hasMore).toBe(false);
    } finally {
      await log.close();
    }
    const columns = await admin.query(
      `SELECT dry_run, result, mutation FROM "${schema}".audit_log ORDER BY seq`,
    );
    expect(columns.rows).toEqual([
      { dry_run: false, result: 'SUCCEEDED', mutation: 'deprovisionUser' },
      { dry_run: true, result: 'DRY_RUN', mutation: 'deprovisionUser' },
      { dry_run: false, result: 'SUCCEEDED', mutation: 'deprovisionUser' },
    ]);
  });

  it('is read back by a new connection pool (a restart) and by two replicas creating the table at once', async () => {
    const [a, b] = [
      PostgresAuditLog.connect(databaseUrl, `${schema}.shared`),
      PostgresAuditLog.connect(databaseUrl, `${schema}.shared`),
    ];
    try {
      await Promise.all([a.append(entry(1)), b.append(entry(2))]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    const restarted = PostgresAuditLog.connect(databaseUrl, `${schema}.shared`);
    try {
      const page = await restarted.page({ limit: 10 });
      expect(page.total).toBe(2);
      expect(page.entries.map((e) => e.entry.id).sort()).toEqual([entry(1).id, entry(2).id]);
    } finally {
      await restarted.close();
    }
  });

  it('refuses a table name that is not an identifier', () => {
    expect(quoteTableName('public.audit_log')).toBe('"public"."audit_log"');
    expect(() => quoteTableName('audit; DROP TABLE x')).toThrow(/identifier/);
    expect(() => quoteTableName('a.b.c')).toThrow(/identifier/);
  });
});

describe('PostgresAuditLog and who acted', () => {
  it('adds the principal columns to a table from before authentication, keeping its old rows readable', async () => {
    const table = `"${schema}".before_auth`;
    await admin.query(`CREATE TABLE ${table} (
      seq bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, at timestamptz NOT NULL, principal text NOT NULL,
      mutation text NOT NULL, dry_run boolean NOT NULL, result text NOT NULL, entry jsonb NOT NULL)`);
    const old = entry(1);
    await admin.query(
      `INSERT INTO ${table} (id, at, principal, mutation, dry_run, result, entry) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [old.id, old.at, old.principal, old.mutation, old.dryRun, old.result, JSON.stringify(old)],
    );
    const actor = auditActor({
      id: 'oidc:https://idp.example.com#alice',
      role: 'operator',
      method: 'oidc',
      issuer: 'https://idp.example.com',
      subject: 'alice',
    });
    const log = PostgresAuditLog.connect(databaseUrl, `${schema}.before_auth`);
    try {
      await log.append(entry(2, { principal: actor.id, actor }));
      const page = await log.page({ limit: 10 });
      expect(page.entries.map((e) => withActor(e.entry).actor)).toStrictEqual([
        actor,
        { id: 'anonymous', method: 'ANONYMOUS', role: null, keyName: null, issuer: null, subject: null },
      ]);
    } finally {
      await log.close();
    }
    const columns = await admin.query(
      `SELECT principal, principal_method, principal_issuer, principal_subject FROM ${table} ORDER BY seq`,
    );
    expect(columns.rows).toEqual([
      { principal: 'anonymous', principal_method: null, principal_issuer: null, principal_subject: null },
      {
        principal: actor.id,
        principal_method: 'OIDC',
        principal_issuer: 'https://idp.example.com',
        principal_subject: 'alice',
      },
    ]);
  });
});
