/**
 * JumpCloud list filters (https://docs.jumpcloud.com/api/2.0/index.html#section/Filtering; specs/jumpcloud.yaml,
 * parameter `Filter`): `filter=<field>:<operator>:<value>`, repeated for several conditions (AND-ed).
 * The value is everything after the second `:`, so colons in it need no escaping; URL encoding is
 * VendorClient's. What the dialect cannot escape is refused here, so a value a client typed can
 * never widen a filter: `*` is a wildcard for `eq`/`ne`/`in`, `|` separates `in` options and `,`
 * the `between` bounds, and JumpCloud has no escape for any of them.
 */

export type JumpCloudOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'between' | 'search' | 'in';

/** One condition, ready to be one `filter` query value. */
export interface JumpCloudCondition {
  readonly filter: string;
}

const fieldName = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

function field(name: string): string {
  // Field names come from our code, never from clients; a bad one is a programming error.
  if (!fieldName.test(name)) throw new Error(`"${name}" is not a JumpCloud filter field name`);
  return name;
}

function literal(value: string | number | boolean, forbidden: string, operator: JumpCloudOperator): string {
  const text = String(value);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new RangeError('JumpCloud filter values cannot contain control characters');
  for (const char of forbidden)
    if (text.includes(char))
      throw new RangeError(
        `JumpCloud cannot match "${char}" literally with ${operator}: it has no escape for it`,
      );
  return text;
}

/** `field:eq:value` (or `ne`): exact, case-sensitive equality. */
export function equals(
  name: string,
  value: string | number | boolean,
  operator: 'eq' | 'ne' = 'eq',
): JumpCloudCondition {
  return { filter: `${field(name)}:${operator}:${literal(value, '*', operator)}` };
}

/** `field:eq:pattern` where `*` in the pattern is meant as JumpCloud's wildcard. */
export function matchesPattern(name: string, pattern: string): JumpCloudCondition {
  return { filter: `${field(name)}:eq:${literal(pattern, '', 'eq')}` };
}

/** `field:search:text`: case-insensitive substring; no character is special. */
export function contains(name: string, text: string): JumpCloudCondition {
  return { filter: `${field(name)}:search:${literal(text, '', 'search')}` };
}

export function compare(
  name: string,
  operator: 'gt' | 'ge' | 'lt' | 'le',
  value: string | number,
): JumpCloudCondition {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`JumpCloud filter numbers must be finite, got ${value}`);
  return { filter: `${field(name)}:${operator}:${literal(value, '', operator)}` };
}

export function between(name: string, low: string | number, high: string | number): JumpCloudCondition {
  return {
    filter: `${field(name)}:between:${literal(low, ',', 'between')},${literal(high, ',', 'between')}`,
  };
}

/** `field:in:a|b|c`: equal to any of the values. */
export function oneOf(name: string, values: readonly (string | number)[]): JumpCloudCondition {
  if (values.length === 0) throw new RangeError('`in` needs at least one value');
  return { filter: `${field(name)}:in:${values.map((v) => literal(v, '*|', 'in')).join('|')}` };
}

/**
 * The `sort` query value (specs/jumpcloud.yaml, parameter `Sort`): `field` ascending, `-field`
 * descending, then the record `id` the same way. Lists page by offset, so the order must be total:
 * records tied on the field could otherwise come in another order on the next call and one of
 * them show on two pages while another never shows.
 */
export function sortBy(name: string, direction: 'ASC' | 'DESC', tieBreak = 'id'): string {
  const sign = direction === 'DESC' ? '-' : '';
  return field(name) === field(tieBreak) ? `${sign}${name}` : `${sign}${name},${sign}${tieBreak}`;
}

/** Where a sort goes: `sort`, or `sortIgnoreCase` (same syntax) to compare text ignoring case. */
export interface JumpCloudSortParams {
  sort?: string;
  sortIgnoreCase?: string;
}

/**
 * The sort query parameters. With `ignoreCase` the whole order goes in `sortIgnoreCase`: JumpCloud
 * applies `sort` before `sortIgnoreCase`, so splitting the field and its tie-break between the two
 * would sort by the tie-break first.
 */
export function sortParams(
  name: string,
  direction: 'ASC' | 'DESC',
  options: { ignoreCase?: boolean; tieBreak?: string } = {},
): JumpCloudSortParams {
  const order = sortBy(name, direction, options.tieBreak);
  return options.ignoreCase ? { sortIgnoreCase: order } : { sort: order };
}

/** The repeatable `filter` query parameter: every condition must hold. */
export function allOf(...conditions: JumpCloudCondition[]): string[] {
  return conditions.map((c) => c.filter);
}
