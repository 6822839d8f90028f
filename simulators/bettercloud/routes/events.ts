import type { Router } from '../../core/router.js';
import { invalidParameter } from '../errors.js';
import { paginate, pageRequest } from '../pagination.js';
import type { BetterCloudState } from '../state.js';
import type { StoredEvent } from '../types.js';
import { dateTimeQuery } from '../validation.js';

/** The audit feed, newest first: https://developer.bettercloud.com/ (seed 000, tag Events). */
export function eventRoutes(router: Router, state: BetterCloudState): void {
  router.get('/v1/events', 'listEvents', (req) => {
    const page = pageRequest(req);
    const from = dateTimeQuery(req, 'from');
    const to = dateTimeQuery(req, 'to');
    if (from !== undefined && to !== undefined && from > to)
      throw invalidParameter('"from" must not be after "to"');
    const type = req.query.get('type');
    const userId = req.query.get('user_id');
    const filtered = from !== undefined || to !== undefined || type !== null || userId !== null;
    const matches = (e: StoredEvent) =>
      (from === undefined || e.occurredAtMs >= from) &&
      (to === undefined || e.occurredAtMs <= to) &&
      (type === null || e.event.type === type) &&
      (userId === null || e.userId === userId);
    // Stored oldest first, so the newest-first page is read from the end: no copy, no sort.
    const last = state.events.length - 1;
    const { items, meta } = paginate(
      state.events.length,
      (i) => state.events[last - i],
      page,
      filtered ? matches : undefined,
    );
    return { body: { data: items.map((e) => e.event), meta } };
  });
}
