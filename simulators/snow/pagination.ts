import type { SimRequest } from '../core/http-types.js';
import { intParam } from '../core/query-params.js';
import { compileFilter, compileSort, type FieldTable } from './query-language.js';

/** Snow's page size: 100 unless asked, at most 1000 (PageSize parameter of the vendor doc). */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface SnowLink {
  href: string;
  rel: string;
  method: string;
}

export interface SnowPage<Item> {
  items: Item[];
  pagination: { page_size: number; page_number: number; total_pages: number; total_items: number };
  /** Not in the users doc's list schema, but Snow's own client (SnowAtlasHelper) follows `rel: next` here. */
  _links: SnowLink[];
}

export interface ListOptions<Row> {
  /** Absent when the operation documents no filter/sort parameters. */
  fields?: FieldTable<Row>;
}

/**
 * Serves one page of `rows` (already in default order) the Snow way: filter, then sort, then
 * `page_size`/`page_number`. The default order is never re-sorted; only an explicit `sort` sorts.
 */
export function snowPage<Row, Item>(
  req: SimRequest,
  rows: readonly Row[],
  toItem: (row: Row) => Item,
  options: ListOptions<Row> = {},
): SnowPage<Item> {
  const pageSize = intParam(req, 'page_size', {
    default: DEFAULT_PAGE_SIZE,
    min: 1,
    max: MAX_PAGE_SIZE,
    aboveMax: 'reject',
  });
  const pageNumber = intParam(req, 'page_number', { default: 1, min: 1 });
  let selected = rows;
  if (options.fields) {
    const filter = req.query.get('filter');
    if (filter !== null && filter.trim() !== '')
      selected = selected.filter(compileFilter(filter, options.fields));
    const sort = req.query.get('sort');
    if (sort !== null && sort.trim() !== '') selected = compileSort(sort, options.fields)(selected);
  }
  const totalItems = selected.length;
  const totalPages = Math.ceil(totalItems / pageSize);
  const start = (pageNumber - 1) * pageSize;
  const items = selected.slice(start, start + pageSize).map(toItem);
  return {
    items,
    pagination: {
      page_size: pageSize,
      page_number: pageNumber,
      total_pages: totalPages,
      total_items: totalItems,
    },
    _links: pageLinks(req, pageNumber, totalPages),
  };
}

function pageLinks(req: SimRequest, pageNumber: number, totalPages: number): SnowLink[] {
  const hrefFor = (page: number) => {
    const query = new URLSearchParams(req.query);
    query.set('page_number', String(page));
    return `${req.path}?${query.toString()}`;
  };
  const links: SnowLink[] = [{ href: hrefFor(pageNumber), rel: 'self', method: 'GET' }];
  if (pageNumber > 1 && pageNumber <= totalPages)
    links.push({ href: hrefFor(pageNumber - 1), rel: 'prev', method: 'GET' });
  if (pageNumber < totalPages) links.push({ href: hrefFor(pageNumber + 1), rel: 'next', method: 'GET' });
  return links;
}
