import { BadUserInputError } from '../../common/errors.js';

/**
 * Opaque cursors: base64url of a small JSON object carrying whatever state the list needs to
 * resume (a vendor page and offset, a keyset position). Never trusted: a cursor that does not
 * decode to the expected shape is a BAD_USER_INPUT, not a crash.
 */
export function encodeCursor(state: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(
  cursor: string,
  isValid: (value: Record<string, unknown>) => value is T,
  argument: 'after' | 'before' = 'after',
): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError(`\`${argument}\` is not a cursor this list produced`, argument);
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !isValid(parsed as Record<string, unknown>)
  )
    throw new BadUserInputError(`\`${argument}\` is not a cursor this list produced`, argument);
  return parsed as T;
}

/** Offset cursors, for lists served from memory or from an offset-paged vendor. */
export interface OffsetCursor extends Record<string, unknown> {
  o: number;
}

export const isOffsetCursor = (v: Record<string, unknown>): v is OffsetCursor =>
  typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0;
