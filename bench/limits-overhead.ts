/**
 * What the limits cost the directory page (target: under 5% of its latency): the checks every
 * operation goes through before it runs (checkLimits: shape rules, static cost, budget), timed on
 * the directory page's document, against the page's own warm latency through the gateway over the
 * embedded simulators (no added vendor latency: the least flattering case). `npm run bench` runs it
 * after the reference queries; `npm run bench:limits` alone (`BENCH_SHORT=1` for a quick look).
 * Writes bench/results/limits.json, which BENCHMARKS.md renders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse } from 'graphql';
import { loadConfig } from '../src/config.js';
import { LeakyBucketBudget } from '../src/limits/cost-budget.js';
import { limitDefaults } from '../src/limits/limit-settings.js';
import { OperationPricing } from '../src/limits/operation-pricing.js';
import { checkLimits } from '../src/limits/limits-plugin.js';
import { operationCost } from '../src/limits/query-cost.js';
import { shapeRules } from '../src/limits/shape-rules.js';
import { startGateway } from '../src/start.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { referenceQueries } from './reference-queries.js';
import { percentile, round } from './stats.js';

export interface LimitsOverhead {
  measuredAt: string;
  query: string;
  cost: number;
  checkIterations: number;
  checkMeanMs: number;
  pageRuns: number;
  pageP50Ms: number;
  overheadPercent: number;
}

export async function measureLimitsOverhead(short: boolean): Promise<LimitsOverhead> {
  const query = referenceQueries.find((q) => q.name === 'directory-page')!;
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const document = parse(query.query);
  const budget = new LeakyBucketBudget(Number.MAX_SAFE_INTEGER);
  const rules = shapeRules(limitDefaults);
  // A fresh pricing per check: what an operation the gateway has not seen yet costs (a repeated one is
  // priced once and costs a lookup).
  const check = () =>
    checkLimits(new OperationPricing(schema, limitDefaults, rules), limitDefaults, budget, {
      document,
      callerId: 'bench',
    });

  const checkIterations = short ? 200 : 2000;
  for (let i = 0; i < 50; i++) await check();
  const started = performance.now();
  for (let i = 0; i < checkIterations; i++) await check();
  const checkMeanMs = (performance.now() - started) / checkIterations;

  const pageRuns = short ? 5 : 30;
  const gateway = await startGateway({ config: { ...loadConfig({ ...benchAccessEnv }), port: 0 } });
  const times: number[] = [];
  try {
    const post = async () => {
      const t0 = performance.now();
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: benchHeaders,
        body: JSON.stringify({ query: query.query }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return performance.now() - t0;
    };
    await post(); // cold: builds the identity index
    for (let i = 0; i < pageRuns; i++) times.push(await post());
  } finally {
    await gateway.stop();
  }
  const pageP50Ms = percentile(times, 50);
  return {
    measuredAt: new Date().toISOString(),
    query: query.name,
    cost: operationCost({ schema, document, settings: limitDefaults }),
    checkIterations,
    checkMeanMs: round(checkMeanMs, 3),
    pageRuns,
    pageP50Ms: round(pageP50Ms),
    overheadPercent: round((checkMeanMs / pageP50Ms) * 100, 2),
  };
}

export function writeLimitsOverhead(result: LimitsOverhead): void {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/limits.json', JSON.stringify(result, null, 2) + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureLimitsOverhead(process.env.BENCH_SHORT === '1');
  writeLimitsOverhead(result);
  console.log(JSON.stringify(result));
}
