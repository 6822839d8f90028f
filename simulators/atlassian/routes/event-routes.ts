import { badRequest, notFound } from '../../core/http-types.js';
import type { SimRequest } from '../../core/http-types.js';
import { cursorPage } from '../cursor-page.js';
import type { AuditEvent, EventAction } from '../model.js';
import { eventActions } from '../model.js';
import { renderEvent } from '../render.js';
import type { AtlassianState } from '../state.js';
import type { AddRoute } from './route-table.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Audit log, newest first: https://developer.atlassian.com/cloud/admin/organization/rest/api-group-events/ */
export function eventRoutes(route: AddRoute, state: AtlassianState): void {
  route('GET', '/v1/orgs/{orgId}/events', 'getOrganizationEvents', (req) => {
    const org = state.org(req.params.orgId);
    const from = timeParam(req, 'from');
    const to = timeParam(req, 'to');
    if (from !== undefined && to !== undefined && from > to)
      throw badRequest('"from" must not be after "to"', { errorCode: 'INVALID_FILTER' });
    const action = req.query.get('action');
    if (action !== null && !(eventActions as readonly string[]).includes(action))
      throw badRequest(`Unknown action "${action}"`, { errorCode: 'INVALID_FILTER' });

    // The feed is newest first, so a time range is one window of it, found by binary search.
    const events = org.events;
    const start = to === undefined ? 0 : firstIndex(events, (e) => Date.parse(e.time) <= to);
    const end = from === undefined ? events.length : firstIndex(events, (e) => Date.parse(e.time) < from);
    const page = cursorPage(req, {
      items: events,
      rank: (e) => -e.seq,
      list: `events.${org.id}`,
      window: [start, Math.max(start, end)],
      matches: action === null ? undefined : (e) => e.action === (action as EventAction),
    });
    return { body: { ...page, data: page.data.map(renderEvent) } };
  });

  route('GET', '/v1/orgs/{orgId}/events/{eventId}', 'getEventById', (req) => {
    const event = state.org(req.params.orgId).eventsById.get(req.params.eventId);
    if (!event) throw notFound(`Event ${req.params.eventId} not found`, { errorCode: 'EVENT_NOT_FOUND' });
    return { body: renderEvent(event) };
  });
}

function timeParam(req: SimRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = Date.parse(raw);
  if (!ISO_DATE_TIME.test(raw) || Number.isNaN(ms))
    throw badRequest(`"${name}" must be an ISO 8601 date-time, got "${raw}"`, {
      errorCode: 'INVALID_FILTER',
    });
  return ms;
}

/** First index where `past` holds; it holds for every later index (times fall along the feed). */
function firstIndex(events: readonly AuditEvent[], past: (e: AuditEvent) => boolean): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(events[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
