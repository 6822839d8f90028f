import { createHash } from 'node:crypto';
import { VendorError } from '../../common/errors.js';
import type { AccountModel, ScimIdentityModel, UserModel } from '../model/index.js';
import { vendorOrder, type IdentitySnapshot } from './build-identity.js';
import { EntryCompactor } from './compact-entry.js';
import { identitySources } from './identity-sources.js';
import {
  entryKey,
  indexSources,
  type IndexChanges,
  type IndexEntry,
  type IndexSource,
  type SourceStatus,
  entryOutline,
  type StoredEntry,
} from './index-store.js';

const byEmailOrder = (a: UserModel, b: UserModel) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0);
const rank = (a: AccountModel) => vendorOrder.indexOf(a.vendor);

/**
 * One replica's copy of the shared index at a revision. Catching up applies only the entries that
 * changed: the people they belong to are rebuilt and put back in the sorted list, so a patch costs
 * the changed people (plus one copy of the list), not a rebuild of the company.
 */
export class LocalIndex {
  revision = 0;
  /**
   * `lite`: the store holds the documents (it answers `entriesOfEmails`), so this copy keeps of each
   * account only what pages, sorts and filters `users` (vendor, status, name, department, last
   * activity) and a digest of the document to compare a new walk with. Its snapshot's people are
   * outlines: a reader asks the store for a person's accounts.
   */
  constructor(readonly lite = false) {}

  /**
   * Each entry with the revision it arrived with (a walk that began before it must not undo it). At
   * 100,000 people the index holds ~330,000 entries, so what each one costs is the replica's memory.
   */
  private readonly entries = new Map<IndexSource, Map<string, HeldEntry>>(
    indexSources.map((source) => [source, new Map()]),
  );
  /** Each person's entries, held directly (a few per person: an array, not a Set of keys). */
  private readonly entriesByEmail = new Map<string, HeldEntry[]>();
  /** The revision each removal arrived with (entries carry their own). */
  private readonly removedAt = new Map<string, number>();
  private readonly compactor = new EntryCompactor();
  /** The people whose entries were taken by a read not finished yet (see `applying`). */
  private readonly touchedUnfinished = new Set<string>();
  private sources = new Map<IndexSource, SourceStatus>();
  private current?: IdentitySnapshot;

  get snapshot(): IdentitySnapshot | undefined {
    return this.current;
  }

  status(source: IndexSource): SourceStatus | undefined {
    return this.sources.get(source);
  }

  /** Sources never walked to the end: the index lacks their accounts. */
  missingSources(): IndexSource[] {
    return indexSources.filter((s) => !this.sources.get(s)?.builtAt);
  }

  /** This replica's entries of one source (what a refresh compares a new walk with). */
  entriesOf(source: IndexSource): IndexEntry[] {
    return [...this.entries.get(source)!.values()];
  }

  /** The entry of an account by its source and ID. */
  entry(source: IndexSource, id: string): HeldEntry | undefined {
    return this.entries.get(source)!.get(id);
  }

  /** Whether the entry was written (or removed) after `revision`: newer than a walk that began then. */
  changedSince(source: IndexSource, id: string, revision: number): boolean {
    return (this.entry(source, id)?.at ?? this.removedAt.get(entryKey(source, id)) ?? 0) > revision;
  }

  /** Every entry held for one normalized email. */
  entriesOfEmail(email: string): IndexEntry[] {
    return [...(this.entriesByEmail.get(email) ?? [])];
  }

  /** Whether `entry` is what this copy holds for its account (a walk that found it unchanged). */
  holdsSame(entry: IndexEntry): boolean {
    const known = this.entry(entry.source, entry.id);
    if (!known || known.email !== entry.email) return false;
    if (this.lite) return known.digest === digestOf(entry.doc);
    return JSON.stringify(known.doc) === JSON.stringify(entry.doc);
  }

  apply(changes: IndexChanges): void {
    const applying = this.applying(changes.revision);
    applying.add(changes.entries);
    applying.finish(changes.sources);
  }

