import type { IndexEntry } from './index-store.js';

/**
 * Fields whose values are (nearly) unique per account: interning them would only grow the table.
 * Everything else in an account document (vendor, statuses, departments, titles, locations, org and
 * directory IDs, product keys, names and URLs, and instants, which vendors keep to the second and
 * a person's accounts often share) repeats across the company.
 */
const uniqueFields = new Set([
  'externalId',
  'email',
  'normalizedEmail',
  'displayName',
  'firstName',
  'lastName',
  'userName',
  'id',
]);
/** Longer strings are rarely shared; the table stops growing here (it holds each distinct string once). */
const MAX_INTERNED_LENGTH = 64;
const MAX_TABLE_SIZE = 50_000;

/**
 * Makes the entries of one replica's index share their strings. Rows read from a store (or a vendor
 * page) arrive with a fresh copy of every string: at 100,000 people the index holds ~330,000
 * documents whose statuses, departments and product names repeat a few hundred distinct values, and
 * whose IDs and emails are repeated inside each document. Sharing them is a third of the index's heap.
 * A hand-rolled table because what is shared depends on these documents' fields (no library knows them).
 */
export class EntryCompactor {
  private readonly table = new Map<string, string>();

  compact<E extends IndexEntry>(entry: E): E {
    entry.source = this.intern(entry.source) as E['source'];
    entry.doc = this.compactValue(entry.doc, '', entry) as E['doc'];
    return entry;
  }

  private compactValue(value: unknown, field: string, entry: IndexEntry): unknown {
    if (typeof value === 'string') {
      if (value === entry.email) return entry.email;
      if (value === entry.id) return entry.id;
      return uniqueFields.has(field) ? value : this.intern(value);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.compactValue(value[i], field, entry);
      return value;
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.compactValue(record[key], key, entry);
    }
    return value;
  }

  private intern(value: string): string {
    if (value.length > MAX_INTERNED_LENGTH) return value;
    const held = this.table.get(value);
    if (held !== undefined) return held;
    if (this.table.size < MAX_TABLE_SIZE) this.table.set(value, value);
    return value;
  }
}
