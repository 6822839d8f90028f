import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { vendorEnv } from '../../../bench/vendor-env.js';
import { testCompany } from '../../support/simulators.js';

/**
 * A gateway child process killed (SIGKILL) mid-fan-out of `suspendUser`, then restarted on the
 * same audit file and the same idempotency store (the machine's Redis). The simulators run in this
 * process, so they outlive the gateway and count every write it made. SCIM's write hangs, so the
 * kill lands after BetterCloud and the Atlassian directory were suspended and before SCIM was.
 */
const SCIM_WRITE = 'patchUserInformationInAnActiveDirectory';
const ADMIN_KEY = `crash-test-${randomUUID()}`;

let fleet: SimulatorFleet;
let dir: string;
let env: NodeJS.ProcessEnv;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-crash-'));
  fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const urls = Object.fromEntries(Object.values(fleet.running).map((s) => [s.vendor, s.url]));
  env = {
    ...(await vendorEnv(urls as never)),
    PORT: '0',
    ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson'),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ADMINGRAPH_API_KEYS: `${ADMIN_KEY}:admin`,
  };
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fleet?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `src/main.ts` in a child process and answers its GraphQL URL once it prints it. */
function startGatewayProcess(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL endpoint: (http:\/\/\S+\/)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`gateway exited (${code}) before serving:\n${output}`)));
  });
}

const post = (url: string, query: string, variables: Record<string, unknown>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json() as Promise<any>); // eslint-disable-line @typescript-eslint/no-explicit-any

const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) {
  results { api status } userErrors { code message } } }`;
const AUDIT = `{ auditLog(first: 5) { edges { node { mutation result idempotencyKey calls { api outcome } } } } }`;

/** Writes (non-GET requests) each simulator served, by operationId. */
function writesByOperation(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sim of Object.values(fleet.running))
    for (const r of sim.log.snapshot().recent)
      if (r.method !== 'GET') counts[r.operationId] = (counts[r.operationId] ?? 0) + 1;
  return counts;
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a gateway killed mid-fan-out of suspendUser', () => {
  it('lists the mutation as INTERRUPTED after a restart, and the re-run with the same key completes only what is left', async () => {
    const person = testCompany().people.find(
      (p) =>
        !p.jumpcloudAdmin &&
        (['bettercloud', 'atlassian', 'scim'] as const).every((v) => p.accounts[v]?.state === 'active'),
    )!;
    const input = {
      email: person.email,
      vendors: ['BETTERCLOUD', 'ATLASSIAN'],
      idempotencyKey: randomUUID(),
    };
    const atlassian = fleet.running.atlassian!;
    atlassian.faults.set({ hangNext: 1, operations: [SCIM_WRITE] });
    for (const sim of Object.values(fleet.running)) sim.log.clear();

    const first = await startGatewayProcess();
    const answer = post(first.url, SUSPEND, { input }).catch(() => 'killed');
    const journal = join(dir, 'audit.ndjson');
    // Killed once two outcomes are on disk and SCIM's write is in flight (hanging).
    await until(
      () =>
        (atlassian.log.snapshot().byOperation[SCIM_WRITE] ?? 0) === 1 &&
        readFileSync(journal, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"type":"outcome"')).length === 2,
      'the first two vendor writes',
    );
    first.child.kill('SIGKILL');
    expect(await answer).toBe('killed');
    const beforeRestart = writesByOperation();
    expect(Object.values(beforeRestart).reduce((a, b) => a + b, 0)).toBe(3);

    atlassian.faults.set({});
    for (const sim of Object.values(fleet.running)) sim.log.clear();
    const second = await startGatewayProcess();
    try {
      const [interrupted] = (await post(second.url, AUDIT, {})).data.auditLog.edges.map(
        (e: { node: unknown }) => e.node,
      );
      expect(interrupted).toMatchObject({
        mutation: 'suspendUser',
        result: 'INTERRUPTED',
        idempotencyKey: input.idempotencyKey,
      });
      expect(interrupted.calls).toEqual([
        { api: 'BETTERCLOUD', outcome: 'SUCCEEDED' },
        { api: 'ATLASSIAN_ADMIN', outcome: 'SUCCEEDED' },
        { api: 'ATLASSIAN_SCIM', outcome: 'PLANNED' },
      ]);

      // Same key, the email in another case: the same request, which completes what is left.
      const rerun = await post(second.url, SUSPEND, {
        input: { ...input, email: person.email.toUpperCase() },
      });
      expect(rerun.data.suspendUser.userErrors).toEqual([]);
      expect(rerun.data.suspendUser.results).toEqual([
        { api: 'BETTERCLOUD', status: 'ALREADY_DONE' },
        { api: 'ATLASSIAN_ADMIN', status: 'ALREADY_DONE' },
        { api: 'ATLASSIAN_SCIM', status: 'SUCCEEDED' },
      ]);
      // Only SCIM's write was sent again: nothing applied twice.
      expect(writesByOperation()).toEqual({ [SCIM_WRITE]: 1 });

      // And the completed key now replays, sending nothing.
      for (const sim of Object.values(fleet.running)) sim.log.clear();
      const replay = await post(second.url, SUSPEND, { input });
      expect(replay.data.suspendUser.results).toEqual(rerun.data.suspendUser.results);
      expect(writesByOperation()).toEqual({});
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 60_000);
});
