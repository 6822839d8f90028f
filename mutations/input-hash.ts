import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted and null/undefined fields dropped, so inputs that mean the same
 * (field order, an explicit null vs an omitted field) hash the same. Array order is kept: it can matter.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Fields that steer how a mutation runs rather than what it does: not part of its identity. */
const controlFields = new Set(['idempotencyKey', 'dryRun']);

/** SHA-256 of the input's canonical JSON, without the control fields. */
export function hashInput(input: Record<string, unknown>): string {
  const meaningful = Object.fromEntries(Object.entries(input).filter(([k]) => !controlFields.has(k)));
  return createHash('sha256').update(canonicalJson(meaningful)).digest('hex');
}

/** Fields holding email addresses: compared trimmed and lower-cased, as every vendor does. */
const emailField = /^(email|emails|.*Email|.*Emails)$/;

/**
 * The input as the mutation means it: email addresses trimmed and lower-cased, wherever they sit
 * (so `JSmith@Example.com ` and `jsmith@example.com` are the same request for idempotency).
 */
export function normalizeInput<T>(input: T): T {
  return normalizeValue(input, false) as T;
}

function normalizeValue(value: unknown, isEmail: boolean): unknown {
  if (typeof value === 'string') return isEmail ? value.trim().toLowerCase() : value;
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, isEmail));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        normalizeValue(v, emailField.test(k)),
      ]),
    );
  return value;
}
