import { badRequest } from '../core/http-types.js';

/** Typed reads of a JSON request body: wrong types are the vendor's 400, never a crash. */
export type Body = Record<string, unknown>;

export function requiredString(body: Body, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw badRequest(`"${key}" is required and must be a non-empty string`);
  return value;
}

export function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw badRequest(`"${key}" must be a non-empty string`);
  return value;
}

export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`"${key}" must be a boolean`);
  return value;
}

export function requiredBoolean(body: Body, key: string): boolean {
  if (body[key] === undefined) throw badRequest(`"${key}" is required`);
  return optionalBoolean(body, key)!;
}

export function optionalInteger(body: Body, key: string, min = Number.MIN_SAFE_INTEGER): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw badRequest(`"${key}" must be an integer of at least ${min}`);
  return value;
}

export function optionalObject(body: Body, key: string): Body | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest(`"${key}" must be an object`);
  return value as Body;
}

export function requiredObject(body: Body, key: string): Body {
  if (body[key] === undefined) throw badRequest(`"${key}" is required`);
  return optionalObject(body, key)!;
}
