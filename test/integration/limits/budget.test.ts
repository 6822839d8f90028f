/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeakyBucketBudget } from '../../../src/limits/cost-budget.js';
import { limitDefaults } from '../../../src/limits/limit-settings.js';
import { operationCost } from '../../../src/limits/query-cost.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * The per-caller budget over real HTTP, with a clock the test moves (no sleeps): rejected mutations
 * spend it like any operation, so they cannot be sent (and audited) at attacker speed.
 */
const REJECTED = /* GraphQL */ `
  mutation {
    suspendUser(input: { email: "not-an-email" }) {
      userErrors {
        code
      }
    }
  }
`;
const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const rejectedCost = operationCost({ schema, document: parse(REJECTED), settings: limitDefaults });
const ALLOWED = 3;

let now = Date.UTC(2026, 10, 1);
let gw: TestGateway;
let auditFile: string;
beforeAll(async () => {
  auditFile = path.join(mkdtempSync(path.join(tmpdir(), 'budget-')), 'audit.ndjson');
  // Room for three of them and half of a fourth.
  const budget = new LeakyBucketBudget(ALLOWED * rejectedCost + rejectedCost / 2, () => now);
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: auditFile }, budget });
});
afterAll(async () => {
  await gw?.close();
});

const auditEntries = () => {
  try {
    return readFileSync(auditFile, 'utf8').trim().split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

async function post(query: string) {
  const res = await fetch(gw.running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

describe('the per-caller cost budget', () => {
  it('refuses 500 (or 50) aliased rejected mutations in one request before any is audited', async () => {
    const aliased = (n: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `m${i}: suspendUser(input: { email: "not-an-email" }) { userErrors { code } }`).join('\n')} }`;
    // 500 are too many tokens to finish parsing; 50 parse, and break the aliases limit and the cost.
    const fiveHundred = await post(aliased(500));
    expect(fiveHundred.body.errors.map((e: any) => e.extensions.code)).toStrictEqual([
      'GRAPHQL_PARSE_FAILED',
    ]);
    expect(fiveHundred.body.errors[0].message).toMatch(/tokens/);
    const fifty = await post(aliased(50));
    expect(fifty.body.errors.map((e: any) => e.extensions.code)).toStrictEqual(['QUERY_TOO_COMPLEX']);
    expect(auditEntries()).toBe(0);
  });

  it('lets rejected mutations spend the budget, refuses the next with 429 and Retry-After, then refills', async () => {
    for (let i = 0; i < ALLOWED; i++) {
      const { status, body } = await post(REJECTED);
      expect(status).toBe(200);
      expect(body.data.suspendUser.userErrors[0].code).toBe('INVALID_EMAIL');
      expect(body.extensions.cost.requestedQueryCost).toBe(rejectedCost);
    }
    expect(auditEntries()).toBe(ALLOWED);

    const refused = await post(REJECTED);
    expect(refused.status).toBe(429);
    const [error] = refused.body.errors;
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryable: true, cost: rejectedCost });
    const wait = error.extensions.retryAfterSeconds;
    expect(refused.retryAfter).toBe(String(wait));
    // Half a mutation is left; the other half comes back at the budget's rate.
    const { restoreRate, currentlyAvailable } = refused.body.extensions.cost.throttleStatus;
    expect(wait).toBe(Math.ceil((rejectedCost - currentlyAvailable) / restoreRate));
    expect(refused.body.data).toBeUndefined();
    expect(auditEntries()).toBe(ALLOWED);

    now += (wait - 1) * 1000;
    expect((await post(REJECTED)).status).toBe(429);
    now += 1000;
    expect((await post(REJECTED)).status).toBe(200);
    expect(auditEntries()).toBe(ALLOWED + 1);
  });
});
