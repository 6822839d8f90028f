import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../datasources/http/response-cache.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { VendorClient } from '../../../datasources/http/vendor-client.js';
import { VendorTransport } from '../../../datasources/http/vendor-transport.js';
import { createSnowDatasource } from '../../../datasources/snow/index.js';
import { loadConfig } from '../../../src/config.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestSimulator, testCompany } from '../../support/simulators.js';

/**
 * The vendor response cache's in-process LRU under a scan of the 100,000-person company: every Snow
 * user page (the whole company) and one person in twenty's subscriptions (the per-person reads an
 * analyst paging the directory makes) pass through a cache bounded far below what they add up to.
 * The cache must hold to its byte bound throughout, evict what it cannot hold (counted), and the
 * process must not keep what it evicted (the heap grows by about the bound, not by the scan).
 */

const PEOPLE = 100_000;
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 1_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

let snowSim: RunningSimulator;
beforeAll(async () => {
  testCompany(PEOPLE); // generated before the baseline: the simulator's data is not the cache's
  snowSim = await startTestSimulator('snow', PEOPLE);
}, 120_000);
afterAll(() => snowSim?.close());

describe('the vendor response cache under a scan of the 100,000-person company', () => {
  it('holds to its byte and entry bounds, counts its evictions, and keeps nothing it evicted', async () => {
    const endpoint = loadConfig({ SNOW_BASE_URL: snowSim.url, SNOW_API_TOKEN: 'dev-snow-token' }).vendors.snow
      .endpoint;
    const cache = new ResponseCache({ maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES });
    const transport = new VendorTransport(endpoint, cache);
    // One datasource per step, as one GraphQL request each: nothing is memoized outside the cache.
    const snow = () => createSnowDatasource(new VendorClient(transport, new UpstreamTrace()));
    let stored = 0;
    let largest = 0;
    cache.onLookup = (_vendor, hit) => {
      if (!hit) stored++;
      largest = Math.max(largest, cache.size.bytes);
    };
    snowSim.log.clear();
    const before = heapAfterGc();

    // The list itself is let go once counted: what stays on the heap is the cache's.
    const { users, listBytes, sampled } = await snow()
      .listAllAccounts()
      .then((accounts) => ({
        users: accounts.length,
        listBytes: JSON.stringify(accounts).length,
        sampled: accounts.filter((_, i) => i % 20 === 0).map((a) => a.externalId),
      }));
    expect(users).toBeGreaterThan(PEOPLE * 0.8); // the company's Snow users, every page read
    expect(listBytes).toBeGreaterThan(MAX_BYTES * 5); // the scan is many times the bound
    for (let i = 0; i < sampled.length; i += 100) await snow().subscriptionsOf(sampled.slice(i, i + 100));

    const held = cache.size;
    const counters = cache.stats().SNOW!;
    expect(held.bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(largest).toBeLessThanOrEqual(MAX_BYTES);
    expect(held.entries).toBeLessThanOrEqual(MAX_ENTRIES);
    // Every miss was one call Snow served (and one answer stored): the whole company's pages and
    // every sampled person's list. What is not held was evicted, and counted.
    const served = snowSim.log.snapshot();
    expect(stored).toBe(served.total);
    expect(served.byOperation.getSaasConsolidatedViewV1UsersList).toBe(Math.ceil(users / 1000));
    expect(served.byOperation.getSaasConsolidatedViewV1UserSubscriptions).toBeGreaterThanOrEqual(
      sampled.length,
    );
    expect(counters.evictions).toBe(stored - held.entries);
    expect(counters.evictions).toBeGreaterThan(0);

    // The heap holds the cache (its bound in JSON bytes, as parsed objects a few times that) and the
    // sampled IDs; a cache that kept the scan would hold every page and person (~80 MB here).
    const grown = heapAfterGc() - before;
    expect(grown).toBeLessThan(MAX_BYTES * 4 + JSON.stringify(sampled).length * 2);
    // The latest reads are held: the last person read is a hit, the first page (long evicted) is not.
    const lastHits = counters.hits;
    await snow().subscriptionsOf([sampled[sampled.length - 1]]);
    expect(cache.stats().SNOW!.hits).toBe(lastHits + 1);
  }, 240_000);
});
