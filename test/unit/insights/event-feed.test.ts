import { describe, expect, it } from 'vitest';
import { mergedEventFeed, type EventFeedSources } from '../../../datasources/insights/event-feed.js';
import type { EventFilter } from '../../../datasources/contracts.js';
import type { AuditEventModel, VendorName } from '../../../datasources/model/index.js';
import { VendorError, vendorUnavailable } from '../../../common/errors.js';

const BASE = Date.parse('2026-11-01T00:00:00.000Z');

/** `count` events newest first, spaced by a seeded step of 0..4 minutes (0: same instant as the previous). */
function feed(vendor: VendorName, count: number, seed: number): AuditEventModel[] {
  let state = seed;
  let time = BASE;
  return Array.from({ length: count }, (_, k) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    time -= (state % 5) * 60_000;
    return {
      vendor,
      externalId: `${vendor}-${k}`,
      action: 'user.login',
      occurredAt: new Date(time).toISOString(),
      actor: null,
      targetEmail: null,
      targetDescription: null,
      description: null,
    };
  });
}

const inRange = (filter: EventFilter) => (e: AuditEventModel) =>
  (!filter.from || e.occurredAt >= filter.from) && (!filter.to || e.occurredAt <= filter.to);

/** Fake datasources over two feeds, counting the vendor calls each makes (as the real ones would). */
function fakeSources(
  bc: AuditEventModel[],
  at: AuditEventModel[],
  options: { atlassianTotal?: boolean } = {},
) {
  const calls = { bettercloud: 0, atlassianEvents: 0, atlassianOrgs: 0, filters: [] as EventFilter[] };
  const failing = { bettercloud: false, atlassian: false };
  const withTotal = options.atlassianTotal ?? true;
  const sources = {
    bettercloud: {
      async listEvents(offset: number, limit: number, filter: EventFilter) {
        // The real datasource makes one call exactly when the window is one aligned page.
        calls.bettercloud += offset % limit === 0 ? 1 : 2;
        calls.filters.push(filter);
        if (failing.bettercloud) throw vendorUnavailable('BETTERCLOUD', 'HTTP 503', 503);
        const matching = bc.filter(inRange(filter));
        return { items: matching.slice(offset, offset + limit), total: matching.length };
      },
    },
    atlassian: {
      // The configured org: the feed never lists organizations to pick one.
      configuredOrgId: 'org-1',
      async listOrganizations() {
        calls.atlassianOrgs++;
        return [{ vendor: 'ATLASSIAN' as const, externalId: 'org-0', name: 'Another org' }];
      },
      async listEventsPage(orgId: string, cursor: string | undefined, filter: EventFilter) {
        calls.atlassianEvents++;
        calls.filters.push(filter);
        if (failing.atlassian) throw vendorUnavailable('ATLASSIAN', 'HTTP 503', 503);
        expect(orgId).toBe('org-1');
        const matching = at.filter(inRange(filter));
        const start = cursor ? Number(cursor.slice(2)) : 0;
        const items = matching.slice(start, start + 50);
        // As Atlassian's `meta.total`: every event matching the filter.
        return {
          items,
          ...(start + 50 < matching.length ? { nextCursor: `k:${start + 50}` } : {}),
          ...(withTotal ? { total: matching.length } : {}),
        };
      },
    },
  } as unknown as EventFeedSources;
  return { sources, calls, failing };
}

/** The merged feed by definition: newest first, BetterCloud first on a tie, each vendor in its own order. */
function expectedMerge(bc: AuditEventModel[], at: AuditEventModel[]) {
  const out: AuditEventModel[] = [];
  let i = 0;
  let j = 0;
  while (i < bc.length || j < at.length) {
    if (j >= at.length || (i < bc.length && bc[i].occurredAt >= at[j].occurredAt)) out.push(bc[i++]);
    else out.push(at[j++]);
  }
  return out.map((e) => e.externalId);
}

