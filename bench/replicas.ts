/**
 * `npm run bench:replicas`: what the caches and a second replica buy, measured in one run on the
 * 2,000-person company (simulators in their own process, 50 ms per vendor call).
 *
 * Every gateway is the production build (`npm run build`, plain node, NODE_ENV=production) in its own
 * process, as a deployment runs it; the bench builds it first.
 *
 * - Cold vs warm, per reference query (bench/reference-queries.ts): cold is a gateway with the vendor
 *   response cache, the whole-response cache and the seat walk's memo off (the identity index built,
 *   as it is once a replica serves); warm has both on and has answered the query once. Vendor calls per answer
 *   (the upstream trace) and answers per second from concurrent clients.
 * - One replica vs two: gateway processes (`src/main.ts`, each its own event loop) on the machine's
 *   Redis, sharing the identity index and the vendor cache there; clients spread over the replicas
 *   round-robin; the warm directory page without the whole-response cache, so every answer is
 *   GraphQL execution in a replica (the work a second replica shares). Each replica's CPU time over
 *   the run is read from /proc: answers per CPU second tell whether a second replica does the same
 *   work per answer (nothing shared slows it), whatever cores the machine has left for it.
 *
 * BENCH_SECONDS per measurement (default 3). Writes bench/results/replicas.json and BENCHMARKS.md.
 * Loopback only; bounded in time.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createClient } from '@keyv/redis';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { buildProduction, startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { cpuSeconds } from './process-cpu.js';
import { referenceQueries, type ReferenceQuery } from './reference-queries.js';
import { writeBenchResult } from './report.js';
import { startSimulatorProcess } from './simulator-process.js';
import { round } from './stats.js';
import { vendorEnv } from './vendor-env.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CLIENTS = 8;
const LATENCY_MS = 50;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const directoryPage = referenceQueries.find((q) => q.name === 'directory-page')!;
/** Names this run's Redis keys, dropped at the end. */
const suffix = randomBytes(4).toString('hex');

interface Answer {
  bytes: number;
  vendorCalls: number;
}

/**
 * One answer. `trace` asks for the upstream trace (the vendor calls it made); the throughput runs
 * ask as a frontend does, without it.
 */
async function ask(url: string, query: ReferenceQuery, trace = true): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      ...benchHeaders,
      ...(trace ? { 'x-admingraph-trace': '1' } : {}),
    },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: unknown[]; extensions?: { upstream?: { total: number } } };
  if (body.errors) throw new Error(`${query.name}: ${text.slice(0, 400)}`);
  return { bytes: text.length, vendorCalls: body.extensions?.upstream?.total ?? NaN };
}

/**
 * Answers per second from CLIENTS connections for SECONDS, spread over `urls` (autocannon in its own
 * process, so the load generator does not share the gateway's event loop). Every answer must be a 2xx
 * (a refused one is cheap and would flatter the figure), and one more is read whole to check it is data.
 */
async function throughput(replicas: GatewayProcess[], query: ReferenceQuery) {
  const urls = replicas.map((replica) => replica.url);
  const cpuBefore = replicas.map((replica) => cpuSeconds(replica.child.pid!));
  const body = JSON.stringify({ query: query.query, variables: query.variables });
  const args = [
    ...['--json', '-c', String(CLIENTS), '-d', String(SECONDS), '-m', 'POST'],
    ...['-H', 'content-type=application/json', '-H', `authorization=${benchHeaders.authorization}`],
    ...['-b', body, ...urls],
  ];
  const result = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/autocannon/autocannon.js', ...args], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}`)),
    );
  });
  const report = JSON.parse(result) as {
    requests: { total: number; average: number };
    non2xx: number;
    errors: number;
    duration: number;
  };
  if (report.non2xx || report.errors)
    throw new Error(`${query.name}: ${report.non2xx} non-2xx answers and ${report.errors} errors under load`);
  const cpu = replicas.reduce((sum, replica, i) => sum + cpuSeconds(replica.child.pid!) - cpuBefore[i], 0);
  const sample = await ask(urls[0], query, false);
  return {
    answers: report.requests.total,
    perSecond: round(report.requests.total / report.duration, 1),
    answerBytes: sample.bytes,
    /** CPU seconds the replicas spent (all their threads), and the cores that is over the run. */
    replicaCpuSeconds: round(cpu, 2),
    replicaCores: round(cpu / report.duration, 2),
    answersPerCpuSecond: round(report.requests.total / cpu, 1),
  };
}

