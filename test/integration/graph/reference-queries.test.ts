import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { minimumsFor, type QueryBound } from '../../../bench/minimums.js';
import { referenceQueries } from '../../../bench/reference-queries.js';
import type { SimulatedVendor } from '../../../simulators/index.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';
import { expectedSeatWalkCalls } from '../../support/seat-walk-expectations.js';
import type { SnowState } from '../../../simulators/snow/state.js';

/**
 * The benchmark's reference queries make exactly the vendor calls the vendor APIs force
 * (bench/minimums.ts computes that bound from the simulators' data), once the identity index is warm.
 */
let gw: TestGateway;
let bounds: Record<string, QueryBound>;
const snowState = () => gw.fleet.running.snow!.simulator.state as unknown as SnowState;
beforeAll(async () => {
  gw = await startTestGateway();
  const urls = Object.fromEntries(
    Object.entries(gw.fleet.running).map(([vendor, sim]) => [vendor, sim.url]),
  ) as Record<SimulatedVendor, string>;
  bounds = await minimumsFor(testCompany(), urls);
  await gw.query(`{ users(first: 1) { totalCount } }`); // builds the identity index
});
beforeEach(async () => {
  await gw.resetCounts(); // each test compares the trace with what the simulators served since
});
afterAll(async () => {
  await gw?.close();
});

describe('reference queries', () => {
  for (const query of referenceQueries) {
    it(`${query.name}: answers without errors, with the minimum number of vendor calls`, async () => {
      const res = await gw.query(query.query, query.variables, { trace: true });
      expect(res.errors).toBeUndefined();
      const upstream = res.extensions!.upstream as {
        total: number;
        calls: { vendor: string; operation: string }[];
      };
      if (query.name === 'license-waste') {
        // Snow has no subscription list: the walk's discovery reads depend on who holds what, so the
        // bound is a floor; the calls are exactly the walk's over the simulator's records.
        expect(upstream.total).toBeGreaterThanOrEqual(bounds[query.name].minimumCalls);
        expect(upstream.total).toBe(expectedSeatWalkCalls(snowState()).total);
      } else {
        expect(upstream.total).toBe(bounds[query.name].minimumCalls);
      }
      // The simulators saw exactly what the trace reports.
      const served = await gw.served();
      const servedTotal = Object.values(served).reduce(
        (sum, ops) => sum + Object.values(ops).reduce((a, b) => a + b, 0),
        0,
      );
      expect(servedTotal).toBe(upstream.total);
    });
  }
});
