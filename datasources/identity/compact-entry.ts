import type { AccountModel, ProductAccessModel, ScimIdentityModel } from '../model/index.js';
import type { IndexEntry } from './index-store.js';

/**
 * The fields of an account document whose values repeat across the company: vendor, statuses,
 * departments, titles, locations, org and directory IDs, roles, creation instants (accounts made in
 * bulk share them). Names, emails, IDs and last-activity instants are unique per account and are
 * left as they are: measured at 100,000 people, last activity was 94% distinct, and a table filled
 * with such strings stops taking the ones that repeat.
 */
const repeatedFields = [
  'vendor',
  'status',
  'vendorStatus',
  'department',
  'title',
  'location',
  'createdAt',
  'managerEmail',
  'accountType',
  'orgId',
  'directoryId',
  'role',
] as const;
const productFields = ['key', 'name', 'url'];
const groupFields = ['vendor', 'source', 'externalId', 'name', 'email', 'description', 'createdAt'];
/** Longer strings are rarely shared; the table stops growing here (it holds each distinct string once). */
const MAX_INTERNED_LENGTH = 64;
const MAX_TABLE_SIZE = 50_000;

type Writable = Record<string, unknown>;

/**
 * Makes the entries of one replica's index share their strings. Rows read from a store (or a vendor
 * page) arrive with a fresh copy of every string: at 100,000 people the index holds ~330,000
 * documents whose statuses, departments and product names repeat a few hundred distinct values, and
 * whose email is repeated inside each document. Sharing them is a fifth of the index's heap. The
 * fields are listed, not discovered: a second replica compacts 330,000 rows while it starts.
 * Hand-rolled because what is shared depends on these documents' fields (no library knows them).
 */
export class EntryCompactor {
  private readonly table = new Map<string, string>();

  /** Shares the entry's repeated strings (an outline, with fields missing, is compacted as far as it goes). */
  compact<E extends IndexEntry>(entry: E): E {
    entry.source = this.intern(entry.source) as E['source'];
    if (entry.source === 'SCIM') {
      // A group's fields repeat in every member's identity.
      for (const group of (entry.doc as ScimIdentityModel).groups ?? [])
        this.internFields(group as unknown as Writable, groupFields);
      return entry;
    }
    const doc = entry.doc as AccountModel & Writable;
    // The entry's ID and email are the document's own, once each (a lite entry is its own document:
    // its ID and normalized email are the entry's already, read through getters).
    if (doc !== (entry as unknown)) {
      if (doc.externalId === entry.id) doc.externalId = entry.id;
      if (doc.normalizedEmail === entry.email) doc.normalizedEmail = entry.email;
      if (doc.email === entry.email) doc.email = entry.email;
    }
    this.internFields(doc, repeatedFields);
    if (doc.vendor === 'ATLASSIAN')
      for (const product of (doc.productAccess ?? []) as ProductAccessModel[])
        this.internFields(product as unknown as Writable, productFields);
    return entry;
  }

  private internFields(record: Writable, fields: readonly string[]): void {
    for (const field of fields) {
      const value = record[field];
      if (typeof value === 'string') record[field] = this.intern(value);
    }
  }

  private intern(value: string): string {
    if (value.length > MAX_INTERNED_LENGTH) return value;
    const held = this.table.get(value);
    if (held !== undefined) return held;
    if (this.table.size < MAX_TABLE_SIZE) this.table.set(value, value);
    return value;
  }
}