  /**
   * Applies one revision's changes as their entries arrive, batch by batch (a store reading them
   * through a cursor), then the sources' statuses and the rebuild. Each batch's rows can be dropped
   * as soon as it is taken. Left unfinished (the read failed), the snapshot served is the one before;
   * reading the same revision again takes the same entries again and finishes it.
   */
  applying(revision: number): ChangeApplier {
    // The people to rebuild; a first load rebuilds everyone and tracks nothing. An unfinished read
    // before this one may have moved an account away from a person: they are rebuilt too.
    const touched = this.touchedUnfinished;
    const track = this.current !== undefined;
    return {
      add: (entries) => {
        for (const stored of entries) this.take(stored, revision, track ? touched : undefined);
      },
      defer: () => {
        this.revision = revision;
      },
      finish: (sources) => {
        const hiddenBefore = this.missingSources().join();
        this.sources = new Map(sources.map((s) => [s.source, s]));
        this.revision = revision;
        // A source becoming complete or incomplete shows or hides all its accounts: everyone is rebuilt.
        this.current = this.rebuild(touched, hiddenBefore !== this.missingSources().join());
        touched.clear();
      },
    };
  }

  /** Puts one stored entry in place of what this copy held for its account (`touched`: its people). */
  private take(stored: StoredEntry, revision: number, touched: Set<string> | undefined): void {
    // Per source, by ID: no "source:id" key string per entry (330,000 of them) to build and hash.
    const ofSource = this.entries.get(stored.source)!;
    const previous = ofSource.get(stored.id);
    if (previous) {
      touched?.add(previous.email);
      const held = this.entriesByEmail.get(previous.email);
      if (held)
        this.entriesByEmail.set(
          previous.email,
          held.filter((e) => e !== previous),
        );
    }
    if (stored.deleted) {
      ofSource.delete(stored.id);
      this.removedAt.set(entryKey(stored.source, stored.id), revision);
      return;
    }
    if (this.removedAt.size) this.removedAt.delete(entryKey(stored.source, stored.id));
    const sameEmail = this.entriesByEmail.get(stored.email);
    // One string per email across the person's entries (rows from the store each bring a copy), and
    // one object literal per entry (a field added later would cost each entry a property array).
    const email = sameEmail?.[0]?.email ?? stored.email;
    const held = this.compactor.compact(
      this.lite
        ? liteEntry(stored, email, sameEmail, revision)
        : ({
            source: stored.source,
            id: stored.id,
            email,
            doc: stored.doc,
            at: revision,
          } as HeldEntry),
    );
    ofSource.set(held.id, held);
    // A new array of the exact length: one grown by push keeps 17 slots for a person's 3 entries.
    this.entriesByEmail.set(email, sameEmail ? sameEmail.concat(held) : [held]);
    touched?.add(email);
  }

  /**
   * The snapshot with the people of `touched` rebuilt; every other person is the same object as
   * before. Accounts of a source never walked to the end (or marked for a new walk) are left out:
   * that source is reported as failed, and a half-known vendor is not shown as if it were known.
   */
  private rebuild(touched: Set<string>, everyone: boolean): IdentitySnapshot {
    const previous = everyone ? undefined : this.current;
    const hidden = new Set(this.missingSources());
    const byEmail = new Map(previous?.byEmail ?? []);
    const scimByEmail = new Map(previous?.scimByEmail ?? []);
    let membershipChanged = !previous;
    const emails = previous ? touched : this.entriesByEmail.keys();
    for (const email of emails) {
      const held = this.entriesByEmail.get(email) ?? [];
      if (!held.length) this.entriesByEmail.delete(email);
      const entries = held.filter((e) => !hidden.has(e.source));
      const accounts = entries.filter((e) => e.source !== 'SCIM').map((e) => e.doc as AccountModel);
      const scim = entries.find((e) => e.source === 'SCIM')?.doc as ScimIdentityModel | undefined;
      if (scim) scimByEmail.set(email, scim);
      else scimByEmail.delete(email);
      if (accounts.length) {
        accounts.sort((a, b) => rank(a) - rank(b));
        if (!byEmail.has(email)) membershipChanged = true;
        byEmail.set(email, { email, accounts });
      } else if (byEmail.delete(email)) membershipChanged = true;
    }
    let users: UserModel[];
    if (membershipChanged) users = [...byEmail.values()].sort(byEmailOrder);
    else {
      users = previous!.users.slice();
      for (const email of touched) {
        const user = byEmail.get(email);
        if (user) users[findIndex(users, email)] = user;
      }
    }
    const statuses = [...this.sources.values()];
    const built = statuses.map((s) => s.builtAt ?? 0);
    return {
      users,
      byEmail,
      scimByEmail,
      failures: statuses.filter((s) => s.error && !s.builtAt).map(failureOf),
      builtAt: built.length ? Math.min(...built) : Date.now(),
    };
  }
}