async function coldVsWarm(env: NodeJS.ProcessEnv) {
  const results: Record<string, unknown>[] = [];
  for (const query of referenceQueries) {
    const measured: Record<string, unknown> = { query: query.name };
    for (const mode of ['cold', 'warm'] as const) {
      const settings =
        mode === 'cold'
          ? {
              ADMINGRAPH_CACHE_TTL_MS: '0',
              ADMINGRAPH_RESPONSE_CACHE: 'off',
              ADMINGRAPH_SEAT_WALK_TTL_MS: '0',
            }
          : { ADMINGRAPH_RESPONSE_CACHE: 'on' }; // the vendor cache keeps its per-kind default TTLs
      const gateway = await startGatewayProcess({ ...env, ...settings }, { runs: 'production' });
      try {
        const first = await ask(gateway.url, query); // builds the index; warm: fills both caches
        const next = await ask(gateway.url, query);
        measured[mode] = {
          firstCalls: first.vendorCalls,
          callsPerAnswer: next.vendorCalls,
          ...(await throughput([gateway], query)),
        };
      } finally {
        await gateway.stop();
      }
    }
    const cold = measured.cold as { perSecond: number };
    const warm = measured.warm as { perSecond: number };
    measured.warmOverCold = round(warm.perSecond / cold.perSecond, 1);
    console.log(JSON.stringify(measured));
    results.push(measured);
  }
  return results;
}

async function oneVsTwoReplicas(env: NodeJS.ProcessEnv) {
  const shared = {
    ...env,
    REDIS_URL,
    ADMINGRAPH_IDENTITY_REDIS_PREFIX: `bench:identity:${suffix}`,
    ADMINGRAPH_CACHE_REDIS_PREFIX: `bench:cache:${suffix}`,
    ADMINGRAPH_CACHE_PREFIX: `bench:${suffix}`,
    ADMINGRAPH_AUDIT_FILE: `/tmp/bench-audit-${suffix}.ndjson`,
    ADMINGRAPH_RESPONSE_CACHE: 'off',
    ADMINGRAPH_LOG_LEVEL: 'warn',
  };
  const replicas = [await startGatewayProcess(shared, { runs: 'production' })];
  try {
    await ask(replicas[0].url, directoryPage); // builds the shared index, fills the shared vendor cache
    const one = await throughput(replicas, directoryPage);
    console.log(JSON.stringify({ oneReplica: one }));
    replicas.push(await startGatewayProcess(shared, { runs: 'production' }));
    const secondFirst = await ask(replicas[1].url, directoryPage);
    const two = await throughput(replicas, directoryPage);
    console.log(JSON.stringify({ twoReplicas: two }));
    const cores = availableParallelism();
    return {
      oneReplica: one,
      twoReplicas: two,
      secondReplicaFirstAnswerCalls: secondFirst.vendorCalls,
      twoOverOne: round(two.perSecond / one.perSecond, 2),
      /** Answers per CPU second with two replicas against one: 1 when the second does the same work per answer. */
      cpuEfficiencyTwoOverOne: round(two.answersPerCpuSecond / one.answersPerCpuSecond, 2),
      machineCores: cores,
      /** The best two replicas could do here: the cores, over what one replica used alone. */
      machineCeiling: round(Math.min(2, cores / one.replicaCores), 2),
    };
  } finally {
    for (const replica of replicas) await replica.stop();
  }
}

/** This run's keys in the machine's Redis (identity index, vendor cache, whole answers, APQ). */
async function dropRedisKeys() {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `bench:*${suffix}*`, COUNT: 1000 }))
      if (keys.length > 0) await client.unlink(keys);
  } finally {
    await client.quit();
  }
}

await buildProduction();
const simulators = await startSimulatorProcess({
  SIM_SEED: '42',
  SIM_PEOPLE: '2000',
  SIM_LATENCY_MS: String(LATENCY_MS),
});
let output: Record<string, unknown>;
try {
  const env = {
    ...(await vendorEnv(simulators.urls)),
    ...benchAccessEnv,
  };
  output = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    vendorLatencyMs: LATENCY_MS,
    seconds: SECONDS,
    clients: CLIENTS,
    coldVsWarm: await coldVsWarm(env),
    replicas: await oneVsTwoReplicas(env),
  };
} finally {
  await simulators.stop();
  await dropRedisKeys();
}
writeBenchResult('replicas', output);
