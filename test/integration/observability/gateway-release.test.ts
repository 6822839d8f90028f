import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../../support/gateway.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A stopped gateway lets go of everything it held. prom-client's default GC metric keeps a
 * process-wide observer that held each gateway's metrics registry, and through its gauges the
 * identity index: a process that started gateways one after another (tests, benchmarks, an embedder
 * restarting one) kept every index it ever built, ~250 MB each at 100,000 people.
 */
describe('stopping a gateway', () => {
  it('releases its identity index once it is stopped and dropped', async () => {
    const index = await (async () => {
      const gateway = await startTestGateway();
      const answer = await gateway.query<{ users: { totalCount: number } }>(
        '{ users(first: 1) { totalCount } }',
      );
      expect(answer.data?.users.totalCount).toBeGreaterThan(0); // an index was built and held
      const held = new WeakRef(gateway.running.gateway.identityIndex);
      // A scrape runs the gauges' collect callbacks (the references the observer kept alive).
      expect(
        (await gateway.raw('/metrics', { headers: { authorization: `Bearer ${gateway.keys.admin}` } }))
          .status,
      ).toBe(200);
      await gateway.close();
      return held;
    })();
    for (let i = 0; i < 10 && index.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc();
    }
    expect(index.deref()).toBeUndefined();
  }, 60_000);
});
