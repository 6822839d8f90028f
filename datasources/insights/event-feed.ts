import { createHash } from 'node:crypto';
import { BadUserInputError, NotFoundError, VendorError, vendorBadResponse } from '../../common/errors.js';
import type { AtlassianDatasource, BetterCloudDatasource, EventFilter } from '../contracts.js';
import type { AuditEventModel, ConnectionModel, VendorName } from '../model/index.js';
import { pageSize } from '../../common/validation.js';
import { connectionFromEdges } from '../paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../paging/cursor.js';
import { singlePageFrom } from '../bettercloud/pagination.js';

/**
 * The audit feed of BetterCloud and Atlassian merged newest first into one connection.
 *
 * The two vendors page differently (BetterCloud by page number, Atlassian by an opaque keyset cursor
 * of 50 events; each sends the number of events matching the filter), so the AdminGraph cursor carries both positions:
 * how many BetterCloud events were shown (`b`), and the Atlassian page being read (`c`: its vendor
 * cursor, null for the first page) with how many of its events were shown (`i`). Each page then
 * costs at most one call per vendor: one BetterCloud page chosen to cover the next `first` events
 * (singlePageFrom), and the current Atlassian page re-read from its cursor. The price is that a page
 * may hold fewer than `first` events: it stops where one vendor's fetched events run out while that
 * vendor has more (the next one might be newer than the other vendor's next); `hasNextPage` tells.
 * Ties on time go to BetterCloud, so the order is total and pages neither repeat nor skip events.
 *
 * The Atlassian events are the configured organization's (`AtlassianDatasource.configuredOrgId`),
 * never another org the credentials happen to reach. The org travels in the cursor too; a cursor
 * naming another org is refused like any forged cursor.
 *
 * `totalCount` is the sum of the included vendors' totals (BetterCloud's and Atlassian's `meta.total`),
 * null when one of them did not report it. A vendor not asked on a page (its feed exhausted) counts
 * with the total it last reported, which the cursor carries (`bn`, `an`).
 *
 * A vendor that fails is left out of the page and reported through `reportFailure`; the cursor keeps
 * its position, so a later page resumes it. BetterCloud's offsets shift when events are recorded
 * between two pages (its dialect has no keyset); Atlassian's cursor does not.
 */
export interface EventFeedSources {
  bettercloud: BetterCloudDatasource;
  atlassian: AtlassianDatasource;
}

export interface EventFeedArgs {
  first?: number | null;
  after?: string | null;
  filter: {
    vendor?: VendorName | null;
    from?: string | null;
    to?: string | null;
    /** The vendor's event type: BetterCloud `type`, Atlassian `action`. */
    action?: string | null;
    /** Only events about this person: BetterCloud filters by its user; Atlassian cannot, so it is left out. */
    userEmail?: string | null;
  };
}

/** The cursor of one edge: where each vendor's feed stands after that edge. */
interface EventFeedCursor extends Record<string, unknown> {
  /** Fingerprint of the filter the cursor was made under. */
  f: string;
  /** BetterCloud events shown so far, and whether BetterCloud has no more (or is filtered out). */
  b: number;
  bd: boolean;
  /** Atlassian org, page cursor (null: first page), events of that page shown, and whether it has no more. */
  o: string | null;
  c: string | null;
  i: number;
  ad: boolean;
  /** The totals BetterCloud and Atlassian last reported (null: unknown). */
  bn: number | null;
  an: number | null;
}

const MAX_VENDOR_CURSOR = 2048;
const ORG_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ATLASSIAN_EVENTS_PER_PAGE_LIMIT = 1000;

const isEventFeedCursor = (v: Record<string, unknown>): v is EventFeedCursor =>
  typeof v.f === 'string' &&
  Number.isSafeInteger(v.b) &&
  (v.b as number) >= 0 &&
  typeof v.bd === 'boolean' &&
  (v.o === null || (typeof v.o === 'string' && ORG_ID.test(v.o))) &&
  (v.c === null || (typeof v.c === 'string' && v.c.length > 0 && v.c.length <= MAX_VENDOR_CURSOR)) &&
  Number.isInteger(v.i) &&
  (v.i as number) >= 0 &&
  (v.i as number) <= ATLASSIAN_EVENTS_PER_PAGE_LIMIT &&
  typeof v.ad === 'boolean' &&
  isTotal(v.bn) &&
  isTotal(v.an);

function isTotal(v: unknown): v is number | null {
  return v === null || (Number.isSafeInteger(v) && (v as number) >= 0);
}

