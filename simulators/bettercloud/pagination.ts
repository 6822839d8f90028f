import { VendorHttpError, type SimRequest } from '../core/http-types.js';
import { intParam } from '../core/query-params.js';
import { invalidParameter } from './errors.js';

export interface BetterCloudPageRequest {
  page: number;
  perPage: number;
}

export interface BetterCloudPage<T> {
  data: T[];
  meta: { page: number; per_page: number; total: number };
}

/** Reads `page` (1-based, default 1) and `per_page` (1 to 100, default 25; more is a 400, as the spec's maximum says). */
export function pageRequest(req: SimRequest): BetterCloudPageRequest {
  try {
    return {
      page: intParam(req, 'page', { default: 1, min: 1 }),
      perPage: intParam(req, 'per_page', { default: 25, min: 1, max: 100, aboveMax: 'reject' }),
    };
  } catch (error) {
    if (error instanceof VendorHttpError) throw invalidParameter(error.message);
    throw error;
  }
}

/**
 * One page of a list that is already in its answer order, read through `itemAt` so the event feed
 * can be read backwards without copying. Unfiltered, a page costs O(per_page). Filtered, one pass
 * counts the matches (for `meta.total`) and keeps the page's slice; when the caller already knows
 * how many match (`knownTotal`), the pass stops as soon as the page is full.
 */
export function paginate<T>(
  length: number,
  itemAt: (index: number) => T,
  request: BetterCloudPageRequest,
  matches?: (item: T) => boolean,
  knownTotal?: number,
): { items: T[]; meta: BetterCloudPage<T>['meta'] } {
  const start = (request.page - 1) * request.perPage;
  const end = start + request.perPage;
  const items: T[] = [];
  let total = 0;
  if (!matches) {
    total = length;
    for (let i = start; i < Math.min(end, length); i++) items.push(itemAt(i));
  } else {
    for (let i = 0; i < length; i++) {
      const item = itemAt(i);
      if (!matches(item)) continue;
      if (total >= start && total < end) items.push(item);
      total++;
      if (knownTotal !== undefined && total >= end) break;
    }
    if (knownTotal !== undefined) total = knownTotal;
  }
  return { items, meta: { page: request.page, per_page: request.perPage, total } };
}
