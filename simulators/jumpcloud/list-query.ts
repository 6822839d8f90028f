import { badRequest } from '../core/http-types.js';
import type { SimRequest } from '../core/http-types.js';
import { intParam } from '../core/query-params.js';

/**
 * JumpCloud API v2 list parameters (https://docs.jumpcloud.com/api/2.0/index.html#section/Filtering):
 * `filter=<field>:<operator>:<value>` (repeatable, AND-ed; operators eq, ne, gt, ge, lt, le, between,
 * search, in), `sort=a,-b`, `sortIgnoreCase=a`, `fields=a,b`, `limit` (default 10, at most 100) and `skip`.
 * Hand-written because no library speaks this dialect.
 */
export interface ListOptions {
  /** Fields a filter or sort may name (dotted paths reach into nested objects, e.g. `organization.id`). */
  fields: readonly string[];
  /** Whether the operation takes `fields` (some list operations do not). */
  projection?: boolean;
}

export interface ListPage<T> {
  items: T[];
  totalCount: number;
}

type Predicate = (record: Record<string, unknown>) => boolean;

const operators = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'between', 'search', 'in'] as const;
type Operator = (typeof operators)[number];

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Filters, sorts and pages `records`; the input order is the default order and is kept when no sort is given. */
export function listQuery<T extends object>(
  req: SimRequest,
  records: readonly T[],
  options: ListOptions,
): ListPage<Partial<T>> {
  const limit = intParam(req, 'limit', {
    default: DEFAULT_LIMIT,
    min: 1,
    max: MAX_LIMIT,
    aboveMax: 'reject',
  });
  const skip = intParam(req, 'skip', { default: 0, min: 0 });
  const predicates = req.query
    .getAll('filter')
    .filter((f) => f !== '')
    .map((f) => parseFilter(f, options.fields));
  const comparators = [
    ...parseSort(req.query.get('sort'), options.fields, false),
    ...parseSort(req.query.get('sortIgnoreCase'), options.fields, true),
  ];
  const projection =
    options.projection === false ? undefined : parseFields(req.query.get('fields'), options.fields);

  let selected = predicates.length
    ? records.filter((r) => predicates.every((p) => p(r as Record<string, unknown>)))
    : records.slice();
  if (comparators.length) {
    selected = selected.sort((a, b) => {
      for (const compare of comparators) {
        const result = compare(a as Record<string, unknown>, b as Record<string, unknown>);
        if (result !== 0) return result;
      }
      return 0;
    });
  }
  const page = selected.slice(skip, skip + limit);
  return { items: projection ? page.map((r) => project(r, projection)) : page, totalCount: selected.length };
}

function parseFilter(raw: string, fields: readonly string[]): Predicate {
  const first = raw.indexOf(':');
  const second = first < 0 ? -1 : raw.indexOf(':', first + 1);
  if (first <= 0 || second < 0)
    throw badRequest(`Invalid filter "${raw}": expected <field>:<operator>:<value>`);
  const field = raw.slice(0, first);
  const operator = raw.slice(first + 1, second) as Operator;
  const value = raw.slice(second + 1);
  if (!fields.includes(field)) throw badRequest(`Invalid filter "${raw}": unknown field "${field}"`);
  if (!operators.includes(operator))
    throw badRequest(
      `Invalid filter "${raw}": unsupported operator "${operator}" (use ${operators.join(', ')})`,
    );

  const read = (record: Record<string, unknown>) => readPath(record, field);
  switch (operator) {
    case 'eq':
      return (r) => matchesWildcard(read(r), value);
    case 'ne':
      return (r) => !matchesWildcard(read(r), value);
    case 'gt':
      return (r) => compareValues(read(r), value) > 0;
    case 'ge':
      return (r) => compareValues(read(r), value) >= 0;
    case 'lt':
      return (r) => compareValues(read(r), value) < 0;
    case 'le':
      return (r) => compareValues(read(r), value) <= 0;
    case 'between': {
      const bounds = value.split(',');
      if (bounds.length !== 2 || bounds.some((b) => b === ''))
        throw badRequest(`Invalid filter "${raw}": between takes <low>,<high>`);
      return (r) => compareValues(read(r), bounds[0]) >= 0 && compareValues(read(r), bounds[1]) <= 0;
    }
    case 'search': {
      const needle = value.toLowerCase();
      return (r) =>
        String(read(r) ?? '')
          .toLowerCase()
          .includes(needle);
    }
    case 'in': {
      const options = value.split('|');
      return (r) => options.some((option) => matchesWildcard(read(r), option));
    }
  }
}

function readPath(record: Record<string, unknown>, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Case-sensitive equality; `*` in the value matches any run of characters (JumpCloud's "supports wild cards"). */
function matchesWildcard(actual: unknown, expected: string): boolean {
  if (actual === undefined || actual === null) return false;
  const text = String(actual);
  if (!expected.includes('*')) return text === expected;
  const pattern = expected
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(text);
}

/** Numbers compare as numbers, everything else as text (ISO dates sort correctly as text). */
function compareValues(actual: unknown, expected: string): number {
  if (actual === undefined || actual === null) return Number.NaN;
  const actualNumber = typeof actual === 'number' ? actual : Number(actual);
  const expectedNumber = Number(expected);
  if (actual !== '' && expected !== '' && !Number.isNaN(actualNumber) && !Number.isNaN(expectedNumber))
    return actualNumber - expectedNumber;
  const text = String(actual);
  return text < expected ? -1 : text > expected ? 1 : 0;
}

type Comparator = (a: Record<string, unknown>, b: Record<string, unknown>) => number;

function parseSort(raw: string | null, fields: readonly string[], ignoreCase: boolean): Comparator[] {
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const descending = entry.startsWith('-');
    const field = descending ? entry.slice(1) : entry;
    if (!fields.includes(field)) throw badRequest(`Invalid sort "${raw}": unknown field "${field}"`);
    const direction = descending ? -1 : 1;
    return (a, b) => direction * compareForSort(readPath(a, field), readPath(b, field), ignoreCase);
  });
}

function compareForSort(a: unknown, b: unknown, ignoreCase: boolean): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = ignoreCase ? String(a).toLowerCase() : String(a);
  const right = ignoreCase ? String(b).toLowerCase() : String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function parseFields(raw: string | null, fields: readonly string[]): string[] | undefined {
  if (!raw) return undefined;
  const selected = raw.split(',').filter(Boolean);
  for (const field of selected)
    if (!fields.includes(field) || field.includes('.'))
      throw badRequest(`Invalid fields "${raw}": unknown field "${field}"`);
  return selected;
}

/** JumpCloud keeps `id` in every projected record, so a client can always tell records apart. */
function project<T extends object>(record: T, fields: string[]): Partial<T> {
  const result: Partial<T> = {};
  for (const field of ['id', ...fields])
    if (field in record) result[field as keyof T] = record[field as keyof T];
  return result;
}
