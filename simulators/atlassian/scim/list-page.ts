import type { SimRequest } from '../../core/http-types.js';
import { invalidValue } from './errors.js';
import { LIST_RESPONSE_SCHEMA } from './schema-urns.js';

/**
 * The most resources one page returns, and the page size when `count` is absent. Atlassian's doc
 * gives no number; its ServiceProviderConfig answers `filter.maxResults: 100`, so larger counts are
 * capped there silently, as RFC 7644 §3.4.2.4 has servers do.
 */
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** 1-based, as SCIM has it. */
  startIndex: number;
  count: number;
}

/** RFC 7644 §3.4.2.4: startIndex below 1 counts as 1, a negative count as 0; non-integers are invalid. */
export function pageRequest(req: SimRequest): PageRequest {
  return {
    startIndex: Math.max(1, integerParam(req, 'startIndex') ?? 1),
    count: Math.min(MAX_PAGE_SIZE, Math.max(0, integerParam(req, 'count') ?? MAX_PAGE_SIZE)),
  };
}

export interface ListResponse<T> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

/** One page of an already-ordered list, each item rendered only if it is on the page. */
export function listResponse<S, T>(
  items: readonly S[],
  page: PageRequest,
  render: (item: S) => T,
): ListResponse<T> {
  const slice = items.slice(page.startIndex - 1, page.startIndex - 1 + page.count);
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: items.length,
    startIndex: page.startIndex,
    itemsPerPage: slice.length,
    Resources: slice.map(render),
  };
}

function integerParam(req: SimRequest, name: string): number | undefined {
  const raw = req.query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  if (!/^-?\d+$/.test(raw.trim())) throw invalidValue(`"${name}" must be an integer, got "${raw}"`);
  return Number(raw);
}
