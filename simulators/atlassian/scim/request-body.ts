import type { SimRequest } from '../../core/http-types.js';
import { invalidSyntax, invalidValue, noTarget } from './errors.js';
import { PATCH_OP_SCHEMA } from './schema-urns.js';

export type JsonObject = Record<string, unknown>;

/**
 * The body as an object keyed by lower-cased attribute name: SCIM attribute names are case
 * insensitive (RFC 7643 §2.1), and IdPs really do send `Operations`, `operations` or `Active`.
 */
export function scimBody(req: SimRequest, requiredSchema: string): Map<string, unknown> {
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
    throw invalidSyntax('Request body must be a JSON object');
  const attributes = lowerCaseKeys(req.body as JsonObject);
  const schemas = attributes.get('schemas');
  if (
    !Array.isArray(schemas) ||
    !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === requiredSchema.toLowerCase())
  )
    throw invalidSyntax(`"schemas" must contain "${requiredSchema}"`);
  return attributes;
}

export function lowerCaseKeys(object: JsonObject): Map<string, unknown> {
  return new Map(Object.entries(object).map(([key, value]) => [key.toLowerCase(), value]));
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type PatchOpKind = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  op: PatchOpKind;
  /** Absent when the value is an object of attributes (RFC 7644 §3.5.2.1/3). */
  path?: string;
  value?: unknown;
}

/** Reads a PatchOp request (RFC 7644 §3.5.2): schemas, then a non-empty `Operations` list. */
export function patchOperations(req: SimRequest): PatchOperation[] {
  const body = scimBody(req, PATCH_OP_SCHEMA);
  const operations = body.get('operations');
  if (!Array.isArray(operations) || operations.length === 0)
    throw invalidSyntax('"Operations" must be a non-empty list');
  return operations.map((raw, i) => {
    if (!isObject(raw)) throw invalidSyntax(`Operations[${i}] must be an object`);
    const fields = lowerCaseKeys(raw);
    const op = typeof fields.get('op') === 'string' ? (fields.get('op') as string).toLowerCase() : undefined;
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw invalidSyntax(`Operations[${i}].op must be "add", "replace" or "remove"`);
    const path = fields.get('path');
    if (path !== undefined && (typeof path !== 'string' || path.trim() === ''))
      throw invalidValue(`Operations[${i}].path must be a non-empty string`);
    if (op === 'remove' && path === undefined) throw noTarget(`Operations[${i}]: "remove" needs a path`); // RFC 7644 §3.5.2.2
    if (op !== 'remove' && !fields.has('value'))
      throw invalidValue(`Operations[${i}]: "${op}" needs a value`);
    return { op, path: path?.trim(), value: fields.get('value') };
  });
}
