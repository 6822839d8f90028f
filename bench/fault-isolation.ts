/**
 * `npm run bench` (second part), or alone: `tsx bench/fault-isolation.ts`. Throughput of read
 * queries answered by healthy vendors (BetterCloud, Snow) with all vendors healthy, then while
 * JumpCloud hangs every call and other clients keep asking it (target: the healthy vendors' queries
 * keep at least 90% of their throughput). Simulators in their own process, 20 ms per call.
 * `BENCH_SHORT=1` measures 2 s per phase instead of 8. Writes bench/results/fault-isolation.json.
 */
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/start.js';
import { vendorEnv } from './vendor-env.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { writeBenchResult } from './report.js';
import { startSimulatorProcess } from './simulator-process.js';
import { round } from './stats.js';

const PHASE_MS = process.env.BENCH_SHORT === '1' ? 2_000 : 8_000;
const HEALTHY_CLIENTS = 4;
const HANGING_CLIENTS = 4;
const healthyQueries = [
  '{ accounts(vendor: BETTERCLOUD, first: 50) { totalCount edges { node { externalId status } } } }',
  '{ accounts(vendor: SNOW, first: 50) { totalCount edges { node { externalId status } } } }',
];
const hangingQuery =
  '{ accounts(vendor: JUMPCLOUD, first: 50) { totalCount edges { node { externalId } } } }';

const post = async (url: string, query: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: benchHeaders,
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { errors?: unknown[] };
};

/** Clients asking in a loop until the phase ends; answers counted per client kind. */
async function phase(url: string, withHangingClients: boolean) {
  const until = performance.now() + PHASE_MS;
  let healthyAnswers = 0;
  let healthyErrors = 0;
  let hangingAnswers = 0;
  const healthy = Array.from({ length: HEALTHY_CLIENTS }, async (_, i) => {
    for (let n = i; performance.now() < until; n++) {
      const body = await post(url, healthyQueries[n % healthyQueries.length]);
      if (body.errors) healthyErrors++;
      else healthyAnswers++;
    }
  });
  const hanging = withHangingClients
    ? Array.from({ length: HANGING_CLIENTS }, async () => {
        while (performance.now() < until) {
          await post(url, hangingQuery);
          hangingAnswers++;
        }
      })
    : [];
  await Promise.all([...healthy, ...hanging]);
  return {
    healthyPerSecond: round(healthyAnswers / (PHASE_MS / 1000)),
    healthyErrors,
    hangingAnswers,
  };
}

const simulators = await startSimulatorProcess({ SIM_SEED: '42', SIM_PEOPLE: '2000', SIM_LATENCY_MS: '20' });
const env = {
  ...(await vendorEnv(simulators.urls)),
  JUMPCLOUD_TIMEOUT_MS: '1000',
  ADMINGRAPH_REQUEST_DEADLINE_MS: '2000',
  ...benchAccessEnv,
  // Every healthy answer is a call to its vendor (what a hanging neighbour could hold up), not a cache hit.
  ADMINGRAPH_CACHE_TTL_MS: '0',
  ADMINGRAPH_RESPONSE_CACHE: 'off',
};
const setJumpCloudFaults = (faults: object) =>
  fetch(`${simulators.urls.jumpcloud}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
let output;
let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
try {
  gateway = await startGateway({ config: { ...loadConfig(env), port: 0 } });
  await phase(gateway.url, false); // warm-up: connections, JIT
  const healthy = await phase(gateway.url, false);
  // With every vendor healthy nothing may fail: a refused answer (a key, a limit) would measure the refusal.
  if (healthy.healthyErrors || !healthy.healthyPerSecond)
    throw new Error(
      `all healthy, yet ${healthy.healthyErrors} errors and ${healthy.healthyPerSecond} answers/s`,
    );
  await setJumpCloudFaults({ hangRate: 1 });
  const oneHanging = await phase(gateway.url, true);
  await setJumpCloudFaults({});
  output = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    phaseMs: PHASE_MS,
    vendorLatencyMs: 20,
    healthyClients: HEALTHY_CLIENTS,
    hangingClients: HANGING_CLIENTS,
    allHealthy: healthy,
    jumpCloudHanging: oneHanging,
    keptThroughput: round(oneHanging.healthyPerSecond / healthy.healthyPerSecond),
    target: 0.9,
  };
  console.log(JSON.stringify(output));
} finally {
  await gateway?.stop();
  await simulators.stop();
}
writeBenchResult('fault-isolation', output);
