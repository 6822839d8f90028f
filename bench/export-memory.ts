/**
 * `npm run bench:export`: exports every person of the 100,000-person company to CSV with
 * `admingraph export` and samples the exporter's resident memory while it runs: streaming means its
 * peak stays flat (one page in memory) however many rows go out. The gateway and its simulators run
 * in another process, as they would in use. Writes bench/results/export-memory.json. Loopback only.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_NOW } from './vendor-env.js';
import { benchAccessEnv, benchKey } from './bench-access.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);

const gateway = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: {
    ...process.env,
    ...benchAccessEnv,
    PORT: '0',
    SIM_PEOPLE: String(PEOPLE),
    // The embedded simulators and the gateway (which follows SIM_NOW) on one pinned instant.
    SIM_NOW: BENCH_NOW,
    SIM_BETTERCLOUD_PORT: '0',
    SIM_ATLASSIAN_PORT: '0',
    SIM_SNOW_PORT: '0',
    SIM_JUMPCLOUD_PORT: '0',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let buffer = '';
  const timer = setTimeout(() => reject(new Error('gateway did not start within 180 s')), 180_000);
  gateway.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  gateway.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const match = /GraphQL endpoint: (http:\/\/\S+)/.exec(buffer);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
});

const out = join(tmpdir(), `admingraph-export-bench-${process.pid}.csv`);
const started = performance.now();
const exporter = spawn(
  process.execPath,
  ['bin/admingraph.js', 'export', 'examples/operations/people-costs.graphql', '--out', out, '--url', url],
  { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ADMINGRAPH_KEY: benchKey } },
);
let stderr = '';
exporter.stderr!.on('data', (c) => (stderr += c));

/** Resident memory samples of the exporter (MB), from /proc, with how far the export had got. */
const samples: { seconds: number; rssMb: number; fileMb: number }[] = [];
const mb = (kb: string) => Math.round((Number(kb) / 1024) * 10) / 10;
const timer = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${exporter.pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    let fileMb = 0;
    try {
      fileMb = Math.round((statSync(out).size / 1024 / 1024) * 10) / 10;
    } catch {
      // not created yet
    }
    if (rss)
      samples.push({ seconds: Math.round((performance.now() - started) / 100) / 10, rssMb: mb(rss), fileMb });
  } catch {
    // the exporter has exited
  }
}, 250);
const code = await new Promise<number | null>((resolve) => exporter.on('close', resolve));
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
gateway.kill('SIGTERM');
if (code !== 0) throw new Error(`export failed (${code}): ${stderr.slice(-500)}`);

const rows = readFileSync(out, 'utf8').trimEnd().split('\n').length - 1;
const fileMb = Math.round((statSync(out).size / 1024 / 1024) * 10) / 10;
rmSync(out);
const peak = Math.max(...samples.map((s) => s.rssMb));
const firstTenth = samples.filter((s) => s.seconds <= seconds / 10);
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  people: PEOPLE,
  rows,
  fileMb,
  seconds: Math.round(seconds * 10) / 10,
  rowsPerSecond: Math.round(rows / seconds),
  exporterPeakRssMb: peak,
  exporterRssAtFirstTenthMb: firstTenth.length ? Math.max(...firstTenth.map((s) => s.rssMb)) : undefined,
  samples: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 40)) === 0),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/export-memory.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify({ ...result, samples: undefined }, null, 2));
