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
  return `
## Shared identity index at scale (\`npm run bench:scale\`, ${r.measuredAt})

${r.people.toLocaleString('en')} people, simulators in their own process (${r.vendorLatencyMs} ms per call), two
replicas over ${r.store === 'postgres' ? 'PostgreSQL' : 'Redis'} (both in the benchmark's process).

| step | vendor calls | target | time |
|---|---|---|---|
| first full index (${r.firstIndex.people} people) | ${r.firstIndex.calls.total} (${byVendor(r.firstIndex.calls)}) | vendor-forced minimum ${r.firstIndex.minimum.total} + 2 change-feed heads | ${r.firstIndex.ms} ms |
| second replica starts beside it and serves a page | ${r.secondReplica.calls.total} | 0 | ${r.secondReplica.msToServe} ms (target < 5 s) |
| suspendUser through the second replica (${r.suspend.writes} writes) | ${r.suspend.calls.total} (${byVendor(r.suspend.calls)}) | ≤ 12 | ${r.suspend.ms} ms (target < 1 s) |

Minimum per source: ${minimum}. The suspended person reads \`${r.suspend.seenThroughOtherReplica}\` through the
first replica right after (the payload said \`${r.suspend.status}\`). Gateway process RSS holding the index:
**${r.memory.rssMb} MB** (heap ${r.memory.heapUsedMb} MB; target < 300 MB), measured before the second replica
starts in the same process.
`;
}
