/**
 * `npm run bench` (second part), or alone: `tsx bench/fault-isolation.ts`. Throughput of read
 * queries answered by healthy vendors (BetterCloud, Snow) with all vendors healthy, then while
 * JumpCloud hangs every call and other clients keep asking it (target: the healthy vendors' queries
 * keep at least 90% of their throughput): first clients that wait as the errors'
 * `retryAfterSeconds` says, then clients that ask again at once (what the gateway's CPU then spends
 * on instant errors). The gateway is the production build in its own process; the simulators are in
 * another, 20 ms per call.
 * `BENCH_SHORT=1` measures 2 s per phase instead of 8. Writes bench/results/fault-isolation.json.
 */
import { buildProduction, startGatewayProcess, type GatewayProcess } from './gateway-process.js';
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

interface Answer {
  errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

const post = async (url: string, query: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: benchHeaders,
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Answer;
};

/** How long a failed answer asks its client to wait before asking again (its errors' `retryAfterSeconds`). */
const retryAfterMs = (answer: Answer) =>
  Math.max(0, ...(answer.errors ?? []).map((error) => (error.extensions?.retryAfterSeconds ?? 0) * 1000));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How the clients of the hanging vendor behave: none ask (all healthy), they honour the errors'
 * `retryAfterSeconds` as the error model asks clients to, or they ask again at once regardless.
 */
type HangingClients = 'none' | 'honouring' | 'at-once';

/** Clients asking in a loop until the phase ends; answers counted per client kind. */
async function phase(url: string, hangingClients: HangingClients) {
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
  const hangingCodes: Record<string, number> = {};
  const hanging =
    hangingClients !== 'none'
      ? Array.from({ length: HANGING_CLIENTS }, async () => {
          while (performance.now() < until) {
            const answer = await post(url, hangingQuery);
            hangingAnswers++;
            for (const error of answer.errors ?? []) {
              const code = error.extensions?.code ?? 'NONE';
              hangingCodes[code] = (hangingCodes[code] ?? 0) + 1;
            }
            if (hangingClients === 'honouring')
              await sleep(Math.min(retryAfterMs(answer), until - performance.now()));
          }
        })
      : [];
  await Promise.all([...healthy, ...hanging]);
  return {
    healthyPerSecond: round(healthyAnswers / (PHASE_MS / 1000)),
    healthyErrors,
    hangingAnswers,
    hangingCodes,
  };
}

await buildProduction();
const simulators = await startSimulatorProcess({ SIM_SEED: '42', SIM_PEOPLE: '2000', SIM_LATENCY_MS: '20' });
const env = {
  ...(await vendorEnv(simulators.urls)),
  JUMPCLOUD_TIMEOUT_MS: '1000',
  ADMINGRAPH_REQUEST_DEADLINE_MS: '2000',
  ...benchAccessEnv,
  // Every healthy answer is a call to its vendor (what a hanging neighbour could hold up), not a cache hit.
  ADMINGRAPH_CACHE_TTL_MS: '0',
  ADMINGRAPH_RESPONSE_CACHE: 'off',
  ADMINGRAPH_LOG_LEVEL: 'warn',
};
const setJumpCloudFaults = (faults: object) =>
  fetch(`${simulators.urls.jumpcloud}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
let output;
let gateway: GatewayProcess | undefined;
try {
  gateway = await startGatewayProcess(env, { runs: 'production' });
  await phase(gateway.url, 'none'); // warm-up: connections, JIT
  const healthy = await phase(gateway.url, 'none');
  // With every vendor healthy nothing may fail: a refused answer (a key, a limit) would measure the refusal.
  if (healthy.healthyErrors || !healthy.healthyPerSecond)
    throw new Error(
      `all healthy, yet ${healthy.healthyErrors} errors and ${healthy.healthyPerSecond} answers/s`,
    );
  await setJumpCloudFaults({ hangRate: 1 });
  const oneHanging = await phase(gateway.url, 'honouring');
  const oneHangingClientsAtOnce = await phase(gateway.url, 'at-once');
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
    jumpCloudHangingClientsAtOnce: oneHangingClientsAtOnce,
    keptThroughputClientsAtOnce: round(oneHangingClientsAtOnce.healthyPerSecond / healthy.healthyPerSecond),
    target: 0.9,
  };
  console.log(JSON.stringify(output));
} finally {
  await gateway?.stop();
  await simulators.stop();
}
writeBenchResult('fault-isolation', output);
