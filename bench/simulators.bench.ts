/**
 * `npm run bench:simulators`: how fast the 100,000-person company is generated, how much memory it
 * and the four simulators' state take, and how long a simulator takes to serve one page (median, p99).
 * Targets (issue 2): generation under 10 s; a page served in under 5 ms median.
 * Writes bench/results/simulators.json. Loopback only; a bounded number of requests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateCompany } from '../simulators/company/company.js';
import { startSimulator } from '../simulators/core/server.js';
import { simulatorFactories, type SimulatedVendor } from '../simulators/index.js';
import { percentile, round } from './stats.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const REQUESTS_PER_VENDOR = Number(process.env.BENCH_REQUESTS ?? 300);

const heapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const heapBefore = heapMb();
const genStart = performance.now();
const company = generateCompany({
  seed: 42,
  people: PEOPLE,
  now: new Date('2026-11-01T12:00:00.000Z'),
  domain: 'example.com',
});
const peopleMs = performance.now() - genStart;
const simulators = Object.fromEntries(
  (Object.keys(simulatorFactories) as SimulatedVendor[]).map((vendor) => {
    const started = performance.now();
    const sim = simulatorFactories[vendor](company);
    return [vendor, { sim, buildMs: performance.now() - started }];
  }),
);
const generationMs = performance.now() - genStart;
const heapAfter = heapMb();

const running = await Promise.all(
  Object.values(simulators).map(({ sim }) => startSimulator(sim, { port: 0, faults: {} })),
);
const byVendor = Object.fromEntries(running.map((r) => [r.vendor, r]));
const info = async (vendor: SimulatedVendor) =>
  (await (await fetch(`${byVendor[vendor].url}/__sim/info`)).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const atlassianInfo = await info('atlassian');
const jumpcloudInfo = await info('jumpcloud');
const org = atlassianInfo.orgs?.[0];
const directoryId = org?.directoryIds?.[0] ?? org?.directories?.[0]?.id;

let atlassianNext: string | undefined;

/** One page per request (100 items; Atlassian's own 50), walking forward through the list. */
const pageRequests: Record<
  string,
  { headers: Record<string, string>; url: (i: number) => string; after?: (body: unknown) => void }
> = {
  bettercloud: {
    headers: { 'x-api-key': 'dev-bettercloud-key' },
    url: (i) => `${byVendor.bettercloud.url}/v1/users?per_page=100&page=${(i % 900) + 1}`,
  },
  'atlassian-scim': {
    headers: { authorization: 'Bearer dev-atlassian-token' },
    url: (i) =>
      `${byVendor.atlassian.url}/scim/directory/${directoryId}/Users?count=100&startIndex=${(i % 600) * 100 + 1}`,
  },
  'atlassian-admin': {
    headers: { authorization: 'Bearer dev-atlassian-token' },
    // Atlassian pages by opaque cursor: walk forward by following links.next (restart at the end).
    url: () =>
      atlassianNext ?? `${byVendor.atlassian.url}/v2/orgs/${org?.id}/directories/${directoryId}/users`,
    after: (body) => {
      atlassianNext = (body as { links?: { next?: string } }).links?.next;
    },
  },
  snow: {
    headers: { authorization: 'Bearer dev-snow-token' },
    url: (i) =>
      `${byVendor.snow.url}/api/saas/consolidated-view/v1/users?page_size=100&page_number=${(i % 800) + 1}`,
  },
  jumpcloud: {
    headers: { 'x-api-key': 'dev-jumpcloud-key' },
    url: () =>
      `${byVendor.jumpcloud.url}/api/v2/providers/${jumpcloudInfo.providerId}/organizations?limit=100`,
  },
};

const pages: Record<string, { medianMs: number; p99Ms: number; requests: number }> = {};
for (const [name, spec] of Object.entries(pageRequests)) {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS_PER_VENDOR; i++) {
    const started = performance.now();
    const url = spec.url(i);
    const res = await fetch(url, { headers: spec.headers });
    const text = await res.text();
    if (!res.ok) throw new Error(`${name}: ${url} answered ${res.status}`);
    samples.push(performance.now() - started);
    spec.after?.(JSON.parse(text));
  }
  pages[name] = {
    medianMs: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    requests: samples.length,
  };
}
await Promise.all(running.map((r) => r.close()));

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  people: PEOPLE,
  generation: {
    totalMs: round(generationMs),
    peopleMs: round(peopleMs),
    perVendorMs: Object.fromEntries(Object.entries(simulators).map(([v, s]) => [v, round(s.buildMs)])),
    targetMs: 10_000,
    meetsTarget: generationMs < 10_000,
  },
  memory: {
    heapUsedMb: round(heapAfter - heapBefore),
    note: 'heap growth from generating the company and building the four simulators, after a forced GC (global.gc is present under npm run bench:simulators)',
  },
  pageServing: { pages, targetMedianMs: 5, meetsTarget: Object.values(pages).every((p) => p.medianMs < 5) },
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/simulators.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
