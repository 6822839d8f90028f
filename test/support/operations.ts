/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import type { GraphQLFormattedError } from 'graphql';
import { loadConfig } from '../../src/config.js';
import { assembleGateway, type AssembledGateway } from '../../src/start.js';
import { startSimulators, type SimulatedVendor, type SimulatorFleet } from '../../simulators/index.js';
import { simControl, testCompany } from './simulators.js';
import type { Principal } from '../../common/principal.js';
import { capturedLogger } from './credentials.js';

/** The caller of in-process operations unless a test names another: an admin API key. */
export const TEST_ADMIN: Principal = { id: 'key:test-admin', role: 'admin', method: 'api-key' };

export interface OperationResult<T = any> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, any>;
}

export interface OperationsGateway {
  assembled: AssembledGateway;
  fleet: SimulatorFleet;
  /** Runs one operation in-process (`server.executeOperation`), with a fresh request context for `principal` (default an admin). */
  execute<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): Promise<OperationResult<T>>;
  /** Every line the gateway logged (pino JSON). */
  logLines: string[];
  /** Sets a simulator's faults through its control API (`POST /__sim/faults`). */
  fault(vendor: SimulatedVendor, settings: Record<string, unknown>): Promise<void>;
  /** Every simulator back to its seeded state with no faults; the gateway forgets what it read. */
  reseed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The gateway as `npm start` assembles it over the four simulators (2,000-person company), with no
 * HTTP server in front: operations go straight to Apollo's `executeOperation`. The simulators still
 * answer the gateway's vendor calls over loopback.
 */
export async function startOperationsGateway(): Promise<OperationsGateway> {
  const fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const { logger, lines } = capturedLogger();
  // Vendor response cache off, as in test/support/gateway.ts: tests count vendor calls. The gateway's clock
  // pinned to the company's instant: inactivity is measured as the simulators see it.
  const assembled = await assembleGateway({
    config: { ...loadConfig({ ADMINGRAPH_CACHE_TTL_MS: '0' }), port: 0, now: testCompany().config.now },
    fleet,
    logger,
  });
  const { gateway } = assembled;
  let used = false;
  return {
    assembled,
    fleet,
    logLines: lines,
    async execute(query, variables, principal = TEST_ADMIN) {
      used = true;
      const response = await gateway.server.executeOperation(
        { query, variables },
        { contextValue: await gateway.createContext({}, principal) },
      );
      if (response.body.kind !== 'single')
        throw new Error('expected a single result, not an incremental one');
      return response.body.singleResult as OperationResult;
    },
    async fault(vendor, settings) {
      const { status, body } = await simControl(fleet.running[vendor]!, 'POST', 'faults', settings);
      if (status !== 200)
        throw new Error(`${vendor} refused the faults ${JSON.stringify(settings)}: ${JSON.stringify(body)}`);
    },
    async reseed() {
      for (const sim of Object.values(fleet.running)) {
        sim.simulator.state.reset();
        sim.faults.set({});
      }
      await gateway.forgetVendorReads();
      gateway.resetCircuits();
    },
    async close() {
      // executeOperation starts the server on first use; Apollo refuses to stop one never started.
      if (used) await gateway.server.stop();
      await assembled.close();
      await fleet.close();
    },
  };
}
