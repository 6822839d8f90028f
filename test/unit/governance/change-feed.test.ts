import { describe, expect, it } from 'vitest';
import { changeFeed, type AuditPageSource } from '../../../datasources/governance/change-feed.js';
import type { EventFeedSources } from '../../../datasources/insights/event-feed.js';
import type { EventFilter } from '../../../datasources/contracts.js';
import type { AuditEventModel, AuditRecordLike, VendorName } from '../../../datasources/model/index.js';

const BASE = Date.parse('2026-11-01T00:00:00.000Z');
const MINUTE = 60_000;

/** `count` items newest first, a seeded 0..4 minutes apart (0: the same instant). */
function times(count: number, seed: number): number[] {
  let state = seed;
  let time = BASE;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    time -= (state % 5) * MINUTE;
    return time;
  });
}

const event = (vendor: VendorName, k: number, at: number): AuditEventModel => ({
  vendor,
  externalId: `${vendor}-${k}`,
  action: 'user.suspended',
  occurredAt: new Date(at).toISOString(),
  actor: null,
  targetEmail: `person${k}@example.com`,
  targetDescription: null,
  description: null,
});

const from = (filter: EventFilter) => (e: AuditEventModel) => !filter.from || e.occurredAt >= filter.from;

function fakeVendors(bc: AuditEventModel[], at: AuditEventModel[]) {
  const calls = { bettercloud: 0, atlassian: 0 };
  const sources = {
    bettercloud: {
      async listEvents(offset: number, limit: number, filter: EventFilter) {
        calls.bettercloud++;
        const matching = bc.filter(from(filter));
        return { items: matching.slice(offset, offset + limit), total: matching.length };
      },
    },
    atlassian: {
      configuredOrgId: 'org-1',
      async listEventsPage(_org: string, cursor: string | undefined, filter: EventFilter) {
        calls.atlassian++;
        const matching = at.filter(from(filter));
        const start = cursor ? Number(cursor.slice(2)) : 0;
        return {
          items: matching.slice(start, start + 50),
          ...(start + 50 < matching.length ? { nextCursor: `k:${start + 50}` } : {}),
          total: matching.length,
        };
      },
    },
  } as unknown as EventFeedSources;
  return { sources, calls };
}

/** An in-memory audit log, oldest first as stored; `page` answers newest first like the real stores. */
function fakeAudit(entries: Entry[]): AuditPageSource<Entry> & { entries: Entry[] } {
  return {
    entries,
    async page({ limit, before }) {
      const end = before === undefined ? entries.length : Math.min(before - 1, entries.length);
      const start = Math.max(0, end - limit);
      const page = entries.slice(start, end).map((entry, i) => ({ position: start + i + 1, entry }));
      return { entries: page.reverse(), hasMore: start > 0 };
    },
  };
}

type Entry = AuditRecordLike & { id: string };
const entry = (k: number, at: number, dryRun = false): Entry => ({
  id: `audit-${k}`,
  at: new Date(at).toISOString(),
  principal: 'anonymous',
  mutation: 'suspendUser',
  input: { email: ` Person${k}@Example.com ` },
  dryRun,
});

async function walkAll(
  sources: Parameters<typeof changeFeed<Entry>>[0],
  since: string,
  first: number,
  between?: () => void,
) {
  const seen: { source: string; id: string; at: number }[] = [];
  let after: string | null = null;
  let totalCount: number | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const page: Awaited<ReturnType<typeof changeFeed<Entry>>> = await changeFeed(
      sources,
      { since, first, after },
      () => undefined,
    );
    totalCount = page.totalCount;
    for (const { node } of page.edges)
      seen.push({
        source: node.source,
        id: node.event?.externalId ?? node.auditEntry!.id,
        at: Date.parse(node.occurredAt),
      });
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    between?.();
  }
  return { seen, totalCount };
}

describe('changes: vendor events and the audit log merged', () => {
  const bcTimes = times(230, 7);
  const atTimes = times(170, 11);
  const auditTimes = times(60, 13).reverse(); // the log stores oldest first
  const bc = bcTimes.map((t, k) => event('BETTERCLOUD', k, t));
  const at = atTimes.map((t, k) => event('ATLASSIAN', k, t));
  const since = new Date(BASE - 300 * MINUTE).toISOString();
  const sinceMs = Date.parse(since);

  it.each([7, 20, 100])(
    'walks every change since `since` once, newest first (page size %i)',
    async (first) => {
      const audit = fakeAudit(auditTimes.map((t, k) => entry(k, t, k % 10 === 0)));
      const { sources } = fakeVendors(bc, at);
      const { seen, totalCount } = await walkAll({ ...sources, audit }, since, first);
      const expected =
        bcTimes.filter((t) => t >= sinceMs).length +
        atTimes.filter((t) => t >= sinceMs).length +
        auditTimes.filter((t, k) => t >= sinceMs && k % 10 !== 0).length;
      expect(totalCount).toBe(expected);
      expect(seen).toHaveLength(expected);
      expect(new Set(seen.map((s) => `${s.source}:${s.id}`)).size).toBe(expected);
      expect(seen.map((s) => s.at)).toEqual(seen.map((s) => s.at).sort((a, b) => b - a));
      expect(seen.every((s) => s.at >= sinceMs)).toBe(true);
    },
  );

  it('resolves the person of an audit entry by its normalized input email, and leaves dry runs out', async () => {
    const audit = fakeAudit([entry(1, BASE - MINUTE), entry(2, BASE, true)]);
    const { sources } = fakeVendors([], []);
    const page = await changeFeed({ ...sources, audit }, { since, first: 10 }, () => undefined);
    expect(page.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        source: 'ADMINGRAPH',
        action: 'suspendUser',
        targetEmail: 'person1@example.com',
      }),
    ]);
  });

  it('does not shift the pages still to come when mutations are recorded while a client pages', async () => {
    const audit = fakeAudit(auditTimes.map((t, k) => entry(k, t)));
    const { sources } = fakeVendors(bc, at);
    let added = 0;
    const { seen } = await walkAll({ ...sources, audit }, since, 20, () => {
      audit.entries.push(entry(1000 + added++, BASE + MINUTE));
    });
    expect(added).toBeGreaterThan(0);
    expect(seen.some((s) => s.source === 'ADMINGRAPH' && Number(s.id.slice(6)) >= 1000)).toBe(false);
    expect(new Set(seen.map((s) => `${s.source}:${s.id}`)).size).toBe(seen.length);
  });

  it('costs at most one call per vendor per page', async () => {
    const { sources, calls } = fakeVendors(bc, at);
    await changeFeed({ ...sources, audit: fakeAudit([]) }, { since, first: 50 }, () => undefined);
    expect(calls).toEqual({ bettercloud: 1, atlassian: 1 });
  });

  it('refuses a cursor made under another `since`, and a `since` that is no date', async () => {
    const { sources } = fakeVendors(bc, at);
    const page = await changeFeed({ ...sources, audit: fakeAudit([]) }, { since, first: 5 }, () => undefined);
    await expect(
      changeFeed(
        { ...sources, audit: fakeAudit([]) },
        { since: new Date(sinceMs - 1).toISOString(), first: 5, after: page.pageInfo.endCursor },
        () => undefined,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    await expect(
      changeFeed({ ...sources, audit: fakeAudit([]) }, { since: 'yesterday', first: 5 }, () => undefined),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'since' } });
  });
});
