/**
 * `npm run bench`: the gateway against the raw vendor calls it needs, for the reference queries of
 * bench/reference-queries.ts. The simulators run in their own process (configured into the gateway
 * as real vendors are: base URLs, credentials, IDs) and answer every call after a fixed 50 ms.
 * For each query: the vendor calls made (cold: identity index not built yet; warm: built) against the
 * lower bound the vendor APIs force (bench/minimums.ts), latency p50/p95 of sequential runs, and
 * throughput with concurrent clients. Run once with the default per-vendor concurrency cap and once
 * with a cap high enough for a page's fan-out. Writes bench/results/gateway.json and BENCHMARKS.md.
 * Loopback only; bounded counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { startGateway, type RunningGateway } from '../src/start.js';
import { generateCompany } from '../simulators/company/company.js';
import { minimumsFor, type QueryBound } from './minimums.js';
import { startSimulatorProcess } from './simulator-process.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { BENCH_NOW, vendorEnv } from './vendor-env.js';
import { referenceQueries, type ReferenceQuery } from './reference-queries.js';
import { percentile, round } from './stats.js';
import { renderBenchmarksMarkdown } from './report.js';
import { measureLimitsOverhead, writeLimitsOverhead } from './limits-overhead.js';

const LATENCY_MS = 50;
const SEQUENTIAL_RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLIENTS = 4;
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS_PER_CLIENT ?? 5);

interface Upstream {
  total: number;
  byVendor: Record<string, number>;
  calls: { operation: string; vendor: string; cached: boolean }[];
}

async function post(
  url: string,
  query: ReferenceQuery,
): Promise<{ ms: number; upstream: Upstream; errors?: unknown[] }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      ...benchHeaders,
      'x-admingraph-trace': '1',
    },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
  });
  const body = (await res.json()) as { errors?: unknown[]; extensions: { upstream: Upstream } };
  return { ms: performance.now() - started, upstream: body.extensions.upstream, errors: body.errors };
}

async function measureQuery(env: NodeJS.ProcessEnv, query: ReferenceQuery, concurrency: number) {
  const config = { ...loadConfig({ ...env, ADMINGRAPH_VENDOR_CONCURRENCY: String(concurrency) }), port: 0 };
  const gateway: RunningGateway = await startGateway({ config });
  try {
    const cold = await post(gateway.url, query);
    if (cold.errors) throw new Error(`${query.name}: ${JSON.stringify(cold.errors).slice(0, 500)}`);
    const warmRuns: number[] = [];
    let warm = cold;
    for (let i = 0; i < SEQUENTIAL_RUNS; i++) {
      warm = await post(gateway.url, query);
      warmRuns.push(warm.ms);
    }
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) await post(gateway.url, query);
      }),
    );
    const throughput = (CLIENTS * REQUESTS_PER_CLIENT) / ((performance.now() - started) / 1000);
    return {
      cold: { ms: round(cold.ms), calls: cold.upstream.total, byVendor: cold.upstream.byVendor },
      warm: {
        p50Ms: round(percentile(warmRuns, 50)),
        p95Ms: round(percentile(warmRuns, 95)),
        calls: warm.upstream.total,
        byVendor: warm.upstream.byVendor,
        operations: countOperations(warm.upstream),
      },
      throughputPerSecond: round(throughput, 1),
    };
  } finally {
    await gateway.stop();
  }
}

function countOperations(upstream: Upstream): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of upstream.calls)
    if (!call.cached)
      counts[`${call.vendor}:${call.operation}`] = (counts[`${call.vendor}:${call.operation}`] ?? 0) + 1;
  return counts;
}

// The same seed and size in both processes: the same company.
const company = generateCompany({
  seed: 42,
  people: 2000,
  now: new Date(BENCH_NOW),
  domain: 'example.com',
});
const simulators = await startSimulatorProcess({
  SIM_SEED: '42',
  SIM_PEOPLE: '2000',
  SIM_NOW: BENCH_NOW,
  SIM_LATENCY_MS: String(LATENCY_MS),
});
const env = { ...(await vendorEnv(simulators.urls)), ...benchAccessEnv };
const bounds = await minimumsFor(company, simulators.urls);

const defaultCap = loadConfig({}).vendors.bettercloud.endpoint.maxConcurrency;
const results: Record<string, unknown>[] = [];
try {
  for (const query of referenceQueries) {
    const bound: QueryBound = bounds[query.name];
    for (const cap of [16, defaultCap]) {
      const measured = await measureQuery(env, query, cap);
      const criticalPathMs = bound.criticalPathHops(measured.warm.operations) * LATENCY_MS;
      results.push({
        query: query.name,
        description: query.description,
        concurrencyCap: cap,
        minimumCalls: bound.minimumCalls,
        minimumExplained: bound.explain,
        ...measured,
        criticalPathMs,
        warmP50OverCriticalPath: round(measured.warm.p50Ms / criticalPathMs),
        callsOverMinimum: round(measured.warm.calls / bound.minimumCalls),
      });
      console.log(JSON.stringify(results[results.length - 1]));
    }
  }
} finally {
  await simulators.stop();
}

const output = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  vendorLatencyMs: LATENCY_MS,
  people: company.people.length,
  sequentialRuns: SEQUENTIAL_RUNS,
  clients: CLIENTS,
  results,
};
writeLimitsOverhead(await measureLimitsOverhead(process.env.BENCH_SHORT === '1'));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/gateway.json', JSON.stringify(output, null, 2) + '\n');
writeFileSync('BENCHMARKS.md', renderBenchmarksMarkdown(output));
console.log('wrote bench/results/gateway.json and BENCHMARKS.md');
