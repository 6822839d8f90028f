/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */
import { loadConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/start.js';
import { startSimulators, type SimulatorFleet } from '../../simulators/index.js';
import { testCompany } from './simulators.js';
import type { Role } from '../../common/principal.js';
import { capturedLogger, testKeys } from './credentials.js';
import type { CostBudget } from '../../src/limits/cost-budget.js';

export interface TestGateway {
  running: RunningGateway;
  fleet: SimulatorFleet;
  /** An API key per role, configured in `ADMINGRAPH_API_KEYS` (named after its role). */
  keys: Record<Role, string>;
  /** Every line the gateway logged (pino JSON). */
  logLines: string[];
  /** POSTs a GraphQL operation over real HTTP, authenticated with the key of `as` (default admin). */
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { trace?: boolean; as?: Role },
  ): Promise<{
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
    extensions?: Record<string, any>;
  }>;
  /** A raw HTTP request to the gateway (no credentials unless given): for the HTTP surface itself. */
  raw(path: string, init?: RequestInit): Promise<Response>;
  /** Clears every simulator's request counts. */
  resetCounts(): Promise<void>;
  /** Every simulator back to its seeded state with no faults; the gateway forgets what it read; counts cleared. */
  reseed(): Promise<void>;
  /** Requests each simulator served since the last reset, by operationId. */
  served(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/**
 * The gateway on a free port over all four simulators (2,000-person company, no faults), configured
 * exactly as `npm start` does with no credentials, except that the vendor response cache is off
 * unless `env` turns it on, and the clock is pinned to the company's seeded instant.
 */
export async function startTestGateway(
  options: { identityTtlMs?: number; env?: NodeJS.ProcessEnv; budget?: CostBudget } = {},
): Promise<TestGateway> {
  const fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const { keys, spec } = testKeys();
  // Keys a test configures come beside the per-role ones. The vendor response cache is off unless a
  // test turns it on: tests change simulator state behind the gateway's back and count vendor calls.
  // The gateway's clock is pinned to the company's instant (unless the test sets ADMINGRAPH_NOW):
  // inactivity and KPI windows are measured as the simulators see them.
  const apiKeys = [spec, options.env?.ADMINGRAPH_API_KEYS].filter(Boolean).join(',');
  const config = {
    now: testCompany().config.now,
    ...loadConfig({ ADMINGRAPH_CACHE_TTL_MS: '0', ...options.env, ADMINGRAPH_API_KEYS: apiKeys }),
    port: 0,
  };
  if (options.identityTtlMs !== undefined) config.identityTtlMs = options.identityTtlMs;
  const { logger, lines } = capturedLogger();
  const running = await startGateway({ config, fleet, logger, budget: options.budget });
  const resetCounts = async () => {
    for (const sim of Object.values(fleet.running)) sim.log.clear();
  };
  return {
    running,
    fleet,
    keys,
    logLines: lines,
    async query(query, variables, opts) {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${keys[opts?.as ?? 'admin']}`,
          ...(opts?.trace ? { 'x-admingraph-trace': '1' } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as never;
    },
    raw: (path, init) => fetch(new URL(path, running.url), init),
    resetCounts,
    async reseed() {
      for (const sim of Object.values(fleet.running)) {
        sim.simulator.state.reset();
        sim.faults.set({});
      }
      await running.gateway.forgetVendorReads();
      running.gateway.resetCircuits();
      await resetCounts();
    },
    async served() {
      return Object.fromEntries(
        Object.values(fleet.running).map((sim) => [sim.vendor, sim.log.snapshot().byOperation]),
      );
    },
    async close() {
      await running.stop();
      await fleet.close();
    },
  };
}
