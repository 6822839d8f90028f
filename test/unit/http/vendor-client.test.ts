import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestDeadline } from '../../../datasources/http/request-deadline.js';
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
  sharing: 'request' | 'in-flight' = 'request',
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
  return { client: new VendorClient(transport, trace, sharing), trace };
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

  it('keeps answers within a request, but a walk client only shares a GET while it is in flight', async () => {
    const request = client({ cacheTtlMs: 0 }).client;
    await request.request({ operation: 'op', path: '/page' });
    await request.request({ operation: 'op', path: '/page' });
    expect(served).toBe(1); // the request kept the first answer

    const walk = client({ cacheTtlMs: 0 }, undefined, 'in-flight').client;
    await Promise.all([
      walk.request({ operation: 'op', path: '/page' }),
      walk.request({ operation: 'op', path: '/page' }),
    ]);
    expect(served).toBe(2); // shared while in flight
    await walk.request({ operation: 'op', path: '/page' });
    expect(served).toBe(3); // but not kept once answered: a walk holds no page it has handed over
  });
});

/** Fault isolation: the request deadline and the circuit breaker, against the same scripted vendor. */
function transport(overrides: Partial<typeof endpointDefaults> = {}) {
  return new VendorTransport({
    ...endpointDefaults,
    vendor: 'SNOW',
    baseUrl,
    authHeaders: {},
    retry: { ...endpointDefaults.retry, baseDelayMs: 5 },
    ...overrides,
  });
}

const clientOf = (t: VendorTransport, deadline = RequestDeadline.unlimited()) =>
  new VendorClient(t, new UpstreamTrace(undefined, deadline));

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as VendorError,
  );

describe('request deadline', () => {
  it('bounds a hanging vendor by the deadline, not by one timeout per attempt', async () => {
    plan = [
      { status: 200, hang: true },
      { status: 200, hang: true },
      { status: 200, hang: true },
    ];
    const t = transport({ timeoutMs: 5_000 });
    const started = performance.now();
    const error = await rejection(
      clientOf(t, new RequestDeadline(300)).request({ operation: 'listUsers', path: '/users' }),
    );
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.extensions.code).toBe('VENDOR_UNAVAILABLE');
    // The first attempt waited what the deadline allowed; no retry started past it.
    expect(served).toBe(1);
    expect(elapsed).toBeLessThan(t.endpoint.timeoutMs);
  });

  it('retries within the deadline when there is time left', async () => {
    plan = [{ status: 503 }];
    const answer = await clientOf(transport(), new RequestDeadline(5_000)).request({
      operation: 'listUsers',
      path: '/users',
    });
    expect(answer).toEqual({ path: '/users' });
    expect(served).toBe(2);
  });

  it('sends nothing once the deadline has passed', async () => {
    const error = await rejection(
      clientOf(transport(), new RequestDeadline(0)).request({ operation: 'listUsers', path: '/users' }),
    );
    expect(error.extensions.code).toBe('VENDOR_UNAVAILABLE');
    expect(served).toBe(0);
  });
});

describe('circuit breaker', () => {
  const settings = { failureThreshold: 2, halfOpenAfterMs: 150 };
  const once = { ...endpointDefaults.retry, maxAttempts: 1 };

  it('opens after consecutive vendor failures and then fails fast without calling the vendor', async () => {
    const t = transport({ breaker: settings, retry: once });
    plan = [{ status: 503 }, { status: 500 }];
    for (let i = 0; i < settings.failureThreshold; i++)
      await rejection(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(t.breaker.state).toBe('OPEN');
    const servedBefore = served;
    const error = await rejection(clientOf(t).request({ operation: 'listUsers', path: '/users' }));
    expect(served).toBe(servedBefore);
    expect(error.extensions).toMatchObject({ code: 'VENDOR_UNAVAILABLE', retryable: true, circuit: 'OPEN' });
  });

  it('lets one probe through after the pause and closes when it succeeds', async () => {
    const t = transport({ breaker: settings, retry: once });
    plan = [{ status: 503 }, { status: 503 }];
    for (let i = 0; i < settings.failureThreshold; i++)
      await rejection(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(t.breaker.state).toBe('OPEN');
    await new Promise((resolve) => setTimeout(resolve, settings.halfOpenAfterMs + 50));
    await clientOf(t).request({ operation: 'listUsers', path: '/users' });
    expect(t.breaker.state).toBe('CLOSED');
  });

  it('does not count client errors or rate limiting as the vendor being down', async () => {
    const t = transport({ breaker: settings, retry: once });
    plan = [{ status: 400 }, { status: 404 }, { status: 429 }, { status: 400 }];
    for (let i = 0; i < 4; i++)
      await rejection(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(served).toBe(4);
    expect(t.breaker.state).toBe('CLOSED');
  });

  it('keeps one breaker per transport: a failing vendor leaves another closed', async () => {
    const failing = transport({ breaker: settings, retry: once });
    const healthy = transport({ breaker: settings, retry: once });
    plan = [{ status: 503 }, { status: 503 }];
    for (let i = 0; i < settings.failureThreshold; i++)
      await rejection(clientOf(failing).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(await clientOf(healthy).request({ operation: 'listUsers', path: '/users' })).toEqual({
      path: '/users',
    });
    expect([failing.breaker.state, healthy.breaker.state]).toEqual(['OPEN', 'CLOSED']);
  });
});
