import DataLoader from 'dataloader';
import type { AccountModel, ScimIdentityModel, UserModel } from '../model/index.js';
import { vendorOrder, type IdentitySnapshot } from './build-identity.js';
import type { IndexEntry, IndexSource } from './index-store.js';
import type { PeopleView } from './people-view.js';
import { filterUsers, pageUsers } from './user-query.js';

interface PersonRows {
  user?: UserModel;
  scim?: ScimIdentityModel;
}

const rank = (a: AccountModel) => vendorOrder.indexOf(a.vendor);

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
  const people = new DataLoader<string, PersonRows>(async (emails) => {
    const grouped = new Map<string, IndexEntry[]>();
    for (const entry of await entriesOfEmails(emails)) {
      if (hidden.has(entry.source)) continue;
      const held = grouped.get(entry.email);
      if (held) held.push(entry);
      else grouped.set(entry.email, [entry]);
    }
    return emails.map((email) => {
      const entries = grouped.get(email) ?? [];
      const accounts = entries
        .flatMap((e) => (e.source === 'SCIM' ? [] : [e.doc]))
        .sort((a, b) => rank(a) - rank(b));
      const scim = entries.find((e) => e.source === 'SCIM')?.doc as ScimIdentityModel | undefined;
      return { user: accounts.length ? { email, accounts } : undefined, scim };
    });
  });
  // Only people the outline knows are asked for: an unknown email costs no query.
  const rowsOf = (email: string) =>
    outline.byEmail.has(email) || outline.scimByEmail.has(email) ? people.load(email) : undefined;
  return {
    person: async (email) => (await rowsOf(email))?.user,
    scimIdentity: async (email) => (await rowsOf(email))?.scim,
    users: async (filter, page) => {
      const connection = pageUsers(filterUsers(outline.users, filter), page);
      const rows = await people.loadMany(connection.edges.map((edge) => edge.node.email));
      return {
        ...connection,
        edges: connection.edges.map((edge, i) => {
          const found = rows[i];
          if (found instanceof Error) throw found;
          // Gone from the store since the outline was read (another replica's write): no accounts.
          return { ...edge, node: found.user ?? { email: edge.node.email, accounts: [] } };
        }),
      };
    },
    failures: outline.failures,
  };
}
