import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '../../support/loopback-server.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../datasources/http/response-cache.js';
import { SharedCacheTier } from '../../../datasources/http/shared-cache-tier.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { VendorClient } from '../../../datasources/http/vendor-client.js';
import {
  endpointDefaults,
  VendorTransport,
  type VendorEndpoint,
} from '../../../datasources/http/vendor-transport.js';
import { PrivateRedis } from '../../support/private-redis.js';
import { uniqueName } from '../../support/replicas.js';

/**
 * The vendor response cache through the HTTP core, against a vendor that counts what it serves:
 * TTLs per kind of read, tenants kept apart, the LRU's bounds, stale-while-revalidate, the Redis
 * tier shared by two replicas (invalidation seen by both), and Redis going away and coming back.
 */

let served: string[] = [];
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(`${req.headers['x-api-key']} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ path: req.url, key: req.headers['x-api-key'], padding: 'x'.repeat(200) }));
  });
  baseUrl = await listenOnLoopback(server);
});
afterAll(() => closeServer(server));
beforeEach(() => {
  served = [];
});

function transport(cache: ResponseCache, overrides: Partial<VendorEndpoint> = {}) {
  return new VendorTransport(
    { ...endpointDefaults, vendor: 'SNOW', baseUrl, authHeaders: { 'x-api-key': 'tenant-a' }, ...overrides },
    cache,
  );
}
/** One GET as one GraphQL request would make it (a fresh client and trace). */
async function read(t: VendorTransport, path: string, operation = 'getSaasConsolidatedViewV1UsersList') {
  const trace = new UpstreamTrace();
  const body = await new VendorClient(t, trace).request<{ path: string; key: string }>({ operation, path });
  return { body, cached: trace.calls.every((c) => c.cached) };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the vendor response cache', () => {
  it('is on by default: a second read is a hit until the TTL of its kind runs out', async () => {
    const cache = new ResponseCache();
    const t = transport(cache, { cacheTtlByKind: { status: 150 } });
    expect((await read(t, '/users')).cached).toBe(false);
    expect((await read(t, '/users')).cached).toBe(true);
    expect(served).toHaveLength(1);
    expect(cache.stats().SNOW).toMatchObject({ hits: 1, misses: 1 });
    await sleep(200);
    expect((await read(t, '/users')).cached).toBe(false);
    expect(served).toHaveLength(2);
    // With no setting at all, the defaults apply: catalogues for minutes.
    const defaults = transport(cache);
    await read(defaults, '/applications', 'getApplications');
    expect((await read(defaults, '/applications', 'getApplications')).cached).toBe(true);
  });

  it('never answers one tenant with another tenant’s cached read', async () => {
    const cache = new ResponseCache();
    const a = transport(cache);
    const b = transport(cache, { authHeaders: { 'x-api-key': 'tenant-b' } });
    expect((await read(a, '/users/1')).body.key).toBe('tenant-a');
    const other = await read(b, '/users/1');
    expect(other.cached).toBe(false);
    expect(other.body.key).toBe('tenant-b');
    expect(served).toEqual(['tenant-a /users/1', 'tenant-b /users/1']);
  });

  it('stays within its entry and byte bounds under a scan, evicting the oldest', async () => {
    const maxBytes = 20_000;
    const cache = new ResponseCache({ maxEntries: 500, maxBytes });
    const t = transport(cache);
    const sizes: number[] = [];
    for (let i = 0; i < 400; i++) sizes.push(JSON.stringify((await read(t, `/users/${i}`)).body).length);
    expect(cache.size.bytes).toBeLessThanOrEqual(maxBytes);
    // As many of the latest answers as fit in the byte bound (the entry bound is not reached).
    let fit = 0;
    for (let i = sizes.length - 1, bytes = 0; i >= 0 && (bytes += sizes[i]) <= maxBytes; i--) fit++;
    expect(cache.size.entries).toBe(fit);
    expect(cache.stats().SNOW!.evictions).toBe(400 - cache.size.entries);
    // The most recent reads are still there; the first ones were evicted.
    expect((await read(t, '/users/399')).cached).toBe(true);
    expect((await read(t, '/users/0')).cached).toBe(false);
  });

  it('serves a stale per-person read at once and revalidates it in the background', async () => {
    const cache = new ResponseCache();
    const t = transport(cache, { cacheTtlByKind: { person: 100 } });
    const path = '/users/7/subscriptions';
    await read(t, path, 'getSaasConsolidatedViewV1UserSubscriptions');
    await sleep(150);
    const stale = await read(t, path, 'getSaasConsolidatedViewV1UserSubscriptions');
    expect(stale.cached).toBe(true);
    await sleep(50);
    expect(served).toHaveLength(2); // the background revalidation
    expect((await read(t, path, 'getSaasConsolidatedViewV1UserSubscriptions')).cached).toBe(true);
    expect(served).toHaveLength(2);
  });

  it('drops a vendor’s answers after a write to it', async () => {
    const cache = new ResponseCache();
    const t = transport(cache);
    await read(t, '/users');
    await cache.invalidateVendor('SNOW');
    expect((await read(t, '/users')).cached).toBe(false);
  });
});

describe('the response cache shared in Redis', () => {
  let redis: PrivateRedis;
  const tiers: SharedCacheTier[] = [];
  const replica = () => {
    const tier = new SharedCacheTier(redis.url, uniqueName('test:cache'));
    tiers.push(tier);
    return tier;
  };
  beforeAll(async () => {
    redis = await PrivateRedis.start();
  }, 30_000);
  afterAll(async () => {
    await Promise.all(tiers.map((t) => t.close()));
    await redis?.stop();
  });
  const ready = async (tier: SharedCacheTier) => {
    for (let i = 0; i < 100 && !tier.available; i++) await sleep(50);
    expect(tier.available).toBe(true);
  };

  it('answers one replica from what another read, and a write through either drops it on both', async () => {
    const prefix = uniqueName('test:cache');
    const tierA = new SharedCacheTier(redis.url, prefix);
    const tierB = new SharedCacheTier(redis.url, prefix);
    tiers.push(tierA, tierB);
    await Promise.all([ready(tierA), ready(tierB)]);
    const cacheA = new ResponseCache({ shared: tierA });
    const cacheB = new ResponseCache({ shared: tierB });
    const [a, b] = [transport(cacheA), transport(cacheB)];
    await read(a, '/users');
    expect((await read(b, '/users')).cached).toBe(true);
    expect(served).toHaveLength(1);
    await read(b, '/users'); // now in B's own tier too
    await cacheA.invalidateVendor('SNOW');
    await sleep(100); // the bump is published to B
    expect((await read(b, '/users')).cached).toBe(false);
    expect((await read(a, '/users')).cached).toBe(true); // B's fresh read, shared again
    expect(served).toHaveLength(2);
  });

  it('keeps answering from the vendor while Redis is down, and uses Redis again once it is back', async () => {
    const tier = replica();
    await ready(tier);
    const t = transport(new ResponseCache({ shared: tier, maxEntries: 1 }));
    await redis.stop();
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect((await read(t, `/down/${i}`)).body.path).toBe(`/down/${i}`);
    expect(Date.now() - started).toBeLessThan(2_000); // fails fast: no request waits on a dead Redis
    expect(served).toHaveLength(5);
    await redis.restart();
    await ready(tier);
    // A one-entry local tier: the second path pushes the first out, so its hit comes from Redis.
    await read(t, '/up/1');
    await read(t, '/up/2');
    expect((await read(t, '/up/1')).cached).toBe(true);
    expect(served).toHaveLength(7);
  }, 30_000);

  it('tells the other replicas about a write made while Redis was down, once it is back', async () => {
    const prefix = uniqueName('test:cache');
    const [tierA, tierB] = [new SharedCacheTier(redis.url, prefix), new SharedCacheTier(redis.url, prefix)];
    tiers.push(tierA, tierB);
    await Promise.all([ready(tierA), ready(tierB)]);
    const cacheA = new ResponseCache({ shared: tierA });
    const b = transport(new ResponseCache({ shared: tierB }));
    await read(b, '/outage-write');
    expect((await read(b, '/outage-write')).cached).toBe(true); // in B's own tier
    await redis.stop();
    await cacheA.invalidateVendor('SNOW'); // a write through A while nobody can hear it
    expect((await read(b, '/outage-write')).cached).toBe(true); // B cannot know yet
    await redis.restart();
    await Promise.all([ready(tierA), ready(tierB)]);
    await expect.poll(async () => (await read(b, '/outage-write')).cached, { timeout: 5_000 }).toBe(false);
  }, 30_000);
});
