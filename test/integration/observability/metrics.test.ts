import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The value of one sample line (`name{labels} value`) in Prometheus text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([^{ ]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const [k, v] = kv.split('=');
          return [k, JSON.parse(v)];
        }),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  let gw: TestGateway;
  const metricsToken = `scrape-${randomBytes(16).toString('hex')}`;
  const scrape = (headers: Record<string, string> = {}) =>
    fetch(new URL('/metrics', gw.running.url), { headers });
  const metrics = async () => (await scrape({ authorization: `Bearer ${gw.keys.viewer}` })).text();

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { ADMINGRAPH_CACHE_TTL_MS: '60000', ADMINGRAPH_METRICS_TOKEN: metricsToken },
    });
  });

  it('answers only authenticated callers: the metrics token or an API key, else 401', async () => {
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await scrape({ authorization: 'Bearer not-the-metrics-token-at-all' })).status).toBe(401);
    const byToken = await scrape({ authorization: `Bearer ${metricsToken}` });
    expect(byToken.status).toBe(200);
    expect(await byToken.text()).toContain('admingraph_graphql_requests_total');
    expect((await scrape({ 'x-api-key': gw.keys.viewer })).status).toBe(200);
  });
  afterAll(async () => gw?.close());

  it('counts requests by operation, vendor calls by vendor and operation, cache hits and errors by code', async () => {
    const email = gw.fleet.company.people[0].email;
    const profile = `query Profile($email: String!) { user(email: $email) { email accounts { vendor status } } }`;
    const first = await gw.query(profile, { email }, { trace: true });
    expect(first.errors).toBeUndefined();
    await gw.query(profile, { email });
    await gw.query('query Broken { noSuchField }');
    // The same vendor reads twice: the second answers from the shared response cache.
    const subs = 'query Subs { subscriptions(first: 5) { totalCount } }';
    await gw.query(subs);
    await gw.query(subs);

    const text = await metrics();
    expect(sample(text, 'admingraph_graphql_requests_total', { operation: 'Profile', type: 'query' })).toBe(
      2,
    );
    expect(sample(text, 'admingraph_graphql_request_duration_seconds_count', { operation: 'Profile' })).toBe(
      2,
    );
    expect(sample(text, 'admingraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);

    // Vendor calls as the first request's own trace reports them (the second one hit the cache).
    const calls = (
      first.extensions!.upstream.calls as { vendor: string; operation: string; cached: boolean }[]
    ).filter((c) => !c.cached);
    expect(calls.length).toBeGreaterThan(0);
    const byKey = new Map<string, number>();
    for (const c of calls)
      byKey.set(`${c.vendor}|${c.operation}`, (byKey.get(`${c.vendor}|${c.operation}`) ?? 0) + 1);
    for (const [key, count] of byKey) {
      const [vendor, operation] = key.split('|');
      expect(
        sample(text, 'admingraph_vendor_calls_total', { vendor, operation, status: '200' }),
      ).toBeGreaterThanOrEqual(count);
      expect(
        sample(text, 'admingraph_vendor_call_duration_seconds_count', { vendor, operation }),
      ).toBeGreaterThanOrEqual(count);
    }
    expect(sample(text, 'admingraph_cache_hits_total', { vendor: 'SNOW' })).toBeGreaterThan(0);
    expect(sample(text, 'admingraph_cache_misses_total', { vendor: 'SNOW' })).toBeGreaterThan(0);
    const age = sample(text, 'admingraph_identity_index_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(text).toContain('# TYPE admingraph_vendor_errors_total counter');
  });

  it('counts vendor errors by vendor and status when a vendor fails', async () => {
    await gw.reseed();
    gw.fleet.running.snow!.faults.set({ errorRate: 1 });
    const before = await metrics();
    const beforeErrors = [
      ...before.matchAll(/^admingraph_vendor_errors_total\{[^}]*vendor="SNOW"[^}]*\} (\S+)$/gm),
    ]
      .map((m) => Number(m[1]))
      .reduce((a, b) => a + b, 0);
    const res = await gw.query('{ subscriptions(first: 5) { totalCount } }');
    gw.fleet.running.snow!.faults.set({});
    expect(res.errors?.some((e) => e.extensions?.vendor === 'SNOW')).toBe(true);
    const after = await metrics();
    const afterErrors = [
      ...after.matchAll(/^admingraph_vendor_errors_total\{[^}]*vendor="SNOW"[^}]*\} (\S+)$/gm),
    ]
      .map((m) => Number(m[1]))
      .reduce((a, b) => a + b, 0);
    expect(afterErrors).toBeGreaterThan(beforeErrors);
    const code = res.errors!.find((e) => e.extensions?.vendor === 'SNOW')!.extensions!.code as string;
    expect(sample(after, 'admingraph_graphql_errors_total', { code })).toBeGreaterThanOrEqual(1);
  });
});
