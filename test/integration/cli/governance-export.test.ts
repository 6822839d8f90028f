import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/export/run-export.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The saved governance operations export whole: one row per node (or per exploded element), as the API counts them. */
describe('admingraph export of the governance answers', () => {
  let gw: TestGateway;
  let dir: string;
  beforeAll(async () => {
    gw = await startTestGateway();
    dir = await mkdtemp(join(tmpdir(), 'admingraph-governance-export-'));
  });
  afterAll(async () => gw?.close());

  const exportRows = async (
    file: string,
    options: { explode?: string; variables?: Record<string, unknown> } = {},
  ) => {
    const out = join(dir, `${file}.csv`);
    await runExport({
      query: await readFile(`examples/operations/${file}.graphql`, 'utf8'),
      variables: options.variables ?? {},
      format: 'csv',
      out,
      target: { url: gw.running.url, key: gw.keys.viewer },
      ...(options.explode ? { explode: options.explode } : {}),
    });
    return parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
  };

  it('offboarding gaps: one row per remaining access of every gap', async () => {
    const rows = await exportRows('offboarding-gaps', { explode: 'remainingAccess' });
    const gaps = new Set(
      company()
        .people.filter((p) => Object.values(p.accounts).some((a) => a.state !== 'active'))
        .map((p) => p.email),
    );
    expect(rows.every((r) => gaps.has(r['user.email']))).toBe(true);
    const api = await gw.query('{ offboardingGaps(first: 1) { totalCount } }');
    expect(new Set(rows.map((r) => r['user.email'])).size).toBe(api.data.offboardingGaps.totalCount);
    expect(rows.some((r) => r['remainingAccess.kind'] === 'MONTHLY_COST')).toBe(true);
  });

  it('changes since a time: every change once', async () => {
    const since = '2026-10-15T00:00:00Z';
    const rows = await exportRows('changes', { variables: { since } });
    const api = await gw.query('query ($s: DateTime!) { changes(since: $s, first: 1) { totalCount } }', {
      s: since,
    });
    expect(rows).toHaveLength(api.data.changes.totalCount);
    expect(rows.every((r) => r.occurredAt >= since.replace('Z', ''))).toBe(true);
  });

  const company = () => gw.fleet.company;
});
