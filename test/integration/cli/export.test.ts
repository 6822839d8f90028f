import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runExport } from '../../../src/cli/export/run-export.js';
import { stateFileOf } from '../../../src/cli/export/export-state.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { runProcess } from '../../support/run-process.js';

const peopleQuery = await readFile('examples/operations/people-costs.graphql', 'utf8');
const accountsQuery = `query Accounts { users { pageInfo { hasNextPage endCursor } edges { node { email accounts { vendor status } } } } }`;

describe('admingraph export', () => {
  let gw: TestGateway;
  let dir: string;
  let expectedEmails: Set<string>;

  beforeAll(async () => {
    gw = await startTestGateway();
    dir = await mkdtemp(join(tmpdir(), 'admingraph-export-'));
    expectedEmails = new Set(
      gw.fleet.company.people
        .filter((p) => Object.keys(p.accounts).length > 0 || p.jumpcloudAdmin)
        .map((p) => p.email),
    );
  });
  afterAll(async () => gw?.close());

  it('pages the connection to its end into CSV, lists joined, nested objects as dotted columns', async () => {
    const out = join(dir, 'people.csv');
    const result = await runExport({
      query: peopleQuery,
      variables: {},
      format: 'csv',
      out,
      target: { url: gw.running.url, key: gw.keys.viewer },
    });
    const rows = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'email',
      'department',
      'status',
      'vendors',
      'monthlyCost.amount',
      'monthlyCost.currency',
    ]);
    expect(new Set(rows.map((r) => r.email))).toEqual(expectedEmails);
    expect(rows.length).toBe(expectedEmails.size);
    expect(result.pages).toBe(Math.ceil(expectedEmails.size / 100));
    const jsmith = rows.find((r) => r.email === gw.fleet.company.people[0].email)!;
    const api = await gw.query('query($e: String!) { user(email: $e) { vendors monthlyCost { amount } } }', {
      e: jsmith.email,
    });
    expect(jsmith.vendors).toBe(api.data.user.vendors.join(';'));
    expect(Number(jsmith['monthlyCost.amount'])).toBe(api.data.user.monthlyCost.amount);
    expect(existsSync(stateFileOf(out))).toBe(false);
  });

  it('explodes a list into one row per element, and writes the same nodes as NDJSON and JSON', async () => {
    const csvOut = join(dir, 'accounts.csv');
    const ndjsonOut = join(dir, 'accounts.ndjson');
    const jsonOut = join(dir, 'accounts.json');
    const target = { url: gw.running.url, key: gw.keys.viewer };
    await runExport({
      query: accountsQuery,
      variables: {},
      format: 'csv',
      out: csvOut,
      target,
      explode: 'accounts',
    });
    await runExport({ query: accountsQuery, variables: {}, format: 'ndjson', out: ndjsonOut, target });
    await runExport({
      query: accountsQuery,
      variables: {},
      format: 'json',
      out: jsonOut,
      target,
      pageSize: 37,
    });

    const nodes = (await readFile(ndjsonOut, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)) as {
      email: string;
      accounts: { vendor: string; status: string }[];
    }[];
    expect(JSON.parse(await readFile(jsonOut, 'utf8'))).toEqual(nodes);
    const rows = parse(await readFile(csvOut, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(nodes.reduce((n, node) => n + Math.max(1, node.accounts.length), 0));
    const first = nodes.find((n) => n.accounts.length > 1)!;
    expect(
      rows
        .filter((r) => r.email === first.email)
        .map((r) => `${r['accounts.vendor']}:${r['accounts.status']}`),
    ).toEqual(first.accounts.map((a) => `${a.vendor}:${a.status}`));
  });

  it('resumes from the last cursor after being killed, without losing or repeating rows', async () => {
    const out = join(dir, 'resumed.csv');
    const args = [
      'bin/admingraph.js',
      'export',
      'examples/operations/people-costs.graphql',
      '--out',
      out,
      '--url',
      gw.running.url,
      '--key',
      gw.keys.viewer,
      '--page-size',
      '5',
    ];
    const killed = await runProcess(process.execPath, args, {
      onStart: (child) => {
        const timer = setInterval(async () => {
          try {
            const state = JSON.parse(await readFile(stateFileOf(out), 'utf8'));
            if (state.pages >= 3) {
              clearInterval(timer);
              child.kill('SIGKILL');
            }
          } catch {
            // not written yet
          }
        }, 20);
        child.on('close', () => clearInterval(timer));
      },
    });
    expect(killed.code).toBeNull(); // killed, not finished
    const state = JSON.parse(await readFile(stateFileOf(out), 'utf8'));
    expect(state.rows).toBeLessThan(expectedEmails.size);

    const resumed = await runProcess(process.execPath, args);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`Resuming after page ${state.pages}`);
    expect(resumed.stderr).toMatch(/rows \| \d+ pages \| ETA/); // the progress bar
    const rows = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(expectedEmails.size);
    expect(new Set(rows.map((r) => r.email))).toEqual(expectedEmails);
  });

  it('streams to standard output when there is no --out, the progress on stderr only', async () => {
    const res = await runProcess(process.execPath, [
      'bin/admingraph.js',
      'export',
      'examples/operations/people-costs.graphql',
      '--format',
      'ndjson',
      '--url',
      gw.running.url,
      '--key',
      gw.keys.viewer,
    ]);
    expect(res.code).toBe(0);
    const nodes = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)) as { email: string }[];
    expect(new Set(nodes.map((n) => n.email))).toEqual(expectedEmails);
    expect(res.stderr).toContain(`Exported ${expectedEmails.size} rows`);
  });

  it('says why when the query has no connection to page', async () => {
    const res = await runProcess(process.execPath, [
      'bin/admingraph.js',
      'export',
      '--query',
      '{ userKpis { __typename } }',
      '--url',
      gw.running.url,
      '--key',
      gw.keys.viewer,
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('select `pageInfo { hasNextPage endCursor }`');
  });
});
