import type { Datasources } from '../contracts.js';
import type { AuditEventModel } from '../model/index.js';
import type { IndexSource } from './index-store.js';

/** Events read per call: the vendors' page size for their audit logs. */
const PAGE = 100;

/**
 * A vendor's own record of what changed (its audit log), read instead of walking every account:
 * the people events name since the cursor are re-read one by one. The cursor is the instant of the
 * newest event seen, in the vendor's clock; events at that very instant are read again (a person
 * re-read twice costs a call, a person missed would stay stale).
 */
export interface ChangeFeed {
  /** The feed's newest instant now (read before a full walk: what changes during it is replayed). */
  head(datasources: Datasources): Promise<string | undefined>;
  /** The people named by events since `cursor`, and the cursor to read from next. */
  changedSince(datasources: Datasources, cursor: string): Promise<{ emails: string[]; cursor: string }>;
}

function collect(events: AuditEventModel[], cursor: string) {
  let newest = cursor;
  const emails = new Set<string>();
  for (const event of events) {
    if (event.targetEmail) emails.add(event.targetEmail);
    if (event.occurredAt > newest) newest = event.occurredAt;
  }
  return { emails: [...emails], cursor: newest };
}

/** BetterCloud `GET /events?from=` (newest first, offset pages): every write to a user leaves one. */
const betterCloudFeed: ChangeFeed = {
  head: async (ds) => (await ds.bettercloud.listEvents(0, 1, {})).items[0]?.occurredAt,
  changedSince: async (ds, cursor) => {
    const events: AuditEventModel[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const window = await ds.bettercloud.listEvents(offset, PAGE, { from: cursor });
      events.push(...window.items);
      if (window.items.length < PAGE || offset + PAGE >= window.total) break;
    }
    return collect(events, cursor);
  },
};

/** Atlassian's organization audit log (`getOrganizationEvents?from=`, cursor pages): user_suspended, user_restored, ... */
const atlassianFeed: ChangeFeed = {
  head: async (ds) =>
    (await ds.atlassian.listEventsPage(ds.atlassian.configuredOrgId, undefined, {})).items[0]?.occurredAt,
  changedSince: async (ds, cursor) => {
    const events: AuditEventModel[] = [];
    let page: string | undefined;
    do {
      const answer = await ds.atlassian.listEventsPage(ds.atlassian.configuredOrgId, page, { from: cursor });
      events.push(...answer.items);
      page = answer.nextCursor;
    } while (page);
    return collect(events, cursor);
  },
};

/**
 * The sources with a change signal. Snow and JumpCloud document none; the SCIM directory filters
 * only on `userName` and `externalId` (not `meta.lastModified`), so those are walked, paced.
 */
export const changeFeeds: Partial<Record<IndexSource, ChangeFeed>> = {
  BETTERCLOUD: betterCloudFeed,
  ATLASSIAN: atlassianFeed,
};
