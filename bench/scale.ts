/**
 * `npm run bench:scale`: the identity index at company scale, shared by replicas over the store
 * (PostgreSQL, or Redis with BENCH_STORE=redis). Simulators in their own process with 50 ms per call.
 * The first replica, which walks every vendor, is the production build in its own process (as a
 * deployment runs it; the bench builds it); the second is in this process. Measures: the first full
 * index (vendor calls against the vendor-forced minimum, wall time), the walking replica's RSS once
 * it holds it, a second replica's start beside it (vendor calls, time to serve), a suspendUser
 * through the second replica (calls, time) seen through the first, the RSS of a third replica
 * process that only read the index, and governance scans through it (time, calls, memory). `BENCH_PEOPLE` sets the size (default 100,000); `BENCH_SHORT=1` runs 2,000
 * people. Writes bench/results/scale.json and BENCHMARKS.md.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startGateway, type RunningGateway } from '../src/start.js';
import type { SimulatedVendor } from '../simulators/index.js';
import { benchAccessEnv, benchHeaders } from './bench-access.js';
import { buildProduction, startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { writeBenchResult } from './report.js';
import { startSimulatorProcess } from './simulator-process.js';
import { round } from './stats.js';
import { vendorEnv } from './vendor-env.js';

const LATENCY_MS = 50;
const PEOPLE = process.env.BENCH_SHORT === '1' ? 2_000 : Number(process.env.BENCH_PEOPLE ?? 100_000);
const STORE = process.env.BENCH_STORE === 'redis' ? 'redis' : 'postgres';
/** The largest page each source's list endpoint serves (the vendor documents; Atlassian's is read off a page). */
const MAX_PAGE: Record<string, number> = { BETTERCLOUD: 100, SNOW: 1000, JUMPCLOUD: 100, SCIM: 100 };

