import { existsSync, readFileSync } from 'node:fs';

type Result = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const byVendor = (calls: Result) =>
  Object.entries(calls.byVendor as Record<string, number>)
    .map(([vendor, n]) => `${vendor} ${n}`)
    .join(', ');

/** The `npm run bench:scale` section of BENCHMARKS.md, from bench/results/scale.json. */
export function scaleSection(): string {
  const file = 'bench/results/scale.json';
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as Result;
  const minimum = Object.entries(r.firstIndex.minimum.bySource as Record<string, number>)
    .map(([source, n]) => `${source} ${n} (page ${r.firstIndex.minimum.pageSizes[source]})`)
    .join(', ');
  // Atlassian's directory users are cursor-paged: each page waits for the one before, the longest chain
  // of the walk (every other source is read page-numbered or by start index, in parallel after its first).
  const atlassianPages = r.firstIndex.minimum.bySource.ATLASSIAN as number;
  const criticalPathMs = atlassianPages * r.vendorLatencyMs;
  return `
## Shared identity index at scale (\`npm run bench:scale\`, ${r.measuredAt})

${r.people.toLocaleString('en')} people, simulators in their own process (${r.vendorLatencyMs} ms per call), replicas
over ${r.store === 'postgres' ? 'PostgreSQL' : 'Redis'}: the first (which walks every vendor) and the third are the
production build in their own processes, the second is in the benchmark's process.

| step | vendor calls | target | time |
|---|---|---|---|
| first full index (${r.firstIndex.people} people) | ${r.firstIndex.calls.total} (${byVendor(r.firstIndex.calls)}) | vendor-forced minimum ${r.firstIndex.minimum.total} + 2 change-feed heads | ${r.firstIndex.ms} ms |
| second replica starts beside it and serves a page | ${r.secondReplica.calls.total} | 0 | ${r.secondReplica.msToServe} ms (target < 5 s) |
| suspendUser through the second replica (${r.suspend.writes} writes) | ${r.suspend.calls.total} (${byVendor(r.suspend.calls)}) | ≤ 12 | ${r.suspend.ms} ms (target < 1 s) |

Minimum per source: ${minimum}. Critical path of the first index: Atlassian's ${atlassianPages} cursor-linked pages one
after another, ${(criticalPathMs / 1000).toFixed(1)} s at ${r.vendorLatencyMs} ms (the other sources are read in parallel after their first page); the
walk took ${(r.firstIndex.ms / criticalPathMs).toFixed(2)}× that. The suspended person reads \`${r.suspend.seenThroughOtherReplica}\` through the
first replica right after (the payload said \`${r.suspend.status}\`).

Memory (target: RSS < 300 MB). ${
    r.store === 'postgres'
      ? 'Over PostgreSQL each replica keeps outlines of the index (what pages and filters `users`) and reads people from the store.'
      : 'Over Redis each replica holds every document of the index.'
  }
- the first replica, which walked every vendor (its own process): RSS **${r.memory.rssMb} MB** (heap ${r.memory.heapUsedMb} MB) ${Math.round(r.memory.settledMs / 1000)} s after
  the walk${r.memory.justBuilt ? ` (${r.memory.justBuilt.rssMb} MB, heap ${r.memory.justBuilt.heapUsedMb} MB, right after it)` : ''};
${
  r.replicaProcess
    ? `- a replica in its own process started beside the index: RSS **${r.replicaProcess.rssMb} MB** ${Math.round(r.replicaProcess.settledMs / 1000)} s after
  serving its first page (${r.replicaProcess.rssMbServed} MB right after it${r.replicaProcess.heapUsedMb ? `; heap ${r.replicaProcess.heapUsedMb} MB settled` : ''}).`
    : ''
}
${
  r.scans
    ? `- the same replica then asked scans over everyone, in turn (RSS and heap right after each; a whole index read for a scan is kept while scans use it):
${(r.scans as Result[])
  .map(
    (s) =>
      `  - \`${s.query}\` (${s.totalCount}): ${s.ms} ms, ${s.calls.total} vendor calls, RSS ${s.rssMbAfter} MB (heap ${s.heapUsedMbAfter} MB)`,
  )
  .join('\n')}`
    : ''
}
`;
}

/** The `npm run bench:replicas` section of BENCHMARKS.md, from bench/results/replicas.json. */
export function replicasSection(): string {
  const file = 'bench/results/replicas.json';
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as Result;
  const rows = (r.coldVsWarm as Result[])
    .map(
      (q) =>
        `| ${q.query} | ${Math.round(q.warm.answerBytes / 1024)} KB | ${q.cold.callsPerAnswer} | ${q.warm.callsPerAnswer} | ${q.cold.perSecond} | ${q.warm.perSecond} | ${q.warmOverCold}× |`,
    )
    .join('\n');
  const rep = r.replicas as Result;
  return `
## Caches and replicas (\`npm run bench:replicas\`, ${r.measuredAt})

The reference queries on the 2,000-person company, simulators in their own process (${r.vendorLatencyMs} ms per call),
load from autocannon in its own process (${r.clients} connections, ${r.seconds} s per measurement). Cold: vendor cache,
whole-response cache and seat-walk memo off (\`ADMINGRAPH_CACHE_TTL_MS=0\`, \`ADMINGRAPH_RESPONSE_CACHE=off\`,
\`ADMINGRAPH_SEAT_WALK_TTL_MS=0\`), identity index built.
Warm: both on (default TTLs), after one answer. Vendor calls are the upstream trace of one answer. Targets: warm = 0
vendor calls and ≥ 10× the cold throughput; the warm directory page ≥ 500 answers/s. \`licenseWaste\` is answered from
the paid-seat walk, which by design is served stale while one walk refreshes it in the background: even its cold
answers carry no vendor call of their own (the refresh's calls are not the answer's), so its ratio is GraphQL work only.

| query | answer | vendor calls cold | warm | answers/s cold | warm | warm / cold |
|---|---|---|---|---|---|---|
${rows}

One replica against two (production-build processes on the machine's Redis, sharing the identity index and the
vendor cache; the warm directory page with the whole-response cache off, so each answer is GraphQL execution in a
replica): **${rep.oneReplica.perSecond} answers/s** with one, **${rep.twoReplicas.perSecond}** with two
(**${rep.twoOverOne}×**; target ≥ 1.8×). The second replica's first answer made ${rep.secondReplicaFirstAnswerCalls}
vendor calls (it started beside the shared index and cache).

What bounds the ratio here is cores, not anything the replicas share. One replica alone used
${rep.oneReplica.replicaCores} cores: its main thread, plus V8's garbage-collection threads on the other core. So on
${rep.machineCores} cores two replicas can reach at most ${rep.machineCeiling}×, less what the load generator, Redis
and the simulators take. Per answer they did the same work: ${rep.oneReplica.answersPerCpuSecond} answers per CPU
second with one, ${rep.twoReplicas.answersPerCpuSecond} with two (**${rep.cpuEfficiencyTwoOverOne}×**; 1.0 means the
second replica costs nothing extra per answer).
`;
}
