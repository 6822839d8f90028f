import { BadUserInputError } from '../../common/errors.js';
import { buildConnection } from '../paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../paging/cursor.js';
import { pageWindow, type BidirectionalArgs } from '../paging/page-window.js';
import { normalizeEmail, type UserModel, type VendorName } from '../model/index.js';
import { deriveUserStatus, type UserStatus } from './user-status.js';

export interface UserFilterInput {
  status?: UserStatus | null;
  accountStatus?: 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED' | null;
  vendors?: VendorName[] | null;
  missingFrom?: VendorName[] | null;
  department?: string | null;
  email?: string | null;
  emailContains?: string | null;
}

export type UserSortField = 'EMAIL' | 'DISPLAY_NAME' | 'DEPARTMENT' | 'LAST_ACTIVE';

/** The value a person sorts by; email breaks ties so the order is total and stable. */
function sortValue(user: UserModel, field: UserSortField): string {
  const first = (pick: (a: UserModel['accounts'][number]) => string | null) =>
    user.accounts.map(pick).find((v) => v) ?? '';
  switch (field) {
    case 'EMAIL':
      return user.email;
    case 'DISPLAY_NAME':
      return first((a) => a.displayName).toLowerCase();
    case 'DEPARTMENT':
      return first((a) => a.department).toLowerCase();
    case 'LAST_ACTIVE':
      return user.accounts.reduce(
        (max, a) => (a.lastActiveAt && a.lastActiveAt > max ? a.lastActiveAt : max),
        '',
      );
  }
}

export function filterUsers(
  users: readonly UserModel[],
  filter: UserFilterInput | null | undefined,
): UserModel[] {
  if (!filter) return users.slice();
  const email = filter.email ? normalizeEmail(filter.email) : undefined;
  const contains = filter.emailContains?.trim().toLowerCase();
  const department = filter.department?.trim().toLowerCase();
  return users.filter((user) => {
    if (email && user.email !== email) return false;
    if (contains && !user.email.includes(contains)) return false;
    if (filter.status && deriveUserStatus(user.accounts) !== filter.status) return false;
    if (filter.accountStatus && !user.accounts.some((a) => a.status === filter.accountStatus)) return false;
    if (filter.vendors?.some((v) => !user.accounts.some((a) => a.vendor === v))) return false;
    if (filter.missingFrom?.some((v) => user.accounts.some((a) => a.vendor === v))) return false;
    if (department && !user.accounts.some((a) => a.department?.toLowerCase() === department)) return false;
    return true;
  });
}

interface KeysetCursor extends Record<string, unknown> {
  k: string;
  e: string;
}
const isKeysetCursor = (v: Record<string, unknown>): v is KeysetCursor =>
  typeof v.k === 'string' && typeof v.e === 'string';

/**
 * Pages the identity index by keyset (sort value, then email): a cursor stays valid when people
 * are added or removed between pages, unlike an offset.
 */
export function pageUsers(
  users: UserModel[],
  args: BidirectionalArgs & { field: UserSortField; direction: 'ASC' | 'DESC' },
) {
  const dir = args.direction === 'DESC' ? -1 : 1;
  const keyed = users.map((user) => ({ user, key: sortValue(user, args.field) }));
  const compare = (a: { key: string; email: string }, b: { key: string; email: string }) =>
    (a.key < b.key ? -1 : a.key > b.key ? 1 : a.email < b.email ? -1 : a.email > b.email ? 1 : 0) * dir;
  if (args.field !== 'EMAIL' || dir === -1)
    keyed.sort((a, b) => compare({ key: a.key, email: a.user.email }, { key: b.key, email: b.user.email }));
  /** Entries sorting before the cursor's position (or at it, `inclusive`): a binary search. */
  const countBelow = (cursor: string, argument: 'after' | 'before', inclusive: boolean) => {
    const position = decodeCursor(cursor, isKeysetCursor, argument);
    if (position.f !== undefined && position.f !== `${args.field}:${args.direction}`)
      throw new BadUserInputError(`\`${argument}\` belongs to a different sort order`, argument);
    let lo = 0;
    let hi = keyed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const order = compare(
        { key: keyed[mid].key, email: keyed[mid].user.email },
        { key: position.k, email: position.e },
      );
      if (order < 0 || (inclusive && order === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = args.after ? countBelow(args.after, 'after', true) : 0;
  const to = args.before ? countBelow(args.before, 'before', false) : keyed.length;
  const window = pageWindow(keyed.length, { from, to }, args);
  const page = keyed.slice(window.start, window.end);
  return buildConnection({
    items: page.map(({ user }) => user),
    cursorOf: (user, i) =>
      encodeCursor({ k: page[i].key, e: user.email, f: `${args.field}:${args.direction}` }),
    hasNextPage: window.hasNextPage,
    hasPreviousPage: window.hasPreviousPage,
    totalCount: keyed.length,
  });
}
