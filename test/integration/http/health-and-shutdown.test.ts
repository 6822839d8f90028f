import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAuditLog } from '../../../src/audit/file-audit-log.js';
import { readyzRoute } from '../../../src/http/health-routes.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/** /healthz, /readyz and graceful shutdown, over real HTTP on loopback against the simulators. */
let gw: TestGateway;
let dir: string;
const BREAKER_FAILURES = 3;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-health-'));
  gw = await startTestGateway({
    env: {
      ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson'),
      ADMINGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES),
      ADMINGRAPH_BREAKER_HALF_OPEN_MS: '60000',
    },
  });
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

describe('/healthz and /readyz', () => {
  it('answers healthz without credentials, and readyz with each vendor circuit and store', async () => {
    expect(await get(`${gw.running.url}healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await get(`${gw.running.url}readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      stores: { audit: { reachable: true }, idempotency: { reachable: true } },
      vendors: Object.fromEntries(
        Object.keys(gw.running.gateway.transports).map((api) => [api, { circuit: 'CLOSED' }]),
      ),
      identityIndex: expect.objectContaining({ complete: gw.running.gateway.identityStatus().ready }),
    });
    // No secrets, no URLs.
    expect(JSON.stringify(ready.body)).not.toMatch(/dev-|http:|127\.0\.0\.1/);
  });

  it('shows the identity index per source once built: complete, how old, no sizes', async () => {
    const built = await gw.query(`{ users(first: 1) { totalCount } }`);
    expect(built.errors).toBeUndefined();
    const status = gw.running.gateway.identityStatus();
    expect(status.ready).toBe(true);
    const ready = await get(`${gw.running.url}readyz`);
    expect(ready.body.identityIndex.complete).toBe(true);
    expect(Object.keys(ready.body.identityIndex.sources).sort()).toEqual(
      status.sources.map((s) => s.source).sort(),
    );
    for (const source of Object.values(ready.body.identityIndex.sources) as Record<string, unknown>[]) {
      expect(source).toEqual({
        complete: true,
        ageSeconds: expect.any(Number),
        refreshedSecondsAgo: expect.any(Number),
        refreshFailing: false,
      });
      expect(source.ageSeconds as number).toBeGreaterThanOrEqual(0);
    }
    // The company's size is not for anyone who can reach the port.
    expect(JSON.stringify(ready.body)).not.toMatch(/entries|"\d{3,}"/);
  });

  it('shows a vendor circuit OPEN (readyz, metrics) once the vendor keeps failing, while the others answer', async () => {
    const jumpcloud = gw.fleet.running.jumpcloud!;
    jumpcloud.faults.set({ errorRate: 1, errorStatus: 500 });
    try {
      const query = `{ accounts(vendor: JUMPCLOUD, first: 5) { totalCount } }`;
      for (let i = 0; i < BREAKER_FAILURES; i++) await gw.query(query);
      const served = jumpcloud.log.snapshot().total;
      const open = await gw.query(query);
      expect(open.errors?.[0].extensions).toMatchObject({
        code: 'VENDOR_UNAVAILABLE',
        retryable: true,
        circuit: 'OPEN',
      });
      expect(jumpcloud.log.snapshot().total).toBe(served); // failed fast, nothing sent
      const ready = await get(`${gw.running.url}readyz`);
      expect(ready.status).toBe(200); // a vendor down does not make the gateway unready
      expect(ready.body.vendors.jumpcloud).toEqual({ circuit: 'OPEN' });
      expect(ready.body.vendors.bettercloud).toEqual({ circuit: 'CLOSED' });
      const metrics = await (
        await fetch(`${gw.running.url}metrics`, { headers: { authorization: `Bearer ${gw.keys.admin}` } })
      ).text();
      expect(metrics).toContain('admingraph_vendor_circuit_state{api="jumpcloud"} 2');
      expect(metrics).toContain('admingraph_vendor_circuit_state{api="bettercloud"} 0');
      const healthy = await gw.query(`{ accounts(vendor: BETTERCLOUD, first: 5) { totalCount } }`);
      expect(healthy.errors).toBeUndefined();
      expect(healthy.data.accounts.totalCount).toBe(
        testCompany().people.filter((p) => p.accounts.bettercloud).length,
      );
    } finally {
      jumpcloud.faults.set({});
    }
  });
});

describe('/readyz with a store that does not answer', () => {
  let server: Server;
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers 503 and names the unreachable store', async () => {
    const route = readyzRoute({
      breakerStates: () => ({ snow: 'CLOSED' }),
      stores: {
        audit: { ping: async () => undefined },
        idempotency: { ping: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')) },
      },
      stopping: () => false,
    });
    server = createServer((req, res) => void route(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
    expect(res).toEqual({
      status: 503,
      body: {
        status: 'unready',
        stores: { audit: { reachable: true }, idempotency: { reachable: false } },
        vendors: { snow: { circuit: 'CLOSED' } },
      },
    });
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, lets the mutation in flight finish and flushes its audit entry', async () => {
    const own = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'shutdown.ndjson') } });
    try {
      const person = testCompany().people.find(
        (p) => !p.jumpcloudAdmin && p.accounts.bettercloud?.state === 'active',
      )!;
      // Slow writes, so the stop begins while the mutation is in flight.
      own.fleet.running.bettercloud!.faults.set({ latencyMs: 400, operations: ['suspendUser'] });
      const inFlight = own.query(
        `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { results { vendor status } } }`,
        { input: { email: person.email, vendors: ['BETTERCLOUD'] } },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stopped = own.running.stop();
      const answer = await inFlight;
      expect(answer.data.suspendUser.results).toEqual([{ vendor: 'BETTERCLOUD', status: 'SUCCEEDED' }]);
      await stopped;
      await expect(fetch(`${own.running.url}healthz`)).rejects.toThrow();
      const log = await new FileAuditLog(join(dir, 'shutdown.ndjson')).page({ limit: 5 });
      expect(log.entries[0].entry).toMatchObject({ mutation: 'suspendUser', result: 'SUCCEEDED' });
    } finally {
      await own.fleet.close();
    }
  });
});
