/**
 * `npm run bench:governance`: the four governance answers on a large company (100,000 people unless
 * BENCH_PEOPLE says otherwise; `BENCH_PEOPLE=2000` is the short mode), each asked cold (first page,
 * identity index already built) and again warm, with the vendor calls each made (counted by the
 * simulators) beside the bound the vendor APIs force, computed from the seed, and the gateway's heap
 * growth (target below). Gateway and simulators share this process; loopback only. Writes
 * bench/results/governance.json.
 */
import { generateCompany } from '../simulators/company/company.js';
import type { BetterCloudState } from '../simulators/bettercloud/state.js';
import { startSimulators } from '../simulators/index.js';
import { loadConfig } from '../src/config.js';
import { assembleGateway } from '../src/start.js';
import type { Principal } from '../common/principal.js';

/** In-process runs authenticate nobody: the benchmark reads as an admin would. */
const BENCH_ADMIN: Principal = { id: 'key:bench', role: 'admin', method: 'api-key' };
import { writeBenchResult } from './report.js';
import { round } from './stats.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
/** Heap the gateway may add on top of the simulators for the index and the four answers. */
const HEAP_TARGET_MB = 512;

const heapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const company = generateCompany({
  seed: 42,
  people: PEOPLE,
  now: new Date('2026-11-01T12:00:00.000Z'),
  domain: 'example.com',
});
const fleet = await startSimulators({
  company,
  ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
});
for (const sim of Object.values(fleet.running)) sim.faults.set({});
const heapBefore = heapMb();
// Response cache off: the warm calls measure the reads beyond the index, not the cache.
const assembled = await assembleGateway({
  config: { ...loadConfig({ ADMINGRAPH_CACHE_TTL_MS: '0' }), port: 0 },
  fleet,
});
const { gateway } = assembled;

const calls = () => {
  let total = 0;
  for (const sim of Object.values(fleet.running)) total += sim.log.snapshot().total;
  return total;
};
const clear = () => Object.values(fleet.running).forEach((sim) => sim.log.clear());
async function run(query: string) {
  const response = await gateway.server.executeOperation(
    { query },
    { contextValue: await gateway.createContext({}, BENCH_ADMIN) },
  );
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(
      `${query}: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`,
    );
  return response.body.singleResult.data as Record<string, { totalCount: number | null }>;
}

// Bounds from the seed: who is closed somewhere while their Atlassian account is not closed
// (their roles may decide the gap), and who is MIXED with such an account.
const closedSomewhere = company.people.filter((p) =>
  Object.values(p.accounts).some((a) => a.state !== 'active'),
);
const atlassianRoleReads = closedSomewhere.filter(
  (p) => p.accounts.atlassian && p.accounts.atlassian.state !== 'deprovisioned',
).length;

const stateOf = (p: (typeof company.people)[number]) =>
  new Set([
    ...(['bettercloud', 'atlassian', 'snow'] as const).flatMap((v) =>
      p.accounts[v] ? [p.accounts[v].state] : [],
    ),
    ...(p.jumpcloudAdmin ? ['active'] : []),
  ]);
const mixedAtlassianReads = company.people.filter(
  (p) => stateOf(p).size > 1 && p.accounts.atlassian && p.accounts.atlassian.state !== 'deprovisioned',
).length;
const bettercloudGroups = (fleet.running.bettercloud!.simulator.state as BetterCloudState).groups.length;

const buildStart = performance.now();
await run('{ users(first: 1) { totalCount } }');
const indexMs = performance.now() - buildStart;

const queries = [
  {
    name: 'offboardingGaps',
    query:
      '{ offboardingGaps(first: 100) { totalCount totalMonthlyCost { amount } edges { node { user { email } remainingAccess { kind vendor role } remedies { mutation input } } } } }',
    bound: `≤ ${atlassianRoleReads} Atlassian role reads (people closed somewhere with an Atlassian account not closed, only those whose gap depends on roles, plus the page's)`,
  },
  {
    name: 'offboardingGaps (no roles)',
    query:
      '{ offboardingGaps(first: 100, filter: { kinds: [ACTIVE_ACCOUNT, MONTHLY_COST] }) { totalCount edges { node { user { email } } } } }',
    bound: '0 (the filter leaves roles out)',
  },
  {
    name: 'privilegedAccess (JumpCloud)',
    query:
      '{ privilegedAccess(first: 100, filter: { vendor: JUMPCLOUD }, sort: { field: LAST_ACTIVE }) { totalCount edges { node { user { email } roles { role } status } } } }',
    bound: '0 (the administrators are in the identity index)',
  },
  {
    name: 'privilegedAccess (MIXED)',
    query:
      '{ privilegedAccess(first: 100, filter: { status: MIXED }) { totalCount edges { node { user { email } roles { vendor role } } } } }',
    bound: `≤ ${mixedAtlassianReads} Atlassian role reads (MIXED people's accounts not closed) + BetterCloud ${bettercloudGroups} member lists + ${Math.ceil(bettercloudGroups / 100)} group pages`,
  },
  {
    name: 'orphanedAccounts',
    query:
      '{ orphanedAccounts(first: 100) { totalCount edges { node { reasons domain account { vendor } } } } }',
    bound: "1 (the organization's domains)",
  },
  {
    name: 'changes',
    query:
      '{ changes(since: "2026-10-01T00:00:00Z", first: 100) { totalCount edges { node { source action user { email } } } } }',
    bound: '≤ 2 (one BetterCloud page, one Atlassian page; the audit log is local)',
  },
];

const results = [];
for (const q of queries) {
  clear();
  const started = performance.now();
  const data = await run(q.query);
  const coldMs = performance.now() - started;
  const coldCalls = calls();
  clear();
  const warmStart = performance.now();
  await run(q.query);
  results.push({
    name: q.name,
    totalCount: Object.values(data)[0].totalCount,
    bound: q.bound,
    coldCalls,
    coldMs: round(coldMs),
    warmCalls: calls(),
    warmMs: round(performance.now() - warmStart),
  });
  console.log(results[results.length - 1]);
}
const heapTakenMb = round(heapMb() - heapBefore);
await assembled.close();
await fleet.close();

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  people: PEOPLE,
  indexMs: round(indexMs),
  heapTakenMb,
  heapTargetMb: HEAP_TARGET_MB,
  results,
};
writeBenchResult('governance', report);
console.log(`heap taken by the gateway: ${heapTakenMb} MB (target < ${HEAP_TARGET_MB} MB)`);
process.exit(0);