function filterFingerprint(filter: EventFeedArgs['filter']): string {
  const key = JSON.stringify([
    filter.vendor ?? null,
    filter.from ?? null,
    filter.to ?? null,
    ...(filter.action || filter.userEmail ? [filter.action ?? null, filter.userEmail ?? null] : []),
  ]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 10);
}

const timeOf = (event: AuditEventModel) => {
  const ms = Date.parse(event.occurredAt);
  return Number.isNaN(ms) ? 0 : ms;
};

interface BetterCloudSlice {
  events: AuditEventModel[];
  total: number;
}

interface AtlassianSlice {
  orgId: string | null;
  /** The vendor cursor of the page `events` come from (null: first page). */
  cursor: string | null;
  /** Events of that page already shown before this GraphQL page. */
  skipped: number;
  /** The page's events after `skipped`. */
  events: AuditEventModel[];
  pageLength: number;
  nextCursor: string | undefined;
  /** Events matching the filter in the whole log, when Atlassian reports it. */
  total: number | undefined;
}

export async function mergedEventFeed(
  sources: EventFeedSources,
  args: EventFeedArgs,
  reportFailure: (error: VendorError) => void,
): Promise<Omit<ConnectionModel<AuditEventModel>, 'totalCount'> & { totalCount: number | null }> {
  const size = pageSize(args.first);
  const { filter } = args;
  if (filter.from && filter.to && Date.parse(filter.from) > Date.parse(filter.to))
    throw new BadUserInputError('`filter.from` must not be after `filter.to`', 'filter');
  if (filter.userEmail && filter.vendor === 'ATLASSIAN')
    throw new BadUserInputError(
      "`filter.userEmail`: Atlassian's audit log cannot be filtered by person",
      'filter',
    );
  if (filter.action !== undefined && filter.action !== null && filter.action.trim() === '')
    throw new BadUserInputError('`filter.action` must not be empty', 'filter');
  const withBetterCloud = !filter.vendor || filter.vendor === 'BETTERCLOUD';
  const withAtlassian = (!filter.vendor || filter.vendor === 'ATLASSIAN') && !filter.userEmail;
  const fingerprint = filterFingerprint(filter);

  const start: EventFeedCursor = args.after
    ? decodeCursor(args.after, isEventFeedCursor)
    : {
        f: fingerprint,
        b: 0,
        bd: !withBetterCloud,
        o: null,
        c: null,
        i: 0,
        ad: !withAtlassian,
        bn: null,
        an: null,
      };
  if (start.f !== fingerprint)
    throw new BadUserInputError('`after` comes from this list under another filter', 'after');
  if ((!withBetterCloud && !start.bd) || (!withAtlassian && !start.ad))
    throw new BadUserInputError('`after` is not a cursor this list produced', 'after');

  const vendorFilter: EventFilter = {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.action ? { action: filter.action.trim() } : {}),
    ...(filter.userEmail ? { targetEmail: filter.userEmail } : {}),
  };
  const failures: VendorError[] = [];
  const tolerate = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof VendorError)) throw error;
      failures.push(error);
      return undefined;
    }
  };

  // A BetterCloud feed known to be exhausted is not asked again, except alone: its total is the list's.
  const askBetterCloud = withBetterCloud && (!start.bd || !withAtlassian);
  const askAtlassian = withAtlassian && !start.ad;
  const [bc, at] = await Promise.all([
    askBetterCloud
      ? tolerate(() => readBetterCloud(sources.bettercloud, start.b, size, vendorFilter))
      : undefined,
    askAtlassian ? tolerate(() => readAtlassian(sources.atlassian, start, vendorFilter)) : undefined,
  ]);
  const asked = Number(askBetterCloud) + Number(askAtlassian);
  if (asked > 0 && failures.length === asked) throw failures[0];
  failures.forEach(reportFailure);

  // Whether a vendor may still hold events beyond what was fetched for this page.
  const bcMore = (shown: number) => bc !== undefined && bc.events.length > 0 && start.b + shown < bc.total;
  const atMore = (shown: number) =>
    at !== undefined && shown >= at.events.length && at.nextCursor !== undefined;

  // Each included vendor's total: read now, or carried from the page that last read it; 0 when excluded.
  const totalOf = (
    included: boolean,
    asked: boolean,
    read: { total?: number } | undefined,
    carried: number | null,
  ) => {
    if (!included) return 0;
    if (!asked) return carried;
    return read?.total ?? null;
  };
  const bcTotal = totalOf(withBetterCloud, askBetterCloud, bc, start.bn);
  const atTotal = totalOf(withAtlassian, askAtlassian, at, start.an);

  const edges: ConnectionModel<AuditEventModel>['edges'] = [];
  let i = 0;
  let j = 0;
  const cursorAfter = (): string => {
    const state: EventFeedCursor = {
      ...start,
      bn: withBetterCloud ? bcTotal : null,
      an: withAtlassian ? atTotal : null,
    };
    if (bc) Object.assign(state, { b: start.b + i, bd: !bcMore(i) && i >= bc.events.length });
    if (at) {
      const consumed = at.skipped + j;
      if (consumed < at.pageLength)
        Object.assign(state, { o: at.orgId, c: at.cursor, i: consumed, ad: false });
      else if (at.nextCursor !== undefined)
        Object.assign(state, { o: at.orgId, c: at.nextCursor, i: 0, ad: false });
      else Object.assign(state, { o: at.orgId, c: null, i: 0, ad: true });
    }
    return encodeCursor(state);
  };

  while (edges.length < size) {
    const bcNext = bc?.events[i];
    const atNext = at?.events[j];
    let takeBetterCloud: boolean;
    if (bcNext && atNext) takeBetterCloud = timeOf(bcNext) >= timeOf(atNext);
    else if (bcNext) takeBetterCloud = true;
    else if (atNext) takeBetterCloud = false;
    else break;
    // The vendor whose fetched events ran out may have a newer one next: stop rather than guess.
    if (takeBetterCloud && !atNext && atMore(j)) break;
    if (!takeBetterCloud && !bcNext && bcMore(i)) break;
    const node = takeBetterCloud ? bcNext! : atNext!;
    if (takeBetterCloud) i++;
    else j++;
    edges.push({ cursor: cursorAfter(), node });
  }

  const hasNextPage =
    (bc !== undefined && (i < bc.events.length || bcMore(i))) ||
    (at !== undefined && (j < at.events.length || atMore(j)));
  return connectionFromEdges(edges, {
    hasNextPage,
    // The positions run forward only (Atlassian's cursors have no way back): no `last`/`before`.
    hasPreviousPage: false,
    totalCount: bcTotal === null || atTotal === null ? null : bcTotal + atTotal,
  });
}

