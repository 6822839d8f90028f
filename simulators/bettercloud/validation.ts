import type { SimRequest } from '../core/http-types.js';
import { objectBody } from '../core/query-params.js';
import { invalidParameter, invalidRequest } from './errors.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A query parameter that must be one of the spec's enum values; anything else is a 400. */
export function enumQuery<T extends string>(
  req: SimRequest,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = req.query.get(name);
  if (value === null) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw invalidParameter(`Query parameter "${name}" must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

export function emailQuery(req: SimRequest, name: string): string | undefined {
  const value = req.query.get(name);
  if (value === null) return undefined;
  if (!emailPattern.test(value))
    throw invalidParameter(`Query parameter "${name}" must be an email address, got "${value}"`);
  return value;
}

/** An ISO 8601 date-time (with a zone), as epoch milliseconds. */
export function dateTimeQuery(req: SimRequest, name: string): number | undefined {
  const value = req.query.get(name);
  if (value === null) return undefined;
  const ms = Date.parse(value);
  if (!dateTimePattern.test(value) || Number.isNaN(ms))
    throw invalidParameter(
      `Query parameter "${name}" must be an ISO 8601 date-time such as 2026-04-01T00:00:00Z, got "${value}"`,
    );
  return ms;
}

/** The JSON body, refusing fields the operation does not take (the spec's `additionalProperties: false`). */
export function bodyWithOnly(req: SimRequest, allowed: readonly string[]): Record<string, unknown> {
  const body = objectBody(req);
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length > 0)
    throw invalidRequest(`Unknown field(s) ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`);
  return body;
}

export function optionalString(
  body: Record<string, unknown>,
  field: string,
  options: { nonEmpty?: boolean } = {},
): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`Field "${field}" must be a string`);
  if (options.nonEmpty && value.trim() === '') throw invalidRequest(`Field "${field}" must not be empty`);
  return value;
}

export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = optionalString(body, field, { nonEmpty: true });
  if (value === undefined) throw invalidRequest(`Field "${field}" is required`);
  return value;
}

export function optionalEmail(body: Record<string, unknown>, field: string): string | undefined {
  const value = optionalString(body, field);
  if (value !== undefined && !emailPattern.test(value))
    throw invalidRequest(`Field "${field}" must be an email address, got "${value}"`);
  return value;
}

export function optionalEnum<T extends string>(
  body: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
): T | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw invalidRequest(
      `Field "${field}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
    );
  return value as T;
}
