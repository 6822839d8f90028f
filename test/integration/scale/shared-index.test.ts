/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import {
  databaseUrl,
  replicaEnv,
  startReplica,
  startReplicaProcess,
  uniqueName,
  type Replica,
} from '../../support/replicas.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Replicas sharing the identity index through the machine's PostgreSQL (one replica in its own
 * process, one in this one) and Redis. Vendor calls are counted on the simulators' request logs.
 */

const company = testCompany();
const expectedPeople = company.people.filter((p) => Object.keys(p.accounts).length > 0 || p.jumpcloudAdmin);
const activeEverywhere = company.people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);

let fleet: SimulatorFleet;
const replicas: Replica[] = [];

beforeAll(async () => {
  fleet = await startSimulators({ company, ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 } });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await fleet?.close();
});

const resetCounts = () => Object.values(fleet.running).forEach((sim) => sim.log.clear());
/** Requests the simulators served since the last reset, every vendor together. */
const served = () => {
  const all = Object.values(fleet.running).flatMap((sim) => sim.log.snapshot().recent);
  return { total: all.length, requests: all };
};

const USERS = `{ users(first: 10) { totalCount edges { node { email status } } } }`;
const USER = `query($email: String!) { user(email: $email) { status accounts { vendor status } } }`;
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) {
  user { status accounts { vendor status } } results { api status } userErrors { code } } }`;

const stores = [
  {
    name: 'PostgreSQL',
    env: () => ({ DATABASE_URL: databaseUrl, ADMINGRAPH_IDENTITY_TABLE_PREFIX: uniqueName('idx') }),
  },
  {
    name: 'Redis',
    env: () => ({ DATABASE_URL: '', ADMINGRAPH_IDENTITY_REDIS_PREFIX: uniqueName('test:identity') }),
  },
];

describe.each(stores)('the identity index shared in $name', (store) => {
  let env: NodeJS.ProcessEnv;
  let first: Replica;
  let second: Replica;

  beforeAll(async () => {
    env = await replicaEnv(fleet, {
      ...store.env(),
      REDIS_URL: 'redis://127.0.0.1:6379',
      ADMINGRAPH_IDENTITY_TTL_MS: '0', // no background refresh: every vendor call below is the test's own
      ADMINGRAPH_AUDIT_TABLE: uniqueName('audit'),
      ADMINGRAPH_AUDIT_FILE: `/tmp/${uniqueName('audit')}.ndjson`,
    });
  });

  it('is built by the first replica; a second starting beside it calls no vendor', async () => {
    for (const sim of Object.values(fleet.running)) sim.simulator.state.reset();
    first = await startReplicaProcess(env);
    replicas.push(first);
    resetCounts();
    const built = await first.query(USERS);
    expect(built.errors).toBeUndefined();
    expect(built.data.users.totalCount).toBe(expectedPeople.length);
    expect(served().total).toBeGreaterThan(0);

    resetCounts();
    second = await startReplica(env);
    replicas.push(second);
    const read = await second.query(USERS);
    expect(read.errors).toBeUndefined();
    expect(read.data.users).toEqual(built.data.users);
    const person = await second.query(USER, { email: activeEverywhere[0].email });
    expect(person.data.user.status).toBe('ACTIVE');
    expect(served().total).toBe(0);
  }, 120_000);

  it('shows a suspend through one replica through the other at once; the write costs its calls plus targeted reads', async () => {
    const email = activeEverywhere[3].email;
    resetCounts();
    const res = await second.query(SUSPEND, { input: { email } });
    expect(res.errors).toBeUndefined();
    expect(res.data.suspendUser.userErrors).toEqual([]);
    const writes = res.data.suspendUser.results.filter((r: any) => r.status === 'SUCCEEDED').length;
    expect(writes).toBeGreaterThan(0);
    const { total, requests } = served();
    const reads = requests.filter((r) => r.method === 'GET');
    expect(total - reads.length).toBe(writes);
    // Each read addresses the person: by ID (their account in the path) or by email filter, never a list walk.
    const person = company.people.find((p) => p.email === email)!;
    expect(reads.length).toBeLessThanOrEqual(Object.keys(person.accounts).length + 1);
    expect(total).toBeLessThanOrEqual(12);
    // Every vendor that took the suspend shows it (Snow has no suspend: its account stays as it was).
    const suspendedIn = new Set(
      res.data.suspendUser.results
        .filter((r: any) => r.status === 'SUCCEEDED')
        .map((r: any) => (r.api.startsWith('ATLASSIAN') ? 'ATLASSIAN' : r.api)),
    );
    const accounts = res.data.suspendUser.user.accounts as { vendor: string; status: string }[];
    expect(accounts.filter((a) => suspendedIn.has(a.vendor)).map((a) => a.status)).toEqual(
      accounts.filter((a) => suspendedIn.has(a.vendor)).map(() => 'SUSPENDED'),
    );
    expect(suspendedIn.size).toBeGreaterThan(1);

    resetCounts();
    const elsewhere = await first.query(USER, { email });
    expect(elsewhere.data.user).toEqual(res.data.suspendUser.user);
    expect(served().total).toBe(0);
  }, 60_000);
});

describe('a build lease whose holder dies mid-build', () => {
  it('is taken over once it expires, and the index completes', async () => {
    const tablePrefix = uniqueName('idx');
    const env = await replicaEnv(fleet, {
      DATABASE_URL: databaseUrl,
      ADMINGRAPH_IDENTITY_TABLE_PREFIX: tablePrefix,
      ADMINGRAPH_IDENTITY_LEASE_TTL_MS: '1500',
      ADMINGRAPH_IDENTITY_TTL_MS: '0',
      ADMINGRAPH_AUDIT_TABLE: uniqueName('audit'),
    });
    // Slow vendors: the build takes seconds, long enough to kill its holder in the middle.
    for (const sim of Object.values(fleet.running)) sim.faults.set({ latencyMs: 150 });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    try {
      const doomed = await startReplicaProcess(env);
      replicas.push(doomed);
      void doomed.query(USERS).catch(() => undefined);
      let holder: string | undefined;
      for (let i = 0; i < 200 && !holder; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const rows = await pool
          .query(`SELECT holder FROM ${tablePrefix}_leases WHERE name = 'build'`)
          .catch(() => ({ rows: [] as { holder: string }[] }));
        holder = rows.rows[0]?.holder;
      }
      expect(holder).toContain(`:${doomed.child.pid}:`);
      doomed.child.kill('SIGKILL');

      for (const sim of Object.values(fleet.running)) sim.faults.set({ latencyMs: 5 });
      const successor = await startReplica(env);
      replicas.push(successor);
      resetCounts();
      const res = await successor.query(USERS);
      expect(res.errors).toBeUndefined();
      expect(res.data.users.totalCount).toBe(expectedPeople.length);
      expect(successor.running.gateway.identityStatus().ready).toBe(true);
      // The dead holder's build never finished: the successor walked the vendors itself.
      expect(served().total).toBeGreaterThan(0);
      const after = await pool.query(
        `SELECT count(*)::int AS n FROM ${tablePrefix}_leases WHERE name = 'build'`,
      );
      expect(after.rows[0].n).toBe(0);
    } finally {
      for (const sim of Object.values(fleet.running)) sim.faults.set({});
      await pool.end();
    }
  }, 120_000);
});
