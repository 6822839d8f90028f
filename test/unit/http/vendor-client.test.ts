import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { VendorClient } from '../../../datasources/http/vendor-client.js';
import { endpointDefaults, VendorTransport } from '../../../datasources/http/vendor-transport.js';
import { ResponseCache } from '../../../datasources/http/response-cache.js';
import { VendorError } from '../../../common/errors.js';

/** A scripted vendor: each request takes the next planned answer. */
let plan: { status: number; body?: string; headers?: Record<string, string>; hang?: boolean }[] = [];
let served = 0;
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    served++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const step = plan.shift() ?? {
      status: 200,
      body: JSON.stringify({ path: req.url, auth: req.headers['x-api-key'] }),
    };
    if (step.hang) return;
    setTimeout(() => {
      inFlight--;
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(step.body ?? '{}');
    }, 20);
  });
  baseUrl = await listenOnLoopback(server);
});
afterAll(() => closeServer(server));
beforeEach(() => {
  plan = [];
  served = 0;
  inFlight = 0;
  maxInFlight = 0;
});

function client(
  overrides: Partial<typeof endpointDefaults> & { cacheTtlMs?: number } = {},
  cache?: ResponseCache,
) {
  const transport = new VendorTransport(
    {
      ...endpointDefaults,
      vendor: 'BETTERCLOUD',
      baseUrl,
      authHeaders: { 'x-api-key': 'k' },
      retry: { ...endpointDefaults.retry, baseDelayMs: 5 },
      ...overrides,
    },
    cache,
  );
  const trace = new UpstreamTrace();
  return { client: new VendorClient(transport, trace), trace };
}

describe('VendorClient', () => {
  it('sends the auth headers and query, and counts the call', async () => {
    const { client: c, trace } = client();
    const body = await c.request<{ path: string; auth: string }>({
      operation: 'listUsers',
      path: '/users',
      query: { page: 2, email: undefined },
    });
    expect(body).toEqual({ path: '/users?page=2', auth: 'k' });
    expect(trace.countsByVendor()).toEqual({ BETTERCLOUD: 1 });
  });

  it('retries a 429 after the Retry-After the vendor gave', async () => {
    plan = [{ status: 429, headers: { 'retry-after': '1' } }];
    const { client: c, trace } = client();
    const started = Date.now();
    await c.request({ operation: 'listUsers', path: '/users' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(trace.calls.map((call) => call.status)).toEqual([429, 200]);
  });

  it('gives up with VENDOR_RATE_LIMITED when the vendor keeps refusing', async () => {
    plan = [429, 429, 429].map((status) => ({ status, headers: { 'retry-after': '0' } }));
    const { client: c } = client();
    const error = await c.request({ operation: 'listUsers', path: '/users' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).extensions).toMatchObject({
      code: 'VENDOR_RATE_LIMITED',
      vendor: 'BETTERCLOUD',
      retryable: true,
    });
    expect(served).toBe(3);
  });

  it('fails fast without retrying when Retry-After is longer than a request may wait', async () => {
    plan = [{ status: 429, headers: { 'retry-after': '60' } }];
    const { client: c } = client();
    await expect(c.request({ operation: 'listUsers', path: '/users' })).rejects.toMatchObject({
      extensions: { code: 'VENDOR_RATE_LIMITED', retryAfterSeconds: 60 },
    });
    expect(served).toBe(1);
  });

  it('maps 401 to VENDOR_AUTH_FAILED without retrying, and 503 to VENDOR_UNAVAILABLE after retries', async () => {
    plan = [{ status: 401 }];
    await expect(client().client.request({ operation: 'op', path: '/x' })).rejects.toMatchObject({
      extensions: { code: 'VENDOR_AUTH_FAILED', retryable: false },
    });
    expect(served).toBe(1);
    plan = [{ status: 503 }, { status: 503 }, { status: 503 }];
    await expect(client().client.request({ operation: 'op', path: '/x' })).rejects.toMatchObject({
      extensions: { code: 'VENDOR_UNAVAILABLE', retryable: true },
    });
    expect(served).toBe(4);
  });

  it('times out a hanging vendor and reports it unavailable', async () => {
    plan = [
      { status: 200, hang: true },
      { status: 200, hang: true },
      { status: 200, hang: true },
    ];
    const { client: c, trace } = client({ timeoutMs: 100 });
    await expect(c.request({ operation: 'op', path: '/x' })).rejects.toMatchObject({
      extensions: { code: 'VENDOR_UNAVAILABLE' },
    });
    expect(trace.calls.map((call) => call.status)).toEqual(['timeout', 'timeout', 'timeout']);
  });

  it('reports a malformed body as VENDOR_BAD_RESPONSE', async () => {
    plan = [1, 2, 3].map(() => ({ status: 200, body: '{"broken": [' }));
    await expect(client().client.request({ operation: 'op', path: '/x' })).rejects.toMatchObject({
      extensions: { code: 'VENDOR_BAD_RESPONSE' },
    });
  });

  it('answers undefined for an allowed 404 and NOT_FOUND otherwise', async () => {
    plan = [
      { status: 404, body: '{"message":"no such user"}' },
      { status: 404, body: '{"message":"no such user"}' },
    ];
    expect(
      await client().client.request({ operation: 'op', path: '/x', allowNotFound: true }),
    ).toBeUndefined();
    await expect(client().client.request({ operation: 'op', path: '/x' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('never has more calls in flight than the vendor cap', async () => {
    const { client: c } = client({ maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.request({ operation: 'op', path: `/x/${i}` })));
    expect(served).toBe(12);
    expect(maxInFlight).toBe(3);
  });

  it('shares one call between identical GETs of one request, and serves repeats from the cache', async () => {
    const cache = new ResponseCache();
    const first = client({ cacheTtlMs: 60_000 }, cache);
    await Promise.all([
      first.client.request({ operation: 'op', path: '/same' }),
      first.client.request({ operation: 'op', path: '/same' }),
    ]);
    expect(served).toBe(1);
    const second = client({ cacheTtlMs: 60_000 }, cache);
    await second.client.request({ operation: 'op', path: '/same' });
    expect(served).toBe(1);
    expect(second.trace.countsByVendor()).toEqual({});
    await cache.invalidateVendor('BETTERCLOUD');
    await client({ cacheTtlMs: 60_000 }, cache).client.request({ operation: 'op', path: '/same' });
    expect(served).toBe(2);
  });
});