/** One revision's changes being applied (`LocalIndex.applying`). */
export interface ChangeApplier {
  add(entries: readonly StoredEntry[]): void;
  /**
   * Takes the revision without rebuilding (a walk writing a source batch by batch): the entries are
   * held (`entry`, `holdsSame` see them) while the snapshot served stays the one before, until a
   * later revision's `finish` rebuilds their people with its own.
   */
  defer(): void;
  finish(sources: SourceStatus[]): void;
}

/**
 * An entry as a replica holds it: with the revision it arrived with (one field, not a map of
 * 330,000), and in a lite copy the digest of its document.
 */
type HeldEntry = IndexEntry & { at: number; digest?: number };

/**
 * The document's MD5 (of its JSON, as the store keeps it), as a number: 52 of its bits, which fit a
 * double exactly (a string of 32 hex digits would cost each of 330,000 entries three times as much).
 */
function digestOf(doc: unknown, storedHex?: string): number {
  const hex = storedHex ?? createHash('md5').update(JSON.stringify(doc)).digest('hex');
  return Number.parseInt(hex.slice(0, 13), 16);
}

/**
 * A lite copy's entry: what it keeps of the document (`entryOutline`; the store may send it already
 * cut) in the entry itself, whose `doc` is the entry (one object per account, not an entry and an
 * outline: 8 MB at 100,000 people). The strings a person's rows repeat are shared: the email as
 * userName, one name across their accounts (each vendor's row brings its own copy).
 */
function liteEntry(
  stored: StoredEntry,
  email: string,
  siblings: readonly HeldEntry[] | undefined,
  at: number,
): HeldEntry {
  const digest = digestOf(stored.doc, stored.digest);
  if (stored.source === 'SCIM') {
    const { userName } = entryOutline(stored) as ScimIdentityModel;
    return new LiteIdentity(stored.id, email, at, digest, userName === email ? email : userName).entry();
  }
  const outline = entryOutline(stored) as AccountModel;
  let displayName = outline.displayName;
  for (const sibling of siblings ?? []) {
    const name = sibling.source === 'SCIM' ? undefined : sibling.doc.displayName;
    if (name === displayName) displayName = name;
  }
  return new LiteAccount(stored.source, stored.id, email, at, digest, outline, displayName).entry();
}

/** The fields every lite entry has; a class, so all of one kind share one shape with in-object fields. */
abstract class LiteEntry {
  doc: unknown = this;
  constructor(
    public source: IndexSource,
    public id: string,
    public email: string,
    public at: number,
    public digest: number,
  ) {}

  entry(): HeldEntry {
    return this as unknown as HeldEntry;
  }
}

/** A SCIM identity's lite entry: its ID (the entry's) and userName. */
class LiteIdentity extends LiteEntry {
  constructor(
    id: string,
    email: string,
    at: number,
    digest: number,
    public userName: string,
  ) {
    super('SCIM', id, email, at, digest);
  }
}

/** An account's lite entry: the fields `users` pages, sorts and filters by. */
class LiteAccount extends LiteEntry {
  vendor: AccountModel['vendor'];
  status: AccountModel['status'];
  displayName: string | null;
  department: string | null;
  lastActiveAt: string | null;

  constructor(
    source: IndexSource,
    id: string,
    email: string,
    at: number,
    digest: number,
    outline: AccountModel,
    /** The person's name as shared with their other entries. */
    displayName: string | null,
  ) {
    super(source, id, email, at, digest);
    this.vendor = outline.vendor;
    this.status = outline.status;
    this.displayName = displayName;
    this.department = outline.department;
    this.lastActiveAt = outline.lastActiveAt;
  }

  /** The account's ID under its AccountModel name (a scan over outlines keys on it); on the prototype, free per entry. */
  get externalId(): string {
    return this.id;
  }

  /** The account's normalized email (the entry's), under its AccountModel name. */
  get normalizedEmail(): string {
    return this.email;
  }
}

function findIndex(users: UserModel[], email: string): number {
  let lo = 0;
  let hi = users.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (users[mid].email === email) return mid;
    if (users[mid].email < email) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`identity index out of order: ${email} not found`);
}

/** A source the index could not read, as the error a reader reports (its accounts are missing). */
function failureOf(status: SourceStatus): VendorError {
  const code = (status.error?.code ?? 'VENDOR_UNAVAILABLE') as ConstructorParameters<typeof VendorError>[0];
  return new VendorError(code, identitySources[status.source].vendor, status.error!.message, true);
}
