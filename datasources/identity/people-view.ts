import type { VendorError } from '../../common/errors.js';
import type { ScimIdentityModel, UserModel } from '../model/index.js';
import type { Connection } from '../paging/build-connection.js';
import type { BidirectionalArgs } from '../paging/page-window.js';
import type { IdentitySnapshot } from './build-identity.js';
import { filterUsers, pageUsers, type UserFilterInput, type UserSortField } from './user-query.js';

export type UserPageArgs = BidirectionalArgs & { field: UserSortField; direction: 'ASC' | 'DESC' };

/**
 * The identity index as most readers use it: one person at a time, and the `users` page. Readers
 * that need everyone (governance scans, seat holders) ask for the whole snapshot instead. Keeping
 * the two apart lets an index that lives in a database answer a lookup or a page without the
 * replica holding every account in memory.
 */
export interface PeopleView {
  /** A person by normalized email, with their accounts in vendor order. */
  person(email: string): Promise<UserModel | undefined>;
  /** The SCIM identity of a normalized email. */
  scimIdentity(email: string): Promise<ScimIdentityModel | undefined>;
  /** One page of `users`, filtered and sorted over the whole index. */
  users(filter: UserFilterInput | null | undefined, page: UserPageArgs): Promise<Connection<UserModel>>;
  /** Sources the index could not read: their accounts are missing. */
  failures: readonly VendorError[];
}

/** The view of a snapshot held in memory (the index itself, or one person asked of the vendors). */
export function snapshotPeople(snapshot: IdentitySnapshot): PeopleView {
  return {
    person: async (email) => snapshot.byEmail.get(email),
    scimIdentity: async (email) => snapshot.scimByEmail.get(email),
    users: async (filter, page) => pageUsers(filterUsers(snapshot.users, filter), page),
    failures: snapshot.failures,
  };
}
