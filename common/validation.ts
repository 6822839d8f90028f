import { z } from 'zod';
import { BadUserInputError } from './errors.js';
import { fromGlobalId } from './global-id.js';

/**
 * Input validation shared by every floor: the zod schemas resolvers (read arguments), mutations
 * (`prepare`, answered as userErrors) and datasources (skip a call a bad value cannot answer) use,
 * so an email or a page size means the same everywhere. Messages stay with the callers: each
 * names the raw value the client sent and the field it came in.
 */

/**
 * An email address as AdminGraph compares them: trimmed and lower-cased (the identity index's
 * normalized form), then `local@domain.tld`. Deliberately loose: vendors hold addresses a strict
 * RFC pattern would refuse, and refusing one here would hide that person.
 */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ }));

/** The normalized address, or undefined when `raw` is not one. */
export function parseEmail(raw: string): string | undefined {
  const parsed = emailAddress.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export const isEmailAddress = (raw: string): boolean => parseEmail(raw) !== undefined;

/** A `User.id`: the global ID of a User, which carries the person's email. Parses to the email. */
export const userGlobalId = z.string().transform((id, ctx) => {
  try {
    const { type, parts } = fromGlobalId(id);
    const email = type === 'User' && parts.length === 1 ? parseEmail(parts[0]) : undefined;
    if (email !== undefined) return email;
  } catch {
    // a malformed ID: reported below like an ID of another type
  }
  ctx.issues.push({ code: 'custom', input: id, message: `"${id}" is not the ID of a User` });
  return z.NEVER;
});

/** The email inside a `User.id`, or undefined when `id` is not a User's ID. */
export function emailOfUserId(id: string): string | undefined {
  const parsed = userGlobalId.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}

export const MAX_PAGE_SIZE = 100;

/** `first` of every connection: 1 to 100. */
export const pageSizeSchema = z.number().int().min(1).max(MAX_PAGE_SIZE);

/** Validates `first`: 1 to 100. More is an error, not a silent cap, so clients learn the limit. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!pageSizeSchema.safeParse(size).success)
    throw new BadUserInputError(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`, 'first');
  return size;
}