const simulators = await startSimulatorProcess({
  SIM_SEED: '42',
  SIM_PEOPLE: String(PEOPLE),
  SIM_LATENCY_MS: String(LATENCY_MS),
});
const urls = simulators.urls;
const suffix = randomBytes(4).toString('hex');
const env: NodeJS.ProcessEnv = {
  ...(await vendorEnv(urls)),
  ...benchAccessEnv,
  ...(STORE === 'postgres'
    ? { DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' }
    : { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }),
  ADMINGRAPH_IDENTITY_TABLE_PREFIX: `bench_identity_${suffix}`,
  ADMINGRAPH_IDENTITY_REDIS_PREFIX: `bench:identity:${suffix}`,
  ADMINGRAPH_CACHE_REDIS_PREFIX: `bench:cache:${suffix}`,
  ADMINGRAPH_AUDIT_TABLE: `bench_audit_${suffix}`,
  ADMINGRAPH_AUDIT_FILE: `/tmp/bench-audit-${suffix}.ndjson`,
  ADMINGRAPH_IDENTITY_TTL_MS: '0', // no background refresh: every call counted is the step's own
};

/** Requests the simulators served since the last clear, all vendors together. */
async function servedCalls(): Promise<{ total: number; byVendor: Record<string, number> }> {
  const byVendor: Record<string, number> = {};
  for (const [vendor, url] of Object.entries(urls) as [SimulatedVendor, string][])
    byVendor[vendor] = ((await (await fetch(`${url}/__sim/requests`)).json()) as { total: number }).total;
  return { total: Object.values(byVendor).reduce((a, b) => a + b, 0), byVendor };
}
async function clearCalls() {
  await Promise.all(Object.values(urls).map((url) => fetch(`${url}/__sim/requests`, { method: 'DELETE' })));
}
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON */
async function ask(url: string, query: string, variables?: Record<string, unknown>, trace = false) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...benchHeaders, ...(trace ? { 'x-admingraph-trace': '1' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: any };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
const post = async (url: string, query: string, variables?: Record<string, unknown>) =>
  (await ask(url, query, variables)).data;
const startReplica = () => startGateway({ config: { ...loadConfig(env), port: 0 } });
const mb = (bytes: number) => round(bytes / 1024 / 1024);
/** V8 gives back the heap it grew into during the walk over its memory reducer's next rounds (~8 s apart). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 30_000);
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
/** A process's resident set, from /proc (MB). */
const rssOf = (pid: number) =>
  round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

/** A replica process's heap in use, from its /metrics (MB). */
async function heapUsedMbOf(replica: GatewayProcess) {
  const res = await fetch(`${replica.url}metrics`, {
    headers: { authorization: benchHeaders.authorization },
  });
  const match = /^admingraph_nodejs_heap_size_used_bytes (\S+)$/m.exec(await res.text());
  return match ? mb(Number(match[1])) : null;
}

/**
 * The fewest calls a full index needs: each source's list at its largest page, for the entries
 * each source holds (the index's status in a traced answer).
 */
async function forcedMinimum(sources: { source: string; entries: number }[]) {
  const page = (await (
    await fetch(
      `${urls.atlassian}/v2/orgs/${env.ATLASSIAN_ORG_ID}/directories/${env.ATLASSIAN_DIRECTORY_ID}/users`,
      {
        headers: { authorization: 'Bearer dev-atlassian-token' },
      },
    )
  ).json()) as { data: unknown[] };
  const pages: Record<string, number> = { ...MAX_PAGE, ATLASSIAN: page.data.length };
  const bySource = Object.fromEntries(
    sources.map((s) => [s.source, Math.max(1, Math.ceil(s.entries / pages[s.source]))]),
  );
  return { total: Object.values(bySource).reduce((a, b) => a + b, 0), bySource, pageSizes: pages };
}

const replicas: RunningGateway[] = [];
let first: GatewayProcess | undefined;
try {
  await buildProduction();
  await clearCalls();
  first = await startGatewayProcess(env, { runs: 'production' });
  let started = performance.now();
  const built = await ask(first.url, `{ users(first: 1) { totalCount } }`, undefined, true);
  // The answer that waited for the build must see every source complete (a race once hid some).
  if (!built.extensions.identityIndex.ready)
    throw new Error(`the first index answered incomplete: ${JSON.stringify(built.extensions.identityIndex)}`);
  const firstIndex = {
    ms: round(performance.now() - started),
    people: built.data.users.totalCount,
    calls: await servedCalls(),
    minimum: await forcedMinimum(built.extensions.identityIndex.sources),
  };
  const justBuilt = { rssMb: rssOf(first.child.pid!), heapUsedMb: await heapUsedMbOf(first) };
  await settle();
  const memory = {
    rssMb: rssOf(first.child.pid!),
    heapUsedMb: await heapUsedMbOf(first),
    settledMs: SETTLE_MS,
    justBuilt,
  };
  console.log(JSON.stringify({ firstIndex, memory }));

  await clearCalls();
  started = performance.now();
  const second = await startReplica();
  replicas.push(second);
  const served = await post(
    second.url,
    `{ users(first: 100) { totalCount edges { node { email status } } } }`,
  );
  const secondReplica = {
    msToServe: round(performance.now() - started),
    sameTotal: served.users.totalCount === firstIndex.people,
    calls: await servedCalls(),
  };
  console.log(JSON.stringify({ secondReplica }));

  const candidates = await post(
    first.url,
    `{ users(first: 20, filter: { status: ACTIVE, vendors: [BETTERCLOUD, ATLASSIAN, SNOW] }) { edges { node { email } } } }`,
  );
  const email = candidates.users.edges[0].node.email as string;
  await clearCalls();
  started = performance.now();
  const suspended = await post(
    second.url,
    `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { status } results { api status } } }`,
    { input: { email } },
  );
  const suspendMs = round(performance.now() - started);
  const suspendCalls = await servedCalls();
  const elsewhere = await post(first.url, `query($e: String!) { user(email: $e) { status } }`, { e: email });
  const suspend = {
    ms: suspendMs,
    calls: suspendCalls,
    writes: suspended.suspendUser.results.filter((r: { status: string }) => r.status === 'SUCCEEDED').length,
    status: suspended.suspendUser.user.status,
    seenThroughOtherReplica: elsewhere.user.status,
  };
  console.log(JSON.stringify({ suspend }));

  // A replica as a deployment runs it (the production build, its own process) beside the index: its RSS once
  // it has served a page and settled. It holds what any replica holds; the first also crawled.
  const process3 = await startGatewayProcess(env, { runs: 'production' });
  let replicaProcess;
  let scans: Record<string, unknown>[] | undefined;
  try {
    await post(process3.url, `{ users(first: 100) { totalCount edges { node { email status } } } }`);
    const served = rssOf(process3.child.pid!);
    await settle();
    replicaProcess = {
      rssMbServed: served,
      rssMb: rssOf(process3.child.pid!),
      heapUsedMb: await heapUsedMbOf(process3),
      settledMs: SETTLE_MS,
    };
    // Scans over everyone (governance answers), in turn: offboardingGaps picks its candidates from the
    // outlines and reads them whole; orphanedAccounts decides on the outlines and reads its page.
    // (privilegedAccess still reads the whole index, roles not being in an outline, but at this size
    // it costs an Atlassian role read per account: not here.)
    scans = [];
    for (const [field, query] of [
      ['offboardingGaps', `{ offboardingGaps(first: 20) { totalCount } }`],
      ['orphanedAccounts', `{ orphanedAccounts(first: 20) { totalCount } }`],
    ] as const) {
      await clearCalls();
      const scanStarted = performance.now();
      const answer = await post(process3.url, query);
      scans.push({
        query: `${field}(first: 20)`,
        ms: round(performance.now() - scanStarted),
        totalCount: answer[field].totalCount,
        calls: await servedCalls(),
        rssMbAfter: rssOf(process3.child.pid!),
        heapUsedMbAfter: await heapUsedMbOf(process3),
      });
    }
  } finally {
    await process3.stop();
  }
  console.log(JSON.stringify({ replicaProcess, scans }));

  const output = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    people: PEOPLE,
    store: STORE,
    vendorLatencyMs: LATENCY_MS,
    firstIndex,
    memory,
    replicaProcess,
    scans,
    secondReplica,
    suspend,
  };
  writeBenchResult('scale', output);
} finally {
  await first?.stop();
  for (const replica of replicas) await replica.stop();
  await simulators.stop();
  if (STORE === 'postgres') await dropBenchTables();
}

/** Each run's tables hold the 100,000-person index (330,000 rows): gone with the run. */
async function dropBenchTables() {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE $1`,
      [`%${suffix}%`],
    );
    for (const { tablename } of rows) await client.query(`DROP TABLE IF EXISTS "${tablename}"`);
  } finally {
    await client.end();
  }
}