/** The next `size` BetterCloud events from `offset` (fewer when no single page covers them): one call. */
async function readBetterCloud(
  bettercloud: BetterCloudDatasource,
  offset: number,
  size: number,
  filter: EventFilter,
): Promise<BetterCloudSlice> {
  const plan = singlePageFrom(offset, size);
  // An aligned window of exactly one page is one `listEvents` call (page `plan.page`, `per_page` `plan.perPage`).
  const window = await bettercloud.listEvents((plan.page - 1) * plan.perPage, plan.perPage, filter);
  return { events: window.items.slice(plan.skip, plan.skip + plan.covered), total: window.total };
}

/**
 * The rest of the Atlassian page the cursor stands in: one call (plus one for the org on the first
 * page). A page with nothing left but a next cursor is skipped (only when the vendor answers an
 * empty page), so every GraphQL page makes progress.
 */
async function readAtlassian(
  atlassian: AtlassianDatasource,
  start: EventFeedCursor,
  filter: EventFilter,
): Promise<AtlassianSlice> {
  const orgId = atlassian.configuredOrgId;
  // A cursor naming another organization (tampered: ours only name the served one) is outside the tenant.
  if (start.o !== null && start.o !== undefined && start.o !== orgId)
    throw new NotFoundError(
      `No Atlassian organization "${start.o}" in the tenant AdminGraph serves`,
      'ATLASSIAN',
    );
  let cursor = start.c;
  let skipped = start.i;
  const seen = new Set<string>();
  for (;;) {
    const page = await atlassian.listEventsPage(orgId, cursor ?? undefined, filter);
    if (skipped > page.items.length)
      throw new BadUserInputError('`after` is not a cursor this list produced', 'after');
    const events = page.items.slice(skipped);
    if (events.length > 0 || page.nextCursor === undefined)
      return {
        orgId,
        cursor,
        skipped,
        events,
        pageLength: page.items.length,
        nextCursor: page.nextCursor,
        total: page.total,
      };
    if (seen.has(page.nextCursor))
      throw vendorBadResponse('ATLASSIAN', 'the event log repeats a page cursor');
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
    skipped = 0;
  }
}
