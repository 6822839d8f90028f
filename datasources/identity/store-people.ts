import DataLoader from 'dataloader';
import type { AccountModel, ScimIdentityModel } from '../model/index.js';
import { buildIdentity, type IdentitySnapshot } from './build-identity.js';
import type { IndexEntry, IndexSource } from './index-store.js';
import type { PeopleView } from './people-view.js';
import { filterUsers, pageUsers } from './user-query.js';

/**
 * The people of an index the store holds (a lite copy: outlines of each account, enough to page,
 * sort and filter). A page is chosen over the outlines and its people read from the store in one
 * query; lookups within a request are batched into one query per tick and cached for the request.
 * Accounts of a source not walked to the end are left out, as in a copy that holds everything.
 */
export function storePeople(
  outline: IdentitySnapshot,
  hidden: ReadonlySet<IndexSource>,
  entriesOfEmails: (emails: readonly string[]) => Promise<IndexEntry[]>,
): PeopleView {
  const people = new DataLoader<string, Pick<IdentitySnapshot, 'byEmail' | 'scimByEmail'>>(async (emails) => {
    const entries = (await entriesOfEmails(emails)).filter((entry) => !hidden.has(entry.source));
    const accounts = entries.flatMap((e) => (e.source === 'SCIM' ? [] : [e.doc as AccountModel]));
    const scim = entries.flatMap((e) => (e.source === 'SCIM' ? [e.doc as ScimIdentityModel] : []));
    // Joined and ordered as the whole index joins them, then handed to each email asked.
    const found = buildIdentity([accounts], scim, []);
    return emails.map(() => found);
  });
  // Only people the outline knows are asked for: an unknown email costs no query.
  const known = (email: string) => outline.byEmail.has(email) || outline.scimByEmail.has(email);
  const personOf = async (email: string) =>
    known(email) ? (await people.load(email)).byEmail.get(email) : undefined;
  return {
    person: personOf,
    scimIdentity: async (email) =>
      known(email) ? (await people.load(email)).scimByEmail.get(email) : undefined,
    emailsWhere: (test) => outline.users.filter(test).map((user) => user.email),
    peopleCount: outline.users.length,
    outlines: () => outline.users,
    users: async (filter, page) => {
      const connection = pageUsers(filterUsers(outline.users, filter), page);
      const found = await Promise.all(connection.edges.map((edge) => personOf(edge.node.email)));
      return {
        ...connection,
        // Gone from the store since the outline was read (another replica's write): no accounts.
        edges: connection.edges.map((edge, i) => ({
          ...edge,
          node: found[i] ?? { email: edge.node.email, accounts: [] },
        })),
      };
    },
    failures: outline.failures,
  };
}
