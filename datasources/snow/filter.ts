/**
 * Snow filter expressions (`filter=email -eq "jsmith@example.com"`), built from values a client
 * typed, so they are quoted and escaped here and nowhere else: a value can never end its string
 * and smuggle in another condition. Grammar (specs/snow.yaml, UserFilter; Snow API conventions,
 * https://docs.snowsoftware.io/snow-atlas-api/resources/get-started-with-apis/api-conventions#filter-api-call-results):
 * `<field> <operator> <value>` joined by `-and` / `-or` (`-and` binds tighter, no parentheses);
 * strings in double quotes with `\` escaping; numbers and booleans bare.
 */

import { BadUserInputError } from '../../common/errors.js';

export type SnowStringOperator = '-eq' | '-ne' | '-contains' | '-notcontains' | '-startswith' | '-endswith';
export type SnowOrderedOperator = '-eq' | '-ne' | '-gt' | '-ge' | '-lt' | '-le';

/** One condition, already safe to join. */
export interface SnowCondition {
  readonly expression: string;
}

const fieldName = /^[A-Za-z][A-Za-z0-9]*$/;

function field(name: string): string {
  // Field names come from our code, never from clients; a bad one is a programming error.
  if (!fieldName.test(name)) throw new Error(`"${name}" is not a Snow filter field name`);
  return name;
}

/** A double-quoted Snow string literal: backslashes and quotes escaped, control characters refused (BAD_USER_INPUT). */
export function quoteSnowString(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new BadUserInputError(
      'Snow filter values cannot contain control characters (CR, LF, ...)',
      'filter',
    );
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function stringCondition(name: string, operator: SnowStringOperator, value: string): SnowCondition {
  return { expression: `${field(name)} ${operator} ${quoteSnowString(value)}` };
}

export function numberCondition(name: string, operator: SnowOrderedOperator, value: number): SnowCondition {
  if (!Number.isFinite(value))
    throw new BadUserInputError(`Snow filter numbers must be finite, got ${value}`, 'filter');
  return { expression: `${field(name)} ${operator} ${value}` };
}

export function booleanCondition(name: string, operator: '-eq' | '-ne', value: boolean): SnowCondition {
  return { expression: `${field(name)} ${operator} ${value}` };
}

/** All conditions must hold. */
export function allOf(...conditions: SnowCondition[]): string {
  return conditions.map((c) => c.expression).join(' -and ');
}

/** Any group may hold; each group is a conjunction (the grammar has no parentheses). */
export function anyOf(...groups: SnowCondition[][]): string {
  return groups.map((group) => allOf(...group)).join(' -or ');
}

/** `email -eq "..."`: Snow compares emails ignoring case and surrounding spaces, so the normalized address matches any stored spelling. */
export function emailEquals(email: string): string {
  return allOf(stringCondition('email', '-eq', email));
}

/** A date-time literal: quoted ISO 8601, as Snow requires for datetime fields. */
export function dateTimeCondition(
  name: string,
  operator: SnowOrderedOperator,
  isoInstant: string,
): SnowCondition {
  const time = Date.parse(isoInstant);
  if (!Number.isFinite(time)) throw new BadUserInputError(`"${isoInstant}" is not a date-time`, 'filter');
  return { expression: `${field(name)} ${operator} ${quoteSnowString(new Date(time).toISOString())}` };
}

/** `field -eq null`: the field has no value (e.g. never active). */
export function isNull(name: string): SnowCondition {
  return { expression: `${field(name)} -eq null` };
}

/**
 * Every condition of `all` and at least one of `any`: the grammar has no parentheses, so the
 * conjunction is distributed over the alternatives (`A -and X -or A -and Y`). No `any`: `all` alone.
 */
export function allAndAnyOf(all: SnowCondition[], any: SnowCondition[] = []): string | undefined {
  if (all.length === 0 && any.length === 0) return undefined;
  return any.length === 0 ? allOf(...all) : anyOf(...any.map((alternative) => [...all, alternative]));
}

/**
 * The `sort` value (`field:asc`, comma-separated keys), tied on `tieBreak` ascending so that page
 * numbers address the same rows on every call (Snow keeps its default order only without a sort).
 */
export function sortBy(name: string, direction: 'ASC' | 'DESC', tieBreak = 'id'): string {
  const key = `${field(name)}:${direction.toLowerCase()}`;
  return name === tieBreak ? key : `${key},${field(tieBreak)}:asc`;
}
