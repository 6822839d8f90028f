import { createHash } from 'node:crypto';
import { BadUserInputError, type VendorError } from '../../common/errors.js';
import { pageSize } from '../../common/validation.js';
import { mergedEventFeed, type EventFeedSources } from '../insights/event-feed.js';
import {
  normalizeEmail,
  type AuditEventModel,
  type AuditRecordLike,
  type ChangeModel,
} from '../model/index.js';
import { connectionFromEdges, type Connection } from '../paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../paging/cursor.js';

/**
 * `changes(since)`: the vendors' event feed (BetterCloud and Atlassian, merged by mergedEventFeed at
 * most one call per vendor per page) and AdminGraph's own audit log, merged newest first. The audit
 * log is ours (a file or a table, no vendor call), so its entries since `since` are read whole for a
 * true count; dry runs are left out (they changed nothing). The cursor carries the event feed's own
 * cursor and an audit position bound (the last entry shown, or the log's end when the first page was
 * read): entries appended later have higher positions and do not shift the pages still to come. Ties on time go to the vendor event, so the order is total.
 */
export interface AuditPageSource<E extends AuditRecordLike> {
  page(args: { limit: number; before?: number }): Promise<{
    entries: { position: number; entry: E }[];
    hasMore: boolean;
  }>;
}

interface ChangeCursor extends Record<string, unknown> {
  /** The event feed's cursor after the last vendor event shown (null: none shown yet). */
  e: string | null;
  /** Audit entries below this position are still to show: the last one shown, or past the log's end on the first page. */
  p: number;
  /** Fingerprint of `since`. */
  s: string;
}
const isChangeCursor = (v: Record<string, unknown>): v is ChangeCursor =>
  (v.e === null || (typeof v.e === 'string' && v.e.length <= 8192)) &&
  Number.isSafeInteger(v.p) &&
  (v.p as number) > 0 &&
  typeof v.s === 'string';

const AUDIT_READ_PAGE = 100;
const fingerprint = (since: string) => createHash('sha256').update(since).digest('base64url').slice(0, 10);

/** Audit entries at or after `since`, newest first, without dry runs, and the log's newest position. */
async function auditSince<E extends AuditRecordLike>(log: AuditPageSource<E>, sinceMs: number) {
  const kept: { position: number; entry: E }[] = [];
  let before: number | undefined;
  let end = 0;
  for (;;) {
    const page = await log.page({ limit: AUDIT_READ_PAGE, before });
    end ||= page.entries[0]?.position ?? 0;
    for (const item of page.entries) {
      if (Date.parse(item.entry.at) < sinceMs) return { kept, end };
      if (!item.entry.dryRun) kept.push(item);
    }
    if (!page.hasMore || page.entries.length === 0) return { kept, end };
    before = page.entries[page.entries.length - 1].position;
  }
}

export function eventChange<E extends AuditRecordLike>(event: AuditEventModel): ChangeModel<E> {
  return {
    source: event.vendor === 'ATLASSIAN' ? 'ATLASSIAN' : 'BETTERCLOUD',
    occurredAt: event.occurredAt,
    action: event.action,
    actor: event.actor,
    targetEmail: event.targetEmail,
    description: event.description,
    event,
    auditEntry: null,
  };
}

export function auditChange<E extends AuditRecordLike>(entry: E): ChangeModel<E> {
  const input = entry.input as { email?: unknown } | null;
  return {
    source: 'ADMINGRAPH',
    occurredAt: entry.at,
    action: entry.mutation,
    actor: entry.principal,
    targetEmail: typeof input?.email === 'string' ? normalizeEmail(input.email) : null,
    description: `AdminGraph mutation ${entry.mutation}`,
    event: null,
    auditEntry: entry,
  };
}

export async function changeFeed<E extends AuditRecordLike>(
  sources: EventFeedSources & { audit: AuditPageSource<E> },
  args: { since: string; first?: number | null; after?: string | null },
  reportFailure: (error: VendorError) => void,
): Promise<Connection<ChangeModel<E>, number | null>> {
  const size = pageSize(args.first);
  const sinceMs = Date.parse(args.since);
  if (Number.isNaN(sinceMs)) throw new BadUserInputError('`since` is not a date-time', 'since');
  const scope = fingerprint(new Date(sinceMs).toISOString());
  const decoded = args.after ? decodeCursor(args.after, isChangeCursor) : undefined;
  if (decoded && decoded.s !== scope)
    throw new BadUserInputError('`after` comes from this list with another `since`', 'after');

  const [feed, { kept: audit, end }] = await Promise.all([
    mergedEventFeed(
      sources,
      { first: size, after: decoded?.e ?? null, filter: { from: new Date(sinceMs).toISOString() } },
      reportFailure,
    ),
    auditSince(sources.audit, sinceMs),
  ]);
  const start: ChangeCursor = decoded ?? { e: null, p: end + 1, s: scope };
  const pending = audit.filter((a) => a.position < start.p);
  const edges: { cursor: string; node: ChangeModel<E> }[] = [];
  let i = 0;
  let j = 0;
  let e = start.e;
  let p = start.p;
  while (edges.length < size) {
    const event = feed.edges[i];
    const entry = pending[j];
    if (!event && !entry) break;
    // The vendor feed's page ran out while it has more: its next event might be newer than this entry.
    if (!event && feed.pageInfo.hasNextPage) break;
    const takeEvent = event && (!entry || Date.parse(event.node.occurredAt) >= Date.parse(entry.entry.at));
    if (takeEvent) {
      e = event.cursor;
      i++;
      edges.push({ cursor: encodeCursor({ e, p, s: scope }), node: eventChange<E>(event.node) });
    } else {
      p = entry.position;
      j++;
      edges.push({ cursor: encodeCursor({ e, p, s: scope }), node: auditChange(entry.entry) });
    }
  }
  return connectionFromEdges(edges, {
    hasNextPage: i < feed.edges.length || feed.pageInfo.hasNextPage || j < pending.length,
    // The merged positions run forward only (no `last`/`before`): no page is reported behind.
    hasPreviousPage: false,
    totalCount: feed.totalCount === null ? null : feed.totalCount + audit.length,
  });
}
