import { BadUserInputError } from '../../common/errors.js';

/**
 * Vendor URLs are built from segments that can never change which path is called: `.` and `..`
 * survive `encodeURIComponent` and URL parsing collapses them (`/groups/..` is `/`), and an empty
 * segment names the list instead of an object. Both are refused, for reads and writes alike.
 */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Encodes one path segment of a vendor URL (Atlassian account IDs hold `:`); refuses `.`, `..` and empty. */
export function pathSegment(value: string): string {
  // Only the raw value matters: its `%` is encoded, so `%2e` arrives as the harmless `%252e`.
  if (value === '' || value === '.' || value === '..')
    throw new BadUserInputError(`"${value}" cannot name a vendor object`, 'id');
  return encodeURIComponent(value);
}

/**
 * The last check before a call leaves (VendorClient): a path whose segments include a dot segment
 * (raw or percent-encoded) or an empty one is refused, however it was built.
 */
export function assertPlainPath(path: string): void {
  const segments = path.split('?')[0].split('/').slice(1);
  if (segments.some((segment) => segment === '' || DOT_SEGMENT.test(segment)))
    throw new BadUserInputError(`"${path}" is not a path AdminGraph calls`, 'id');
}
