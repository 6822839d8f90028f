import type { Datasources } from '../contracts.js';
import { normalizeEmail, type AccountModel, type VendorName } from '../model/index.js';
import type { IndexEntry, IndexSource } from './index-store.js';

/** How the index reads one source: the whole list, and one person (by account ID, or by email). */
export interface IdentitySourceReader {
  source: IndexSource;
  /** The vendor behind it (SCIM is Atlassian's directory). */
  vendor: VendorName;
  /** The datasource whose transport carries its calls. */
  api: keyof Datasources;
  /** The whole list, each page's entries handed to `take` as it arrives (the walk writes them away). */
  eachPage(datasources: Datasources, take: (entries: IndexEntry[]) => Promise<void>): Promise<void>;
  /** One entry by its ID; undefined when the vendor no longer has it. Absent: no by-ID read (SCIM). */
  getById?(datasources: Datasources, id: string): Promise<IndexEntry | undefined>;
  /** The entries of one normalized email; absent where the vendor has no email filter (Atlassian's directory). */
  findByEmail?(datasources: Datasources, email: string): Promise<IndexEntry[]>;
}

const accountEntry = (account: AccountModel): IndexEntry => ({
  source: account.vendor,
  id: account.externalId,
  email: normalizeEmail(account.email),
  doc: account,
});

function accountSource(
  vendor: Exclude<IndexSource, 'SCIM'>,
  api: 'bettercloud' | 'atlassian' | 'snow' | 'jumpcloud',
  emailFilter: boolean,
): IdentitySourceReader {
  return {
    source: vendor,
    vendor,
    api,
    eachPage: (ds, take) => ds[api].eachAccountPage((accounts) => take(accounts.map(accountEntry))),
    getById: async (ds, id) => {
      const account = await ds[api].getAccount(id);
      return account ? accountEntry(account) : undefined;
    },
    ...(emailFilter
      ? { findByEmail: async (ds, email) => (await ds[api].findAccountsByEmail(email)).map(accountEntry) }
      : {}),
  };
}

/** Every source of the index, in vendor order. */
export const identitySources: Record<IndexSource, IdentitySourceReader> = {
  BETTERCLOUD: accountSource('BETTERCLOUD', 'bettercloud', true),
  // Atlassian's directory user list has no email filter: a person's new Atlassian account is found by the refresh.
  ATLASSIAN: accountSource('ATLASSIAN', 'atlassian', false),
  SNOW: accountSource('SNOW', 'snow', true),
  JUMPCLOUD: accountSource('JUMPCLOUD', 'jumpcloud', true),
  SCIM: {
    source: 'SCIM',
    vendor: 'ATLASSIAN',
    api: 'scim',
    eachPage: (ds, take) =>
      ds.scim.eachIdentityPage((identities) =>
        take(
          identities.map((doc) => ({
            source: 'SCIM' as const,
            id: doc.id,
            email: normalizeEmail(doc.userName),
            doc,
          })),
        ),
      ),
    findByEmail: async (ds, email) => {
      const doc = await ds.scim.findIdentityByEmail(email);
      return doc ? [{ source: 'SCIM' as const, id: doc.id, email: normalizeEmail(doc.userName), doc }] : [];
    },
  },
};
