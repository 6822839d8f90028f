import { badRequest } from '../core/http-types.js';

/**
 * Snow Atlas `filter` and `sort` query parameters
 * (https://docs.snowsoftware.io/snow-atlas-api/resources/get-started-with-apis/api-conventions#filter-api-call-results):
 * `filter=email -eq "jsmith@example.com"`, `name -contains 'postman'`, conditions joined by
 * `-and` / `-or` (`-and` binds tighter; no parentheses); `sort=field:asc,other:desc`.
 * String values must be quoted (the vendor's own 400 example: "Filter field name needs to be
 * formatted as a string."); numbers, booleans and `null` are bare. String comparison ignores case.
 * Hand-written: no library speaks this dialect.
 */

export type FieldType = 'string' | 'number' | 'boolean' | 'datetime' | 'number-list' | 'string-list';
/** Datetime fields may give an ISO string or epoch milliseconds. */
type Value = string | number | boolean | null | readonly number[] | readonly string[];

export interface FieldDefinition<Row> {
  type: FieldType;
  get(row: Row): Value;
  /** Compare the trimmed value (Snow keeps some emails as typed, padded with spaces). */
  trim?: boolean;
}

export type FieldTable<Row> = Record<string, FieldDefinition<Row>>;

const operatorsByType: Record<FieldType, readonly string[]> = {
  string: ['-eq', '-ne', '-contains', '-notcontains', '-startswith', '-endswith'],
  number: ['-eq', '-ne', '-gt', '-ge', '-lt', '-le'],
  datetime: ['-eq', '-ne', '-gt', '-ge', '-lt', '-le'],
  boolean: ['-eq', '-ne'],
  'number-list': ['-contains', '-notcontains'],
  'string-list': ['-contains', '-notcontains'],
};
const allOperators = new Set(Object.values(operatorsByType).flat());

type Token = { kind: 'word'; text: string } | { kind: 'quoted'; text: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"' || ch === "'") {
      let text = '';
      i++;
      while (i < filter.length && filter[i] !== ch) {
        if (filter[i] === '\\' && i + 1 < filter.length) i++;
        text += filter[i++];
      }
      if (i >= filter.length)
        throw badRequest(`Filter has an unterminated string starting with ${ch}${text.slice(0, 20)}`);
      i++;
      tokens.push({ kind: 'quoted', text });
    } else {
      let text = '';
      while (i < filter.length && !/\s/.test(filter[i]) && filter[i] !== '"' && filter[i] !== "'")
        text += filter[i++];
      tokens.push({ kind: 'word', text });
    }
  }
  return tokens;
}

/** Compiles a Snow filter expression into a row predicate; 400 in Snow's body when it is malformed. */
export function compileFilter<Row>(filter: string, fields: FieldTable<Row>): (row: Row) => boolean {
  const tokens = tokenize(filter);
  if (tokens.length === 0) throw badRequest('Filter must not be empty');
  const anyOf: ((row: Row) => boolean)[][] = [[]];
  let i = 0;
  for (;;) {
    if (tokens.length - i < 3)
      throw badRequest(`Filter is incomplete: expected "<field> <operator> <value>" in "${filter}"`);
    anyOf[anyOf.length - 1].push(compileCondition(tokens[i], tokens[i + 1], tokens[i + 2], fields));
    i += 3;
    if (i === tokens.length) break;
    const joiner = tokens[i];
    const word = joiner.kind === 'word' ? joiner.text.toLowerCase() : '';
    if (word === '-or') anyOf.push([]);
    else if (word !== '-and') throw badRequest(`Filter expected -and or -or, got "${joiner.text}"`);
    i++;
  }
  return (row) => anyOf.some((allOf) => allOf.every((test) => test(row)));
}

function compileCondition<Row>(
  fieldToken: Token,
  opToken: Token,
  valueToken: Token,
  fields: FieldTable<Row>,
): (row: Row) => boolean {
  if (fieldToken.kind !== 'word')
    throw badRequest(`Filter field name must not be quoted, got "${fieldToken.text}"`);
  const name = fieldToken.text;
  const field = lookupField(fields, name, 'filter');
  const op = opToken.kind === 'word' ? opToken.text.toLowerCase() : '';
  if (!allOperators.has(op)) throw badRequest(`Filter operator "${opToken.text}" is not supported`);
  if (!operatorsByType[field.type].includes(op))
    throw badRequest(
      `Filter operator ${op} cannot be used on field ${name}; use one of ${operatorsByType[field.type].join(', ')}`,
    );

  switch (field.type) {
    case 'string': {
      if (valueToken.kind !== 'quoted') {
        if (valueToken.text === 'null') return nullTest(field, op);
        throw badRequest(`Filter field ${name} needs to be formatted as a string.`);
      }
      const wanted = valueToken.text.trim().toLowerCase();
      const read = (row: Row) => {
        const v = field.get(row) as string | null;
        return v === null ? null : (field.trim ? v.trim() : v).toLowerCase();
      };
      return stringTest(op, wanted, read);
    }
    case 'number': {
      if (valueToken.kind === 'word' && valueToken.text === 'null') return nullTest(field, op);
      const n = Number(valueToken.text);
      if (valueToken.kind !== 'word' || valueToken.text === '' || !Number.isFinite(n))
        throw badRequest(`Filter field ${name} needs to be formatted as a number.`);
      return orderedTest(op, n, (row) => field.get(row) as number | null);
    }
    case 'datetime': {
      if (valueToken.kind === 'word' && valueToken.text === 'null') return nullTest(field, op);
      const t = Date.parse(valueToken.text);
      if (valueToken.kind !== 'quoted' || Number.isNaN(t))
        throw badRequest(`Filter field ${name} needs to be formatted as a quoted ISO 8601 date-time.`);
      return orderedTest(op, t, (row) => {
        const v = field.get(row) as string | number | null;
        return typeof v === 'string' ? Date.parse(v) : v;
      });
    }
    case 'boolean': {
      const text = valueToken.text.toLowerCase();
      if (valueToken.kind !== 'word' || (text !== 'true' && text !== 'false'))
        throw badRequest(`Filter field ${name} needs to be formatted as a boolean (true or false).`);
      const wanted = text === 'true';
      return op === '-eq' ? (row) => field.get(row) === wanted : (row) => field.get(row) !== wanted;
    }
    case 'number-list': {
      const n = Number(valueToken.text);
      if (valueToken.kind !== 'word' || valueToken.text === '' || !Number.isInteger(n))
        throw badRequest(`Filter field ${name} needs to be formatted as an integer.`);
      const has = (row: Row) => (field.get(row) as readonly number[]).includes(n);
      return op === '-contains' ? has : (row) => !has(row);
    }
    case 'string-list': {
      if (valueToken.kind !== 'quoted')
        throw badRequest(`Filter field ${name} needs to be formatted as a string.`);
      const wanted = valueToken.text.toLowerCase();
      const has = (row: Row) => (field.get(row) as readonly string[]).some((v) => v.toLowerCase() === wanted);
      return op === '-contains' ? has : (row) => !has(row);
    }
  }
}

