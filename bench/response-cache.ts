/**
 * `npm run bench:response-cache`: the warm directory page (bench/reference-queries.ts) with and
 * without the whole-response cache, as answers per second from concurrent clients over HTTP. The
 * simulators run in their own process with 50 ms vendor latency; both gateways are warmed first
 * (identity index built, vendor reads cached for 60 s, the cached one holding the answer), so the
 * uncached figure is GraphQL execution over cached vendor reads, the cached one a store lookup. Short by default
 * (BENCH_SECONDS=3 per measurement); writes bench/results/response-cache.json and re-renders
 * BENCHMARKS.md.
 */
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/start.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { referenceQueries } from './reference-queries.js';
import { writeBenchResult } from './report.js';
import { startSimulatorProcess } from './simulator-process.js';
import { round } from './stats.js';
import { vendorEnv } from './vendor-env.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CLIENTS = 8;
const LATENCY_MS = 50;
const VENDOR_CACHE_TTL_MS = 60_000;
const directoryPage = referenceQueries.find((q) => q.name === 'directory-page')!;

async function answersPerSecond(url: string): Promise<{ answers: number; perSecond: number; bytes: number }> {
  const body = JSON.stringify({ query: directoryPage.query });
  const post = async () => {
    const res = await fetch(url, { method: 'POST', headers: benchHeaders, body });
    const text = await res.text();
    if (!text.startsWith('{"data"')) throw new Error(`directory page failed: ${text.slice(0, 300)}`);
    return text.length;
  };
  const bytes = await post(); // warm: the identity index is built, the cache (when on) holds the answer
  let answers = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        await post();
        answers += 1;
      }
    }),
  );
  return { answers, perSecond: round(answers / ((performance.now() - started) / 1000)), bytes };
}

const simulators = await startSimulatorProcess({
  SIM_SEED: '42',
  SIM_PEOPLE: '2000',
  SIM_LATENCY_MS: String(LATENCY_MS),
});
const results: Record<string, { answers: number; perSecond: number; bytes: number }> = {};
try {
  const env = await vendorEnv(simulators.urls);
  for (const mode of ['off', 'on'] as const) {
    // The vendor response cache on in both runs (60 s): what is left uncached is GraphQL execution.
    const config = {
      ...loadConfig({
        ...env,
        ...benchAccessEnv,
        ADMINGRAPH_RESPONSE_CACHE: mode,
        ADMINGRAPH_CACHE_TTL_MS: String(VENDOR_CACHE_TTL_MS),
      }),
      port: 0,
    };
    const gateway = await startGateway({ config });
    try {
      results[mode] = await answersPerSecond(gateway.url);
      console.log(`response cache ${mode}: ${JSON.stringify(results[mode])}`);
    } finally {
      await gateway.stop();
    }
  }
} finally {
  await simulators.stop();
}

const output = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  vendorLatencyMs: LATENCY_MS,
  vendorCacheTtlMs: VENDOR_CACHE_TTL_MS,
  seconds: SECONDS,
  clients: CLIENTS,
  uncached: results.off!,
  cached: results.on!,
  speedup: round(results.on!.perSecond / results.off!.perSecond),
};
writeBenchResult('response-cache', output);
