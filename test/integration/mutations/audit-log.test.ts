import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { requirePostgres } from '../../support/services.js';
import { testCompany } from '../../support/simulators.js';

/**
 * The audit log through the graph: every mutation recorded before it answers (executed, dry run,
 * rejected), readable as a connection newest first, still there after a restart (a new gateway
 * over the same file), and the same through PostgreSQL when DATABASE_URL is set.
 */

const AUDIT_LOG = /* GraphQL */ `
  query ($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          principal
          actor {
            principalId
            method
            role
            keyName
            issuer
            subject
          }
          mutation
          input
          dryRun
          idempotencyKey
          result
          calls {
            vendor
            api
            operationId
            method
            path
            status
            outcome
            code
            message
          }
          userErrors {
            field
            code
          }
        }
      }
    }
  }
`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { results { api status } userErrors { code } } }`;

const people = testCompany().people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);

async function walkAuditLog(gw: TestGateway, first: number) {
  const nodes: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const res: { data?: any; errors?: unknown[] } = await gw.query(AUDIT_LOG, { first, after }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(res.errors).toBeUndefined();
    nodes.push(...res.data.auditLog.edges.map((e: { node: unknown }) => e.node));
    if (!res.data.auditLog.pageInfo.hasNextPage) break;
    after = res.data.auditLog.pageInfo.endCursor;
  }
  return nodes;
}

describe('audit log in a JSON-lines file', () => {
  let dir: string;
  let file: string;
  let gw: TestGateway | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'admingraph-audit-'));
    file = join(dir, 'nested', 'audit.ndjson');
    gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: file } });
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records executed, dry-run and rejected mutations with their calls, newest first, and keeps them across a restart', async () => {
    const email = people[30].email;
    expect((await gw!.query(SUSPEND, { input: { email, dryRun: true } })).errors).toBeUndefined();
    expect(
      (await gw!.query(SUSPEND, { input: { email, idempotencyKey: 'audit-1' } })).errors,
    ).toBeUndefined();
    expect((await gw!.query(SUSPEND, { input: { email: 'broken' } })).data.suspendUser.userErrors).toEqual([
      { code: 'INVALID_EMAIL' },
    ]);

    // On disk before the answers came back: one JSON object per line. The executed run was journaled:
    // its intent before the first vendor call, one outcome per step, then its final entry.
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type?: string;
            result?: string;
            calls?: unknown[];
            intentId?: string;
            id: string;
          },
      );
    const finals = records.filter((r) => r.type === undefined);
    expect(finals.map((r) => r.result)).toEqual(['DRY_RUN', 'SUCCEEDED', 'REJECTED']);
    const steps = finals[1].calls!.length;
    expect(records.map((r) => r.type ?? r.result)).toEqual([
      'DRY_RUN',
      'intent',
      ...Array.from({ length: steps }, () => 'outcome'),
      'SUCCEEDED',
      'REJECTED',
    ]);
    expect(finals[1].intentId).toBe(records[1].id);

    const res = await gw!.query(AUDIT_LOG, { first: 10 });
    const log = res.data.auditLog;
    expect(log.totalCount).toBe(3);
    const [rejected, executed, dry] = log.edges.map((e: { node: unknown }) => e.node);
    expect(rejected).toMatchObject({
      mutation: 'suspendUser',
      result: 'REJECTED',
      dryRun: false,
      calls: [],
      userErrors: [{ field: ['input', 'email'], code: 'INVALID_EMAIL' }],
    });
    // Who acted: the admin key the test gateway's client sends, by its configured name.
    expect(executed).toMatchObject({
      principal: 'key:admin',
      actor: {
        principalId: 'key:admin',
        method: 'API_KEY',
        role: 'ADMIN',
        keyName: 'admin',
        issuer: null,
        subject: null,
      },
      mutation: 'suspendUser',
      input: { email, idempotencyKey: 'audit-1', dryRun: false },
      dryRun: false,
      idempotencyKey: 'audit-1',
      result: 'SUCCEEDED',
    });
    expect(
      executed.calls.map((c: Record<string, unknown>) => [
        c.vendor,
        c.api,
        c.operationId,
        c.method,
        c.status,
        c.outcome,
      ]),
    ).toEqual([
      ['BETTERCLOUD', 'BETTERCLOUD', 'suspendUser', 'POST', 200, 'SUCCEEDED'],
      ['ATLASSIAN', 'ATLASSIAN_ADMIN', 'suspendUser', 'POST', 204, 'SUCCEEDED'],
      ['ATLASSIAN', 'ATLASSIAN_SCIM', 'patchUserInformationInAnActiveDirectory', 'PATCH', 200, 'SUCCEEDED'],
      ['SNOW', 'SNOW', null, null, null, 'SKIPPED'],
    ]);
    expect(executed.calls[0].path).toMatch(/^\/users\/user-[0-9a-f]+\/suspend$/);
    expect(dry).toMatchObject({ result: 'DRY_RUN', dryRun: true });
    expect(dry.calls.map((c: { outcome: string }) => c.outcome)).toEqual([
      'PLANNED',
      'PLANNED',
      'PLANNED',
      'SKIPPED',
    ]);
    expect(new Set(log.edges.map((e: { node: { id: string } }) => e.node.id)).size).toBe(3);
    expect(Date.parse(rejected.at)).toBeGreaterThanOrEqual(Date.parse(dry.at));

    // An idempotent replay is recorded too, without calls.
    await gw!.query(SUSPEND, { input: { email, idempotencyKey: 'audit-1' } });
    const replay = (await gw!.query(AUDIT_LOG, { first: 1 })).data.auditLog.edges[0].node;
    expect(replay).toMatchObject({ result: 'REPLAYED', calls: [], idempotencyKey: 'audit-1' });

    // Paging one at a time walks every entry once, newest first.
    const before = await walkAuditLog(gw!, 1);
    expect(before.map((n) => n.result)).toEqual(['REPLAYED', 'REJECTED', 'SUCCEEDED', 'DRY_RUN']);

    // Restart: a new gateway process state over the same file lists the same entries.
    await gw!.close();
    gw = undefined;
    gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: file } });
    const after = await walkAuditLog(gw, 3);
    expect(after).toStrictEqual(before);

    // New entries append after the old ones.
    await gw.query(SUSPEND, { input: { email: people[31].email, vendors: ['BETTERCLOUD'] } });
    const latest = await gw.query(AUDIT_LOG, { first: 2 });
    expect(latest.data.auditLog.totalCount).toBe(5);
    expect(latest.data.auditLog.edges[0].node.input).toEqual({
      email: people[31].email,
      vendors: ['BETTERCLOUD'],
      dryRun: false,
    });
    expect(latest.data.auditLog.edges[1].node.id).toBe(before[0].id);
  });

  it('rejects a cursor it did not produce and a page size over 100', async () => {
    const bad = await gw!.query(AUDIT_LOG, { first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await gw!.query(AUDIT_LOG, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('audit log in PostgreSQL (DATABASE_URL)', () => {
  const databaseUrl = 'postgres://postgres@127.0.0.1:5432/test';
  const table = `audit_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  let gw: TestGateway | undefined;

  beforeAll(async () => {
    await requirePostgres(databaseUrl);
    await client.connect();
  });
  afterAll(async () => {
    await gw?.close();
    await client.query(`DROP TABLE IF EXISTS "${table}"`);
    await client.end();
  });

  it('creates its table, records each mutation as a row before answering, and a restarted gateway reads them back', async () => {
    const env = { DATABASE_URL: databaseUrl, ADMINGRAPH_AUDIT_TABLE: table };
    gw = await startTestGateway({ env });
    const email = people[40].email;
    const res = await gw.query(SUSPEND, { input: { email, vendors: ['ATLASSIAN'] } });
    expect(res.data.suspendUser.results).toEqual([
      { api: 'ATLASSIAN_ADMIN', status: 'SUCCEEDED' },
      { api: 'ATLASSIAN_SCIM', status: 'SUCCEEDED' },
    ]);
    await gw.query(SUSPEND, { input: { email, dryRun: true } });

    // Straight from the database, not through the graph.
    const rows = await client.query(
      `SELECT seq, mutation, principal, principal_method, dry_run, result, entry FROM "${table}" WHERE kind = 'entry' ORDER BY seq`,
    );
    // The executed run's intent and its two outcomes were committed before its final entry.
    const journal = await client.query(`SELECT kind FROM "${table}" ORDER BY seq`);
    expect(journal.rows.map((r) => r.kind)).toEqual(['intent', 'outcome', 'outcome', 'entry', 'entry']);
    expect(rows.rows.map((r) => [r.mutation, r.principal, r.principal_method, r.dry_run, r.result])).toEqual([
      ['suspendUser', 'key:admin', 'API_KEY', false, 'SUCCEEDED'],
      ['suspendUser', 'key:admin', 'API_KEY', true, 'DRY_RUN'],
    ]);
    expect(
      rows.rows[0].entry.calls.map((c: { operationId: string; status: number }) => [c.operationId, c.status]),
    ).toEqual([
      ['suspendUser', 204],
      ['patchUserInformationInAnActiveDirectory', 200],
    ]);

    const before = await walkAuditLog(gw, 1);
    expect(before.map((n) => [n.result, n.dryRun])).toEqual([
      ['DRY_RUN', true],
      ['SUCCEEDED', false],
    ]);
    expect(before[1].input).toEqual({ email, vendors: ['ATLASSIAN'], dryRun: false });

    await gw.close();
    gw = undefined;
    gw = await startTestGateway({ env });
    expect(await walkAuditLog(gw, 10)).toStrictEqual(before);
  });
});
