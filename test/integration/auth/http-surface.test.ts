import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * The HTTP surface as an outside client meets it: JSON GraphQL errors for bad bodies (never HTML,
 * stacks or paths), CORS closed unless configured, introspection switchable, GraphQL-over-HTTP
 * media types and methods, CSRF prevention, and vendor error texts for admins only.
 */
const ALLOWED_ORIGIN = 'https://admin.example.com';

describe('the HTTP surface', () => {
  let gw: TestGateway;
  let closed: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { ADMINGRAPH_CORS_ORIGINS: ALLOWED_ORIGIN, ADMINGRAPH_MAX_BODY_BYTES: '4096' },
    });
    closed = await startTestGateway({ env: { ADMINGRAPH_INTROSPECTION: 'off' } });
  });
  afterAll(async () => {
    await gw?.close();
    await closed?.close();
  });

  const auth = () => ({ authorization: `Bearer ${gw.keys.admin}` });

  async function expectJsonError(res: Response, status: number, code: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const text = await res.text();
    expect(text).not.toMatch(/<html|at .*\.ts:|\/work\/|node_modules/i);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe(code);
  }

  it('answers malformed and oversized bodies with a JSON GraphQL error', async () => {
    const post = (body: string) =>
      gw.raw('/', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body });
    await expectJsonError(await post('{"query": "{ __typename }"'), 400, 'BAD_REQUEST');
    await expectJsonError(
      await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(5000)}` })),
      413,
      'BAD_REQUEST',
    );
    await expectJsonError(await post('[1, 2'), 400, 'BAD_REQUEST');
  });

  it('keeps CORS closed to origins not configured, and echoes a configured one', async () => {
    const preflight = (origin: string) =>
      gw.raw('/', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const evil = await preflight('https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const good = await preflight(ALLOWED_ORIGIN);
    expect(good.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(good.headers.get('access-control-allow-headers')).toContain('authorization');
    const res = await gw.raw('/', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json', origin: 'https://evil.example.com' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers introspection unless configured off', async () => {
    const introspect = (target: TestGateway) => target.query('{ __schema { queryType { name } } }');
    expect((await introspect(gw)).data.__schema.queryType.name).toBe('Query');
    const off = await introspect(closed);
    expect(off.data).toBeUndefined();
    expect(off.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('speaks GraphQL over HTTP: graphql-response+json with 400 for invalid documents, GET for queries only, CSRF prevention', async () => {
    const accept = 'application/graphql-response+json';
    const invalid = await gw.raw('/', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json', accept },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const unauthenticated = await gw.raw('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: '{}',
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': '1' }) =>
      gw.raw(`/?query=${encodeURIComponent(query)}`, { headers: { ...auth(), ...headers } });
    const read = await get('{ __typename }');
    expect(read.status).toBe(200);
    expect(((await read.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    const email = gw.fleet.company.people[0].email;
    const mutation = await get(
      `mutation { suspendUser(input: { email: "${email}", dryRun: true }) { userErrors { code } } }`,
    );
    expect(mutation.status).toBe(405);
    // A GET a browser could send from another site (no preflight-forcing header) is refused.
    expect((await get('{ __typename }', {})).status).toBe(400);
  });

  it('shows vendor error texts to admins only', async () => {
    await gw.reseed();
    const failing = Object.values(gw.fleet.running).find((s) => s.vendor === 'snow')!;
    const query = '{ users(first: 5) { totalCount } }';
    const messages: Record<string, string[]> = {};
    for (const role of ['admin', 'viewer'] as const) {
      await gw.running.gateway.forgetVendorReads();
      failing.faults.set({ errorRate: 1, errorStatus: 400 });
      const res = await gw.query(query, {}, { as: role });
      failing.faults.set({});
      const vendorErrors = (res.errors ?? []).filter((e) => String(e.extensions?.code).startsWith('VENDOR_'));
      expect(vendorErrors.length, role).toBeGreaterThan(0);
      expect(vendorErrors.every((e) => e.extensions?.vendor === 'SNOW')).toBe(true);
      messages[role] = vendorErrors.map((e) => e.message);
    }
    expect(
      messages.viewer.every((m) => m === 'SNOW rejected the request (details are shown to admins)'),
    ).toBe(true);
    expect(messages.admin.some((m) => m !== messages.viewer[0])).toBe(true);
  });

  it("shows a failed vendor action's text to admins only (operators see vendor, code and status)", async () => {
    const bettercloud = gw.fleet.running.bettercloud!;
    const suspend =
      'mutation($i: SuspendUserInput!) { suspendUser(input: $i) { results { api status code message } } }';
    const people = gw.fleet.company.people.filter((p) => p.accounts.bettercloud && !p.jumpcloudAdmin);
    const messages: Record<string, string> = {};
    for (const [n, role] of (['operator', 'admin'] as const).entries()) {
      await gw.reseed();
      bettercloud.faults.set({ errorNext: 5, errorStatus: 503, operations: ['suspendUser'] });
      const res = await gw.query(
        suspend,
        { i: { email: people[n + 3].email, vendors: ['BETTERCLOUD'] } },
        { as: role },
      );
      bettercloud.faults.set({});
      const failed = res.data.suspendUser.results.find((r: { status: string }) => r.status === 'FAILED');
      expect(failed, role).toMatchObject({ api: 'BETTERCLOUD', code: 'VENDOR_UNAVAILABLE' });
      messages[role] = failed.message;
    }
    expect(messages.operator).toBe(
      'BETTERCLOUD failed (VENDOR_UNAVAILABLE, HTTP 503); details are shown to admins',
    );
    expect(messages.admin).not.toBe(messages.operator);
    await gw.reseed();
  });
});