function stringTest<Row>(
  op: string,
  wanted: string,
  read: (row: Row) => string | null,
): (row: Row) => boolean {
  switch (op) {
    case '-eq':
      return (row) => read(row) === wanted;
    case '-ne':
      return (row) => read(row) !== wanted;
    case '-contains':
      return (row) => read(row)?.includes(wanted) ?? false;
    case '-notcontains':
      return (row) => !(read(row)?.includes(wanted) ?? false);
    case '-startswith':
      return (row) => read(row)?.startsWith(wanted) ?? false;
    default:
      return (row) => read(row)?.endsWith(wanted) ?? false;
  }
}

function orderedTest<Row>(
  op: string,
  wanted: number,
  read: (row: Row) => number | null,
): (row: Row) => boolean {
  const holds: Record<string, (difference: number) => boolean> = {
    '-eq': (d) => d === 0,
    '-ne': (d) => d !== 0,
    '-gt': (d) => d > 0,
    '-ge': (d) => d >= 0,
    '-lt': (d) => d < 0,
    '-le': (d) => d <= 0,
  };
  const test = holds[op];
  // A missing value matches only -ne, as in SQL's "IS DISTINCT FROM".
  return (row) => {
    const v = read(row);
    return v === null ? op === '-ne' : test(v - wanted);
  };
}

function nullTest<Row>(field: FieldDefinition<Row>, op: string): (row: Row) => boolean {
  if (op === '-eq') return (row) => field.get(row) === null;
  if (op === '-ne') return (row) => field.get(row) !== null;
  throw badRequest(`Filter value null can only be used with -eq or -ne`);
}

function lookupField<Row>(
  fields: FieldTable<Row>,
  name: string,
  what: 'filter' | 'sort',
): FieldDefinition<Row> {
  // Snow field names are camelCase; accept any case, as its API does.
  const key = Object.prototype.hasOwnProperty.call(fields, name)
    ? name
    : Object.keys(fields).find((k) => k.toLowerCase() === name.toLowerCase());
  if (!key)
    throw badRequest(`Unknown ${what} field "${name}". Supported fields: ${Object.keys(fields).join(', ')}`);
  return fields[key];
}

/**
 * Compiles `sort=field:asc,other:desc` into a function that sorts rows; rows equal on every key
 * keep their default order. Keys are computed once per row, not once per comparison.
 */
export function compileSort<Row>(sort: string, fields: FieldTable<Row>): (rows: readonly Row[]) => Row[] {
  const keys = sort.split(',').map((part) => {
    const [name, direction = 'asc', ...rest] = part.trim().split(':');
    if (!name || rest.length > 0)
      throw badRequest(`Sort must look like "field:asc" or "field:desc", got "${part}"`);
    const dir = direction.toLowerCase();
    if (dir !== 'asc' && dir !== 'desc')
      throw badRequest(`Sort direction must be asc or desc, got "${direction}"`);
    const field = lookupField(fields, name, 'sort');
    if (field.type === 'number-list' || field.type === 'string-list')
      throw badRequest(`Cannot sort by list field ${name}`);
    return { field, sign: dir === 'asc' ? 1 : -1 };
  });
  return (rows) => {
    const decorated = rows.map((row, position) => ({
      row,
      position,
      values: keys.map(({ field }) => sortable(field, row)),
    }));
    decorated.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const c = compareValues(a.values[k], b.values[k]);
        if (c !== 0) return c * keys[k].sign;
      }
      return a.position - b.position;
    });
    return decorated.map((d) => d.row);
  };
}

function sortable<Row>(field: FieldDefinition<Row>, row: Row): string | number | null {
  const v = field.get(row) as string | number | boolean | null;
  if (v === null) return null;
  if (field.type === 'string') return (field.trim ? (v as string).trim() : (v as string)).toLowerCase();
  if (field.type === 'datetime') return typeof v === 'string' ? Date.parse(v) : (v as number);
  if (field.type === 'boolean') return v ? 1 : 0;
  return v as number;
}

/** Nulls sort first ascending, as SQL Server (Snow's store) does. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
