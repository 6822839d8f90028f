import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../../../simulators/core/faults.js';
import type { SimulatedVendor } from '../../../simulators/index.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * The fault suite: each vendor in turn hangs, bursts 5xx, storms 429 or answers broken JSON
 * (the simulators' fault injector), under concurrent load on loopback. Bounded: a short vendor
 * timeout and request deadline, a few concurrent clients, a few rounds. Asserted: the gateway
 * stays up, the healthy vendors answer exactly what they answer when all are healthy, the faulty
 * one answers typed retryable errors, and mutations are neither lost nor applied twice.
 */
let gw: TestGateway;
let dir: string;
const DEADLINE_MS = 1_500;
const CLIENTS = 4;

const vendors: Record<SimulatedVendor, string> = {
  bettercloud: 'BETTERCLOUD',
  atlassian: 'ATLASSIAN',
  snow: 'SNOW',
  jumpcloud: 'JUMPCLOUD',
};
const accountsQuery = (vendor: string) =>
  `{ accounts(vendor: ${vendor}, first: 20) { totalCount edges { node { __typename } } } }`;
const baseline: Record<string, unknown> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-faults-'));
  gw = await startTestGateway({
    env: {
      ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson'),
      ADMINGRAPH_VENDOR_TIMEOUT_MS: '400',
      ADMINGRAPH_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      ADMINGRAPH_BREAKER_FAILURES: '5',
      ADMINGRAPH_BREAKER_HALF_OPEN_MS: '300',
    },
  });
  for (const vendor of Object.values(vendors)) {
    const res = await gw.query(accountsQuery(vendor));
    expect(res.errors).toBeUndefined();
    baseline[vendor] = res.data;
  }
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

const faults: Record<string, FaultSettings> = {
  hang: { hangRate: 1 },
  '5xx burst': { errorRate: 1, errorStatus: 503 },
  '429 storm': { rateLimit: { limit: 0, windowMs: 60_000 }, retryAfterSeconds: 1 },
  'malformed JSON': { malformedRate: 1 },
};

const RETRYABLE_CODES = ['VENDOR_UNAVAILABLE', 'VENDOR_RATE_LIMITED', 'VENDOR_BAD_RESPONSE'];

describe.each(Object.keys(vendors) as SimulatedVendor[])('%s down', (down) => {
  it.each(Object.keys(faults))(
    '%s: the others answer as when healthy; it answers typed errors',
    async (fault) => {
      const sim = gw.fleet.running[down]!;
      sim.faults.set(faults[fault]);
      try {
        const started = performance.now();
        const rounds = await Promise.all(
          Array.from({ length: CLIENTS }, () =>
            Promise.all(
              Object.values(vendors).map(async (vendor) => ({
                vendor,
                res: await gw.query(accountsQuery(vendor)),
              })),
            ),
          ),
        );
        // A hanging vendor costs at most the deadline (plus scheduling), never one timeout per attempt.
        expect(performance.now() - started).toBeLessThan(DEADLINE_MS * 3);
        for (const { vendor, res } of rounds.flat()) {
          if (vendor === vendors[down]) {
            expect(res.errors?.length).toBeGreaterThan(0);
            for (const error of res.errors!) {
              expect(RETRYABLE_CODES).toContain(error.extensions?.code);
              expect(error.extensions?.retryable).toBe(true);
            }
          } else {
            expect(res.errors).toBeUndefined();
            expect(res.data).toEqual(baseline[vendor]);
          }
        }
      } finally {
        sim.faults.set({});
      }
      // Recovery: once the vendor answers again (after the breaker's half-open pause), so does the gateway.
      await new Promise((resolve) => setTimeout(resolve, 350));
      const after = await gw.query(accountsQuery(vendors[down]));
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual(baseline[vendors[down]]);
    },
  );
});

describe('mutations while a vendor they do not touch hangs and another bursts 5xx', () => {
  it('suspends each person exactly once, with one audit entry each, and replays instead of re-sending', async () => {
    const people = testCompany()
      .people.filter((p) => !p.jumpcloudAdmin && p.accounts.bettercloud?.state === 'active')
      .slice(-6);
    // A gateway with the default timeouts; its identity index is built while all are healthy
    // (shared and kept), so the mutations plan from it while the faults last.
    const own = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'mutations.ndjson') } });
    expect((await own.query(`{ users(first: 1) { totalCount } }`)).errors).toBeUndefined();
    own.fleet.running.jumpcloud!.faults.set({ hangRate: 1 });
    own.fleet.running.snow!.faults.set({ errorRate: 1, errorStatus: 500 });
    await own.resetCounts();
    try {
      const suspend = (email: string) =>
        own.query(
          `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { results { vendor status message } userErrors { code } } }`,
          { input: { email, vendors: ['BETTERCLOUD'], idempotencyKey: `faults-${email}` } },
        );
      // Every mutation twice, concurrently: the second of each pair waits, replays or is refused as running.
      const answers = await Promise.all(people.flatMap((p) => [suspend(p.email), suspend(p.email)]));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const suspendWrites = own.fleet.running
        .bettercloud!.log.snapshot()
        .recent.filter((r) => r.method === 'POST' && r.path.endsWith('/suspend'));
      expect(suspendWrites.map((r) => r.path).sort()).toEqual(
        [...new Set(suspendWrites.map((r) => r.path))].sort(),
      );
      expect(suspendWrites).toHaveLength(people.length);
      const log = await own.query(
        `{ auditLog(first: 100) { edges { node { mutation result input idempotencyKey } } } }`,
      );
      const suspended = log.data.auditLog.edges
        .map((e: { node: { mutation: string; result: string; idempotencyKey: string } }) => e.node)
        .filter(
          (n: { mutation: string; result: string }) =>
            n.mutation === 'suspendUser' && n.result === 'SUCCEEDED',
        );
      expect(new Set(suspended.map((n: { idempotencyKey: string }) => n.idempotencyKey)).size).toBe(
        people.length,
      );
      expect(suspended).toHaveLength(people.length);
    } finally {
      await own.close();
    }
  });
});
