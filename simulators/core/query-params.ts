import { badRequest } from './http-types.js';
import type { SimRequest } from './http-types.js';

export interface IntParamOptions {
  default: number;
  min?: number;
  max?: number;
  /** What the vendor does above `max`: cap silently or answer 400. */
  aboveMax?: 'clamp' | 'reject';
}

/** Reads an integer query parameter the way vendors do: absent → default, garbage → 400. */
export function intParam(req: SimRequest, name: string, options: IntParamOptions): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return options.default;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`Query parameter "${name}" must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (options.min !== undefined && value < options.min)
    throw badRequest(`Query parameter "${name}" must be at least ${options.min}, got ${value}`);
  if (options.max !== undefined && value > options.max) {
    if (options.aboveMax === 'clamp') return options.max;
    throw badRequest(`Query parameter "${name}" must be at most ${options.max}, got ${value}`);
  }
  return value;
}

/** The request body as an object, or a 400 in the vendor's format. */
export function objectBody(req: SimRequest): Record<string, unknown> {
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
    throw badRequest('Request body must be a JSON object');
  return req.body as Record<string, unknown>;
}

/** Reads a bearer token from the Authorization header. */
export function bearerToken(headers: SimRequest['headers']): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(header);
  return m ? m[1].trim() : undefined;
}
