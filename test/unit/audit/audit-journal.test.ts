import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditCallRecord, AuditEntry, AuditLog } from '../../../mutations/audit-log.js';
import type { AuditIntent } from '../../../mutations/audit-journal.js';
import { currentInstance, type ProcessInstance } from '../../../mutations/process-instance.js';
import { FileAuditLog } from '../../../src/audit/file-audit-log.js';
import { PostgresAuditLog } from '../../../src/audit/postgres-audit-log.js';

const call = (n: number, outcome: AuditCallRecord['outcome']): AuditCallRecord => ({
  vendor: 'BETTERCLOUD',
  api: 'BETTERCLOUD',
  operationId: 'suspendUser',
  method: 'POST',
  path: `/users/u${n}/suspend`,
  status: outcome === 'SUCCEEDED' ? 200 : null,
  outcome,
  code: null,
  message: outcome,
});

/** A process that recorded an intent and is gone: an earlier start with this very pid. */
const goneInstance: ProcessInstance = { ...currentInstance, id: randomUUID() };

const intent = (instance: ProcessInstance, key: string | null = null): AuditIntent => ({
  id: randomUUID(),
  at: new Date().toISOString(),
  principal: 'alice',
  mutation: 'suspendUser',
  input: { email: 'p@example.com' },
  idempotencyKey: key,
  calls: [call(1, 'PLANNED'), call(2, 'PLANNED')],
  plannedCalls: [],
  instance,
});

const finalOf = (i: AuditIntent): AuditEntry => ({
  id: randomUUID(),
  at: new Date().toISOString(),
  principal: i.principal,
  mutation: i.mutation,
  input: i.input,
  dryRun: false,
  idempotencyKey: i.idempotencyKey,
  calls: [call(1, 'SUCCEEDED'), call(2, 'SUCCEEDED')],
  result: 'SUCCEEDED',
  userErrors: [],
  intentId: i.id,
});

const rejected = (): AuditEntry => ({
  ...finalOf(intent(currentInstance)),
  intentId: undefined,
  result: 'REJECTED',
});

/** The same behaviour from both stores. */
function journalSuite(name: string, open: () => Promise<AuditLog>) {
  describe(`${name}: the mutation journal`, () => {
    it('lists an unfinished intent of a gone process as INTERRUPTED, with the outcomes recorded so far', async () => {
      const log = await open();
      const crashed = intent(goneInstance, 'key-1');
      await log.beginIntent(crashed);
      await log.recordOutcome({ intentId: crashed.id, step: 0, call: call(1, 'SUCCEEDED') });
      const [listed] = (await log.page({ limit: 10 })).entries;
      expect(listed.entry).toMatchObject({ id: crashed.id, result: 'INTERRUPTED', idempotencyKey: 'key-1' });
      expect(listed.entry.calls.map((c) => c.outcome)).toEqual(['SUCCEEDED', 'PLANNED']);
      expect((await log.interrupted()).map((j) => j.intent.id)).toContain(crashed.id);
    });

    it("shows this process's own unfinished intent as IN_PROGRESS, not interrupted", async () => {
      const log = await open();
      const running = intent(currentInstance);
      await log.beginIntent(running);
      expect((await log.page({ limit: 1 })).entries[0].entry.result).toBe('IN_PROGRESS');
      expect((await log.interrupted()).map((j) => j.intent.id)).not.toContain(running.id);
    });

    it('lists an intent and its final entry as one entry, at the intent position', async () => {
      const log = await open();
      const before = (await log.page({ limit: 1 })).total;
      const done = intent(currentInstance);
      await log.beginIntent(done);
      await log.append(rejected());
      await log.recordOutcome({ intentId: done.id, step: 0, call: call(1, 'SUCCEEDED') });
      await log.append(finalOf(done));
      const page = await log.page({ limit: 2 });
      expect(page.total).toBe(before + 2);
      expect(page.entries.map((e) => e.entry.result)).toEqual(['REJECTED', 'SUCCEEDED']);
      expect(page.entries[1].entry.intentId).toBe(done.id);
      expect((await log.interrupted()).map((j) => j.intent.id)).not.toContain(done.id);
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-journal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

journalSuite('FileAuditLog', async () => new FileAuditLog(join(dir, `${randomUUID()}.ndjson`)));

it('FileAuditLog: a restarted store reads the journal the killed one wrote', async () => {
  const file = join(dir, 'restart.ndjson');
  const crashed = intent(goneInstance);
  await new FileAuditLog(file).beginIntent(crashed);
  const restarted = new FileAuditLog(file);
  expect((await restarted.page({ limit: 1 })).entries[0].entry.result).toBe('INTERRUPTED');
});

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `journal_unit_${randomBytes(4).toString('hex')}`;
const pools: pg.Pool[] = [];
afterAll(async () => {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
  await Promise.all(pools.map((p) => p.end()));
});

journalSuite('PostgresAuditLog', async () => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pools.push(pool);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  return new PostgresAuditLog(pool, `${schema}.t_${randomBytes(4).toString('hex')}`);
});