async function walk(
  sources: EventFeedSources,
  first: number,
  filter: EventFeedArgsFilter = {},
  onPage?: () => void,
) {
  const ids: string[] = [];
  const failures: VendorError[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await mergedEventFeed(sources, { first, after, filter }, (e) => failures.push(e));
    onPage?.();
    ids.push(...page.edges.map((e) => e.node.externalId));
    expect(page.edges.length).toBeLessThanOrEqual(first);
    if (!page.pageInfo.hasNextPage) return { ids, failures, last: page };
    expect(page.edges.length).toBeGreaterThan(0);
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}
type EventFeedArgsFilter = Parameters<typeof mergedEventFeed>[1]['filter'];

describe('merged event feed', () => {
  const bc = feed('BETTERCLOUD', 237, 7);
  const at = feed('ATLASSIAN', 181, 11);

  it.each([1, 7, 20, 50, 100])(
    'walks both feeds newest first with first=%i: every event once, no gap, at most one call per vendor per page',
    async (first) => {
      const { sources, calls } = fakeSources(bc, at);
      let previous = { bettercloud: 0, atlassianEvents: 0 };
      const { ids } = await walk(sources, first, {}, () => {
        expect(calls.bettercloud - previous.bettercloud).toBeLessThanOrEqual(1);
        expect(calls.atlassianEvents - previous.atlassianEvents).toBeLessThanOrEqual(1);
        previous = { bettercloud: calls.bettercloud, atlassianEvents: calls.atlassianEvents };
      });
      expect(ids).toStrictEqual(expectedMerge(bc, at));
      // The configured org is read, never looked up among the credentials' organizations.
      expect(calls.atlassianOrgs).toBe(0);
    },
  );

  it("fills a page of 20 from both vendors, totalCount the sum of both vendors' totals", async () => {
    const { sources, calls } = fakeSources(bc, at);
    const page = await mergedEventFeed(sources, { first: 20, filter: {} }, () => undefined);
    expect(page.edges.map((e) => e.node.externalId)).toStrictEqual(expectedMerge(bc, at).slice(0, 20));
    expect(page.totalCount).toBe(237 + 181);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    expect(calls).toMatchObject({ bettercloud: 1, atlassianEvents: 1, atlassianOrgs: 0 });
  });

  it('keeps the summed total on every page, also after one vendor runs out and is no longer asked', async () => {
    const filter = { from: bc[120].occurredAt };
    const expected = bc.filter(inRange(filter)).length + at.filter(inRange(filter)).length;
    const { sources } = fakeSources(bc, at);
    const totals: (number | null)[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await mergedEventFeed(sources, { first: 40, after, filter }, () => undefined);
      totals.push(page.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totals.length).toBeGreaterThan(3);
    expect(totals.every((t) => t === expected)).toBe(true);
  });

  it('reports no total when Atlassian sends none, or when a vendor fails on the page', async () => {
    const silent = fakeSources(bc, at, { atlassianTotal: false });
    expect(
      (await mergedEventFeed(silent.sources, { first: 20, filter: {} }, () => undefined)).totalCount,
    ).toBeNull();
    const down = fakeSources(bc, at);
    down.failing.atlassian = true;
    expect(
      (await mergedEventFeed(down.sources, { first: 20, filter: {} }, () => undefined)).totalCount,
    ).toBeNull();
  });

  it('restricts to one vendor with filter.vendor, with its total for BetterCloud and no call to the other', async () => {
    const only = fakeSources(bc, at);
    const { ids, last } = await walk(only.sources, 30, { vendor: 'BETTERCLOUD' });
    expect(ids).toStrictEqual(bc.map((e) => e.externalId));
    expect(last.totalCount).toBe(237);
    expect(only.calls.atlassianEvents + only.calls.atlassianOrgs).toBe(0);
    expect(only.calls.bettercloud).toBe(Math.ceil(237 / 30));

    const atlassian = fakeSources(bc, at);
    const walked = await walk(atlassian.sources, 30, { vendor: 'ATLASSIAN' });
    expect(walked.ids).toStrictEqual(at.map((e) => e.externalId));
    expect(walked.last.totalCount).toBe(181);
    expect(atlassian.calls.bettercloud).toBe(0);

    const none = fakeSources(bc, at);
    const snow = await mergedEventFeed(
      none.sources,
      { first: 10, filter: { vendor: 'SNOW' } },
      () => undefined,
    );
    expect([snow.edges, snow.totalCount, snow.pageInfo.hasNextPage]).toStrictEqual([[], 0, false]);
    expect(none.calls).toMatchObject({ bettercloud: 0, atlassianEvents: 0, atlassianOrgs: 0 });
  });

  it('pushes from/to down to both vendors', async () => {
    const filter = { from: bc[120].occurredAt, to: bc[40].occurredAt };
    const { sources, calls } = fakeSources(bc, at);
    const { ids } = await walk(sources, 25, filter);
    expect(ids).toStrictEqual(expectedMerge(bc.filter(inRange(filter)), at.filter(inRange(filter))));
    expect(calls.filters.every((f) => f.from === filter.from && f.to === filter.to)).toBe(true);
  });

  it('rejects forged cursors, cursors from another filter, and from after to, as BAD_USER_INPUT', async () => {
    const { sources } = fakeSources(bc, at);
    const page = await mergedEventFeed(sources, { first: 5, filter: {} }, () => undefined);
    const badInputs = [
      { first: 5, after: 'bm90LWEtY3Vyc29y', filter: {} },
      { first: 5, after: page.pageInfo.endCursor, filter: { vendor: 'BETTERCLOUD' as const } },
      { first: 5, after: Buffer.from(JSON.stringify({ f: 'x', b: -1 })).toString('base64url'), filter: {} },
      { first: 5, filter: { from: '2026-11-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' } },
      { first: 101, filter: {} },
      // A cursor is valid only under the filter that produced it: action and person are part of it.
      { first: 5, after: page.pageInfo.endCursor, filter: { action: 'user.suspended' } },
      { first: 5, after: page.pageInfo.endCursor, filter: { userEmail: 'a@example.com' } },
      { first: 5, filter: { action: ' ' } },
      { first: 5, filter: { vendor: 'ATLASSIAN' as const, userEmail: 'a@example.com' } },
    ];
    for (const args of badInputs)
      await expect(mergedEventFeed(sources, args, () => undefined)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    const tampered = JSON.parse(Buffer.from(page.pageInfo.endCursor!, 'base64url').toString());
    tampered.i = 999;
    await expect(
      mergedEventFeed(
        sources,
        { first: 5, after: Buffer.from(JSON.stringify(tampered)).toString('base64url'), filter: {} },
        () => undefined,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('sends action to both vendors and, with a person, asks only BetterCloud', async () => {
    const { sources, calls } = fakeSources(bc, at);
    await mergedEventFeed(sources, { first: 5, filter: { action: 'user.suspended' } }, () => undefined);
    expect(calls.filters.map((f) => f.action)).toStrictEqual(['user.suspended', 'user.suspended']);
    const person = fakeSources(bc, at);
    await mergedEventFeed(
      person.sources,
      { first: 5, filter: { userEmail: 'a@example.com' } },
      () => undefined,
    );
    expect(person.calls.atlassianEvents).toBe(0);
    expect(person.calls.filters.map((f) => f.targetEmail)).toStrictEqual(['a@example.com']);
  });

  it('leaves a failing vendor out, reports it, and resumes it where it stood once it answers again', async () => {
    const { sources, failing } = fakeSources(bc, at);
    const failures: VendorError[] = [];
    const first = await mergedEventFeed(sources, { first: 20, filter: {} }, (e) => failures.push(e));
    failing.atlassian = true;
    const degraded = await mergedEventFeed(
      sources,
      { first: 20, after: first.pageInfo.endCursor, filter: {} },
      (e) => failures.push(e),
    );
    expect(degraded.edges.every((e) => e.node.vendor === 'BETTERCLOUD')).toBe(true);
    expect(failures.map((f) => f.extensions)).toMatchObject([
      { code: 'VENDOR_UNAVAILABLE', vendor: 'ATLASSIAN', retryable: true },
    ]);
    failing.atlassian = false;
    const resumed = await mergedEventFeed(
      sources,
      { first: 20, after: degraded.pageInfo.endCursor, filter: {} },
      () => undefined,
    );
    const shownAtlassian = [...first.edges, ...resumed.edges]
      .map((e) => e.node)
      .filter((e) => e.vendor === 'ATLASSIAN');
    // Atlassian picks up right after its last event shown: nothing skipped, nothing repeated.
    expect(shownAtlassian.map((e) => e.externalId)).toStrictEqual(
      at.slice(0, shownAtlassian.length).map((e) => e.externalId),
    );

    failing.atlassian = true;
    failing.bettercloud = true;
    await expect(mergedEventFeed(sources, { first: 20, filter: {} }, () => undefined)).rejects.toBeInstanceOf(
      VendorError,
    );
  });
});
