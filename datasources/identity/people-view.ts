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
  /**
   * The normalized emails, in email order, of the people whose outline passes `test`: a scan that
   * needs only what an outline holds (each account's vendor, status, name, department, last
   * activity) to pick its candidates, before reading them whole with `person`.
   */
  emailsWhere(test: (outline: UserModel) => boolean): string[];
  /** How many people the index holds. */
  readonly peopleCount: number;
  /**
   * Everyone, in email order, as outlines: over a store, each account holds only its vendor, ID,
   * normalized email, status, name, department and last activity (a memory view answers the people
   * themselves). For scans that decide on those fields and read only a page's people whole.
   */
  outlines(): readonly UserModel[];
  /** One page of `users`, filtered and sorted over the whole index. */
  users(filter: UserFilterInput | null | undefined, page: UserPageArgs): Promise<Connection<UserModel>>;
  /** Sources the index could not read: their accounts are missing. */
  failures: readonly VendorError[];
}

/**
 * The people `emails` names read whole (accounts, SCIM identity), in that order: what a scan walks
 * once `emailsWhere` has picked its candidates. Over a store this is one query per request tick for
 * all of them, not the whole index.
 */
export async function peopleSnapshot(
  view: PeopleView,
  emails: readonly string[],
): Promise<Pick<IdentitySnapshot, 'users' | 'scimByEmail'>> {
  const [users, scim] = await Promise.all([
    Promise.all(emails.map((email) => view.person(email))),
    Promise.all(emails.map((email) => view.scimIdentity(email))),
  ]);
  return {
    // Gone from the store since the outline was read (another replica's write): not a candidate now.
    users: users.filter((user): user is UserModel => user !== undefined),
    scimByEmail: new Map(emails.flatMap((email, i) => (scim[i] ? [[email, scim[i]]] : []))),
  };
}

/** The view of a snapshot held in memory (the index itself, or one person asked of the vendors). */
export function snapshotPeople(snapshot: IdentitySnapshot): PeopleView {
  return {
    person: async (email) => snapshot.byEmail.get(email),
    scimIdentity: async (email) => snapshot.scimByEmail.get(email),
    emailsWhere: (test) => snapshot.users.filter(test).map((user) => user.email),
    peopleCount: snapshot.users.length,
    outlines: () => snapshot.users,
    users: async (filter, page) => pageUsers(filterUsers(snapshot.users, filter), page),
    failures: snapshot.failures,
  };
}
