import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../mutations/audit-log.js';
import { auditLogConnection } from '../../../mutations/audit-connection.js';
import { FileAuditLog } from '../../../src/audit/file-audit-log.js';

const entry = (n: number): AuditEntry => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  at: new Date(Date.UTC(2026, 10, 1, 12, 0, n)).toISOString(),
  principal: 'anonymous',
  mutation: 'suspendUser',
  input: { email: `p${n}@example.com` },
  dryRun: false,
  idempotencyKey: null,
  calls: [],
  result: 'SUCCEEDED',
  userErrors: [],
});

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-unit-'));
  file = join(dir, 'sub', 'audit.ndjson');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FileAuditLog', () => {
  it('is empty before the first append (no file yet)', async () => {
    expect(await new FileAuditLog(file).page({ limit: 10 })).toEqual({
      entries: [],
      total: 0,
      hasMore: false,
    });
  });

  it('appends one JSON line per entry (creating the folder) and pages newest first by position', async () => {
    const log = new FileAuditLog(file);
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.append(entry(n))));
    expect(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 2, 3, 4, 5].map((n) => entry(n).id));
    const first = await log.page({ limit: 2 });
    expect(first.entries.map((e) => [e.position, e.entry.input])).toEqual([
      [5, { email: 'p5@example.com' }],
      [4, { email: 'p4@example.com' }],
    ]);
    expect(first).toMatchObject({ total: 5, hasMore: true });
    const last = await log.page({ limit: 10, before: 2 });
    expect(last.entries.map((e) => e.position)).toEqual([1]);
    expect(last.hasMore).toBe(false);
  });

  it('is read back the same by a new instance (a restart), and keeps appending after the old entries', async () => {
    const log = new FileAuditLog(file);
    await log.append(entry(1));
    await log.append(entry(2));
    const restarted = new FileAuditLog(file);
    expect((await restarted.page({ limit: 10 })).entries.map((e) => e.entry)).toStrictEqual([
      entry(2),
      entry(1),
    ]);
    await restarted.append(entry(3));
    // The first instance sees the other one's appends too.
    expect((await log.page({ limit: 10 })).entries.map((e) => e.entry.id)).toEqual(
      [3, 2, 1].map((n) => entry(n).id),
    );
  });

  it('skips a line cut short by a crash, and the next append starts on a new line', async () => {
    const log = new FileAuditLog(file);
    await log.append(entry(1));
    appendFileSync(file, '{"id":"torn-line","at":"2026-11');
    const restarted = new FileAuditLog(file);
    await restarted.append(entry(2));
    const page = await restarted.page({ limit: 10 });
    expect(page.entries.map((e) => e.entry.id)).toEqual([entry(2).id, entry(1).id]);
    expect(page.total).toBe(2);
  });

  it('pages as a connection with opaque keyset cursors that new entries do not shift', async () => {
    const log = new FileAuditLog(file);
    for (const n of [1, 2, 3]) await log.append(entry(n));
    const page1 = await auditLogConnection(log, { first: 2 });
    expect(page1.edges.map((e) => e.node.id)).toEqual([entry(3).id, entry(2).id]);
    await log.append(entry(4));
    const page2 = await auditLogConnection(log, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.id)).toEqual([entry(1).id]);
    // Paged newest first from a position only (no `before`): no page is reported behind.
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(page2.totalCount).toBe(4);
  });
});
