/**
 * `npm run bench:waste`: the whole `licenseWaste` list exported page by page (first: 100, following
 * `endCursor`) against its first page, at company scale (BENCH_PEOPLE, default 20,000; e.g.
 * `BENCH_PEOPLE=100000`). The first page pays the identity index and Snow's seat walk; the pages after
 * it page over the kept walk (0 vendor calls each, counted from the upstream trace). Target: the whole
 * list within 2× the time of its first page. The simulators run in their own process, pinned with
 * the gateway to one instant. `BENCH_SHORT=1` stops after 50 pages and extrapolates the rest from
 * their mean (a quick check; the result says so). Appends its result to bench/results/waste-export.json
 * (one entry per company size) and re-renders BENCHMARKS.md. Loopback only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { startGateway } from '../src/start.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { rerenderBenchmarks } from './report.js';
import { startSimulatorProcess } from './simulator-process.js';
import { round } from './stats.js';
import { BENCH_NOW, vendorEnv } from './vendor-env.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 20_000);
const SHORT = process.env.BENCH_SHORT === '1';
const SHORT_PAGES = 50;
const RESULTS = 'bench/results/waste-export.json';

// What an export of the list selects: the fields the seat walk and the identity index carry.
const PAGE = [
  'query WastePage($after: String) { licenseWaste(first: 100, after: $after) {',
  'totalCount totalMonthlyCost { amount } pageInfo { hasNextPage endCursor }',
  'edges { node { reasons monthlyCost { amount } user { email } subscription { externalId name lastActiveAt } } } } }',
].join(' ');

interface Page {
  ms: number;
  calls: number;
  rows: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

async function page(url: string, after: string | null): Promise<Page> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...benchHeaders, 'x-admingraph-trace': '1' },
    body: JSON.stringify({ query: PAGE, variables: { after } }),
  });
  const body = (await res.json()) as {
    data?: { licenseWaste: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    errors?: unknown[];
    extensions: { upstream: { calls: { cached: boolean }[] } };
  };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  const waste = body.data.licenseWaste;
  return {
    ms: performance.now() - started,
    calls: body.extensions.upstream.calls.filter((c) => !c.cached).length,
    rows: waste.edges.length,
    totalCount: waste.totalCount,
    hasNextPage: waste.pageInfo.hasNextPage,
    endCursor: waste.pageInfo.endCursor,
  };
}

const simulators = await startSimulatorProcess({
  SIM_SEED: '42',
  SIM_PEOPLE: String(PEOPLE),
  SIM_NOW: BENCH_NOW,
});
let result: Record<string, unknown>;
try {
  const config = { ...loadConfig({ ...(await vendorEnv(simulators.urls)), ...benchAccessEnv }), port: 0 };
  const gateway = await startGateway({ config });
  try {
    const started = performance.now();
    const first = await page(gateway.url, null);
    let rows = first.rows;
    let pages = 1;
    let laterCalls = 0;
    let laterMs = 0;
    let cursor = first.hasNextPage ? first.endCursor : null;
    while (cursor !== null && !(SHORT && pages >= SHORT_PAGES)) {
      const next = await page(gateway.url, cursor);
      rows += next.rows;
      pages++;
      laterCalls += next.calls;
      laterMs += next.ms;
      cursor = next.hasNextPage ? next.endCursor : null;
    }
    const measuredMs = performance.now() - started;
    const totalPages = Math.ceil(first.totalCount / 100);
    // Short mode: the pages not fetched are priced at the mean of those that were.
    const perLaterPageMs = pages > 1 ? laterMs / (pages - 1) : 0;
    const wholeListMs = SHORT ? first.ms + perLaterPageMs * (totalPages - 1) : measuredMs;
    result = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      people: PEOPLE,
      short: SHORT,
      rows: first.totalCount,
      rowsFetched: rows,
      pages: totalPages,
      pagesFetched: pages,
      firstPageMs: round(first.ms),
      firstPageVendorCalls: first.calls,
      laterPagesVendorCalls: laterCalls,
      meanLaterPageMs: round(perLaterPageMs),
      wholeListMs: round(wholeListMs),
      wholeOverFirst: round(wholeListMs / first.ms),
      target: 'whole list within 2× the first page',
    };
    console.log(JSON.stringify(result));
  } finally {
    await gateway.stop();
  }
} finally {
  await simulators.stop();
}

mkdirSync('bench/results', { recursive: true });
const kept = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results: Record<string, unknown>[] })
  : { results: [] };
const results = [...kept.results.filter((r) => r.people !== PEOPLE), result].sort(
  (a, b) => (a.people as number) - (b.people as number),
);
writeFileSync(RESULTS, JSON.stringify({ results }, null, 2) + '\n');
rerenderBenchmarks();
console.log(`wrote ${RESULTS} and BENCHMARKS.md`);
