import type { AccountModel, ScimIdentityModel } from '../model/index.js';

/**
 * Where the identity index comes from: each vendor's account list, and the SCIM directory's
 * identities (the provisioning view of Atlassian accounts). Each source is built, refreshed and
 * reported on its own.
 */
export type IndexSource = 'BETTERCLOUD' | 'ATLASSIAN' | 'SNOW' | 'JUMPCLOUD' | 'SCIM';

export const indexSources: readonly IndexSource[] = ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD', 'SCIM'];

/** One row of the index: one vendor account (or SCIM identity) of one person. */
export type IndexEntry =
  | { source: Exclude<IndexSource, 'SCIM'>; id: string; email: string; doc: AccountModel }
  | { source: 'SCIM'; id: string; email: string; doc: ScimIdentityModel };

/**
 * An entry as the store keeps it: `deleted` rows tell replicas that an account went away. `digest`
 * (a store that answers `entriesOfEmails`) is the MD5 of the document's JSON as written: a replica
 * that keeps only what pages and filters compares a new walk with it instead of with the document.
 */
export type StoredEntry = IndexEntry & { deleted?: boolean; digest?: string };

/** How complete and how old one source of the index is. */
export interface SourceStatus {
  source: IndexSource;
  /** The last full walk of this source that finished (epoch ms); null before the first. */
  builtAt: number | null;
  /** The last time this source was brought up to date, by a walk or by its change feed (epoch ms). */
  refreshedAt: number | null;
  /** Entries (accounts or identities) the source holds. */
  entries: number;
  /** Why the last walk failed, when it did: the source keeps what the walk before it found. */
  error?: { code: string; message: string };
  /** Where the source's change feed was read up to (vendor event cursor or instant), when it has one. */
  changesCursor?: string;
}

/** What changed since a revision: every entry written after it (deleted ones marked). */
export interface IndexChanges {
  revision: number;
  /**
   * The store's first revision, when it keeps one: a copy at a revision below it is older than the
   * store itself (the store lost its state and was written again) and must be read again whole.
   */
  base?: number;
  entries: StoredEntry[];
  sources: SourceStatus[];
}

/** How a replica reads what changed (`IdentityIndexStore.changesSince`). */
export interface ChangesOptions {
  /**
   * Each document cut to what a lite copy keeps, with its digest (a store that answers
   * `entriesOfEmails`), so a replica starting beside 330,000 rows never parses them whole.
   */
  outlines?: boolean;
  /**
   * Takes the entries in batches as the store reads them, with the revision they bring the copy to
   * (they are then left out of the answer's `entries`), so a large catch-up is never held whole as
   * rows. A store may ignore it and answer every entry at once; a store that calls it keeps its
   * state (it never answers a `base`).
   */
  onEntries?: (entries: StoredEntry[], revision: number) => void;
}

/** One write to the index: entries added or changed, entries gone, and source statuses. */
export interface IndexWrite {
  upserts?: IndexEntry[];
  removals?: { source: IndexSource; id: string }[];
  sources?: SourceStatus[];
}

/**
 * The identity index as shared state, one per tenant: memory (one process), Redis or PostgreSQL
 * (every replica). Each write bumps the tenant's revision and stamps the rows it wrote with it, so
 * a replica holding revision R catches up by reading the rows written after R, never the whole index.
 * Leases (`name` per job: the first build, one refresh per source) make one replica at a time do a
 * job; a lease expires when its holder stops renewing it (killed mid-build), and another takes over.
 */
export interface IdentityIndexStore {
  /** The tenant's current revision (0: nothing stored). One cheap round trip: every request asks it. */
  revision(tenant: string): Promise<number>;
  /**
   * Entries written after `since` (0: all of them, without deleted ones) and every source status.
   */
  changesSince(tenant: string, since: number, options?: ChangesOptions): Promise<IndexChanges>;
  /**
   * The entries of some normalized emails (none deleted). A store that answers it holds the index
   * for the replicas: each keeps only the fields that page and filter `users`, and reads a person's
   * accounts from here when asked (PostgreSQL). Without it, each replica holds every document.
   */
  entriesOfEmails?(tenant: string, emails: readonly string[]): Promise<IndexEntry[]>;
  /** Applies one write atomically and answers the new revision. */
  write(tenant: string, change: IndexWrite): Promise<number>;
  /** Takes (or, for its holder, renews) a lease for `ttlMs`; false while another holder has it. */
  acquireLease(tenant: string, name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives a lease back (only its holder can). */
  releaseLease(tenant: string, name: string, holder: string): Promise<void>;
  close(): Promise<void>;
}

export const entryKey = (source: IndexSource, id: string) => `${source}:${id}`;

/**
 * What a lite copy keeps of an entry's document (LocalIndex.lite): the fields `users` pages, sorts
 * and filters by; for a SCIM identity, its ID and userName. The store that answers `entriesOfEmails`
 * keeps it beside the document, so a replica reads it instead of every document.
 */
export function entryOutline(entry: IndexEntry): AccountModel | ScimIdentityModel {
  if (entry.source === 'SCIM') return { id: entry.doc.id, userName: entry.doc.userName } as ScimIdentityModel;
  const { vendor, status, displayName, department, lastActiveAt } = entry.doc;
  return { vendor, status, displayName, department, lastActiveAt } as AccountModel;
}
