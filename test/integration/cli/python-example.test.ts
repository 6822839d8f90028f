import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { runProcess } from '../../support/run-process.js';

function python3(): string {
  try {
    execFileSync('python3', ['--version']);
    return 'python3';
  } catch {
    throw new Error(
      'python3 is needed for the examples/python test: install it (apt-get install -y python3)',
    );
  }
}

/** The Python standard library's own CSV reader, so the test reads the file as a notebook would. */
function readCsv(text: string): Record<string, string>[] {
  const json = execFileSync(
    python3(),
    ['-c', 'import csv, json, sys; print(json.dumps(list(csv.DictReader(sys.stdin))))'],
    { input: text },
  );
  return JSON.parse(json.toString());
}

describe('examples/python/people_costs.py', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  it('pulls every person with their monthly cost into rows', async () => {
    const result = await runProcess(python3(), [
      'examples/python/people_costs.py',
      '--url',
      gw.running.url,
      '--key',
      gw.keys.viewer,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = readCsv(result.stdout);

    const seededWithAccounts = gw.fleet.company.people.filter(
      (p) => Object.keys(p.accounts).length > 0 || p.jumpcloudAdmin,
    );
    expect(rows.length).toBe(seededWithAccounts.length);
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.email))).toEqual(new Set(seededWithAccounts.map((p) => p.email)));

    // Costs as the gateway answers them for one person at a time.
    for (const row of rows.filter((r) => r.monthly_cost !== '').slice(0, 5)) {
      const res = await gw.query(
        'query($e: String!) { user(email: $e) { monthlyCost { amount currency } } }',
        {
          e: row.email,
        },
      );
      expect(Number(row.monthly_cost)).toBe(res.data.user.monthlyCost.amount);
      expect(row.currency).toBe(res.data.user.monthlyCost.currency);
    }
  });
});
