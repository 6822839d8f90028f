import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestDeadline } from '../../../datasources/http/request-deadline.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { VendorClient } from '../../../datasources/http/vendor-client.js';
import { endpointDefaults, VendorTransport } from '../../../datasources/http/vendor-transport.js';
import { VendorError } from '../../../common/errors.js';

/** A scripted vendor: each request takes the next planned answer (default 200 `{}`), or hangs. */
let plan: { status?: number; hang?: boolean }[] = [];
let served = 0;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    served++;
    const step = plan.shift() ?? {};
    if (step.hang) return;
    res.writeHead(step.status ?? 200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  plan = [];
  served = 0;
});

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

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as VendorError,
  );

describe('request deadline', () => {
  it('bounds a hanging vendor by the deadline, not by one timeout per attempt', async () => {
    plan = [{ hang: true }, { hang: true }, { hang: true }];
    const t = transport({ timeoutMs: 5_000 });
    const started = performance.now();
    const error = await failure(
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
    const body = await clientOf(transport(), new RequestDeadline(5_000)).request({
      operation: 'listUsers',
      path: '/users',
    });
    expect(body).toEqual({});
    expect(served).toBe(2);
  });

  it('sends nothing once the deadline has passed', async () => {
    const error = await failure(
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
      await failure(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(t.breaker.state).toBe('OPEN');
    const servedBefore = served;
    const error = await failure(clientOf(t).request({ operation: 'listUsers', path: '/users' }));
    expect(served).toBe(servedBefore);
    expect(error.extensions).toMatchObject({ code: 'VENDOR_UNAVAILABLE', retryable: true, circuit: 'OPEN' });
  });

  it('lets one probe through after the pause and closes when it succeeds', async () => {
    const t = transport({ breaker: settings, retry: once });
    plan = [{ status: 503 }, { status: 503 }];
    for (let i = 0; i < settings.failureThreshold; i++)
      await failure(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(t.breaker.state).toBe('OPEN');
    await new Promise((resolve) => setTimeout(resolve, settings.halfOpenAfterMs + 50));
    await clientOf(t).request({ operation: 'listUsers', path: '/users' });
    expect(t.breaker.state).toBe('CLOSED');
  });

  it('does not count client errors or rate limiting as the vendor being down', async () => {
    const t = transport({ breaker: settings, retry: once });
    plan = [{ status: 400 }, { status: 404 }, { status: 429 }, { status: 400 }];
    for (let i = 0; i < 4; i++)
      await failure(clientOf(t).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(served).toBe(4);
    expect(t.breaker.state).toBe('CLOSED');
  });

  it('keeps one breaker per transport: a failing vendor leaves another closed', async () => {
    const failing = transport({ breaker: settings, retry: once });
    const healthy = transport({ breaker: settings, retry: once });
    plan = [{ status: 503 }, { status: 503 }];
    for (let i = 0; i < settings.failureThreshold; i++)
      await failure(clientOf(failing).request({ operation: 'listUsers', path: `/users?i=${i}` }));
    expect(await clientOf(healthy).request({ operation: 'listUsers', path: '/users' })).toEqual({});
    expect([failing.breaker.state, healthy.breaker.state]).toEqual(['OPEN', 'CLOSED']);
  });
});
