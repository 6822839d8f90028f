import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { VendorError } from '../../common/errors.js';
import { releaseMemorySoon } from '../../common/release-memory.js';
import type { Datasources } from '../contracts.js';
import type { IdentitySnapshot } from './build-identity.js';
import { changeFeeds } from './change-feeds.js';
import { identitySources } from './identity-sources.js';
import {
  indexSources,
  type IdentityIndexStore,
  type IndexEntry,
  type IndexSource,
  type IndexWrite,
  type SourceStatus,
} from './index-store.js';
import { LocalIndex, type ChangeApplier } from './local-index.js';
import { snapshotPeople, type PeopleView } from './people-view.js';
import { SourceWalk } from './source-walk.js';
import { storePeople } from './store-people.js';

/** A catch-up (or walk) this large leaves enough garbage behind to be worth a few full collections. */
const BULK_READ = 10_000;

/** One view per snapshot held in memory: requests between two writes share it. */
const views = new WeakMap<IdentitySnapshot, PeopleView>();
function memoryView(snapshot: IdentitySnapshot): PeopleView {
  let view = views.get(snapshot);
  if (!view) views.set(snapshot, (view = snapshotPeople(snapshot)));
  return view;
}

export interface SharedIndexOptions {
  /** How long a lease holds without renewal: a holder killed mid-build is replaced after this. */
  leaseTtlMs?: number;
  /** How often a replica waiting for another's build looks at the store. */
  pollMs?: number;
  /**
   * A lite copy: how long the whole index read from the store for a scan is kept after its last use
   * (default 60 s), so a dashboard's scans share one read while the replica holds outlines at rest.
   */
  wholeIndexIdleMs?: number;
}

/** One source of the index as `/readyz` and the trace report it. */
export interface SourceReport {
  source: IndexSource;
  complete: boolean;
  entries: number;
  /** Seconds since the last full walk finished; null before the first. */
  ageSeconds: number | null;
  /** Seconds since the source was last brought up to date (walk or change feed); null before. */
  refreshedSecondsAgo: number | null;
  error: string | null;
}

export interface IdentityStatus {
  /** Every source walked to the end at least once: the index answers without waiting. */
  ready: boolean;
  revision: number;
  sources: SourceReport[];
}

/**
 * The identity index shared by every replica through an `IdentityIndexStore`: each replica serves
 * its local copy, brought up to the store's revision at the start of each request (one round trip;
 * only changed rows are read). Over a store that answers a person's entries (PostgreSQL) the copy is
 * lite: outlines that page and filter `users`, with each person's accounts read from the store, and
 * the whole index read from it for the readers that scan everyone (at 100,000 people a replica then
 * holds tens of megabytes instead of every document). A source missing from the store is walked by one replica under the
 * tenant's `build` lease, renewed while it runs; the others wait for its rows and take the lease over
 * if it expires (its holder died). A replica starting beside a complete index crawls nothing.
 */
export class SharedIdentityIndex {
  private readonly locals = new Map<string, LocalIndex>();
  private readonly syncing = new Map<string, Promise<void>>();
  private readonly building = new Map<string, Promise<IdentitySnapshot>>();
  /** Each tenant's last sync or write queued in this replica: the next waits for it (see `exclusive`). */
  private readonly queue = new Map<string, Promise<void>>();
  /** Writes the store could not take (unreachable), per tenant and in order: applied here, sent when it answers. */
  private readonly heldBack = new Map<string, IndexWrite[]>();
  private retryTimer?: NodeJS.Timeout;
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly leaseTtlMs: number;
  private readonly pollMs: number;
  /** The store holds the documents: this replica keeps outlines (see LocalIndex.lite). */
  private readonly lite: boolean;
  private readonly wholeIndexIdleMs: number;
  /** A lite copy's whole index as last read for a scan, per tenant, at the copy's revision then. */
  private readonly wholes = new Map<
    string,
    { revision: number; snapshot: Promise<IdentitySnapshot>; timer?: NodeJS.Timeout }
  >();

  constructor(
    readonly store: IdentityIndexStore,
    options: SharedIndexOptions = {},
  ) {
    this.leaseTtlMs = options.leaseTtlMs ?? 30_000;
    this.pollMs = options.pollMs ?? 200;
    this.lite = typeof store.entriesOfEmails === 'function';
    this.wholeIndexIdleMs = options.wholeIndexIdleMs ?? 60_000;
  }

  local(tenant: string): LocalIndex {
    let local = this.locals.get(tenant);
    if (!local) this.locals.set(tenant, (local = new LocalIndex(this.lite)));
    return local;
  }

  /** The local copy as it stands, without asking the store or any vendor. */
  peek(tenant: string): IdentitySnapshot | undefined {
    const local = this.locals.get(tenant);
    return local && local.missingSources().length === 0 ? local.snapshot : undefined;
  }

  /**
   * Brings the local copy to the store's revision. A store that cannot be reached leaves the copy
   * as it was (served as it stands) rather than failing the request.
   */
  sync(tenant: string): Promise<void> {
    let pending = this.syncing.get(tenant);
    if (!pending) {
      pending = this.exclusive(tenant, () => this.syncNow(tenant)).finally(() => this.syncing.delete(tenant));
      this.syncing.set(tenant, pending);
    }
    return pending;
  }

  private async syncNow(tenant: string): Promise<void> {
    try {
      await this.sendHeldBack(tenant);
      const local = this.local(tenant);
      const revision = await this.store.revision(tenant);
      if (revision === local.revision) return;
      if (revision > local.revision && (await this.catchUp(tenant, local, local.revision, this.lite))) return;
      // The store lost its state (a Redis restarted without persistence) and may have been written
      // again since: this copy matches no revision of it. Start over from what the store holds, so a
      // missing source is built again (under the lease) and every row of it written, not only those
      // that differ from a copy the store lacks.
      const fresh = new LocalIndex(this.lite);
      this.locals.set(tenant, fresh);
      await this.catchUp(tenant, fresh, 0, this.lite);
    } catch (error) {
      if (!this.local(tenant).snapshot) throw error;
    }
  }

  /**
   * Runs `job` after the syncs and writes of this tenant queued before it, one at a time: a catch-up
   * read at one revision must not finish over a write applied meanwhile at a later one (it would put
   * back the sources' statuses as they were, hiding a source just completed).
   */
  private exclusive<T>(tenant: string, job: () => Promise<T>): Promise<T> {
    const run = (this.queue.get(tenant) ?? Promise.resolve()).then(job);
    this.queue.set(
      tenant,
      run.then(
        () => undefined,
        () => undefined,
      ),
    );
    return run;
  }

  /**
   * Reads what changed after `since` into `local`, batch by batch where the store streams it (a
   * replica starting beside 330,000 rows never holds them all as rows). False, with nothing applied,
   * when the copy is older than the store itself.
   */
  private async catchUp(
    tenant: string,
    local: LocalIndex,
    since: number,
    outlines: boolean,
  ): Promise<boolean> {
    let applying: ChangeApplier | undefined;
    let taken = 0;
    const changes = await this.store.changesSince(tenant, since, {
      outlines,
      onEntries: (entries, revision) => {
        (applying ??= local.applying(revision)).add(entries);
        taken += entries.length;
      },
    });
    if (!applying && changes.base !== undefined && since > 0 && since < changes.base) return false;
    applying ??= local.applying(changes.revision);
    applying.add(changes.entries);
    applying.finish(changes.sources);
    if (taken + changes.entries.length >= BULK_READ) releaseMemorySoon();
    return true;
  }

  /** The people of the index, one at a time or a page (built or waited for like `get`). */
  async people(tenant: string, datasources: Datasources): Promise<PeopleView> {
    return this.viewOf(tenant, await this.ready(tenant, datasources));
  }

  /** The people of the local copy as it stands, when it is complete; no vendor is asked. */
  peekPeople(tenant: string): PeopleView | undefined {
    const snapshot = this.peek(tenant);
    return snapshot && this.viewOf(tenant, snapshot);
  }

  /** A lite copy's view reads people from the store: one per request, so its lookups batch and cache. */
  private viewOf(tenant: string, snapshot: IdentitySnapshot): PeopleView {
    if (!this.lite) return memoryView(snapshot);
    const hidden = new Set(this.local(tenant).missingSources());
    return storePeople(snapshot, hidden, (emails) => this.store.entriesOfEmails!(tenant, emails));
  }

  /**
   * The whole index, complete: built (under the lease) or waited for when a source is missing. A
   * lite copy reads every document from the store for it (readers that scan everyone, per request).
   */
  async get(tenant: string, datasources: Datasources): Promise<IdentitySnapshot> {
    const snapshot = await this.ready(tenant, datasources);
    if (!this.lite) return snapshot;
    const revision = this.local(tenant).revision;
    let held = this.wholes.get(tenant);
    if (!held || held.revision !== revision) {
      if (held) clearTimeout(held.timer);
      const read = (async () => {
        const whole = new LocalIndex();
        await this.catchUp(tenant, whole, 0, false);
        return whole.snapshot!;
      })();
      read.catch(() => this.wholes.delete(tenant));
      this.wholes.set(tenant, (held = { revision, snapshot: read }));
    }
    clearTimeout(held.timer);
    held.timer = setTimeout(() => {
      this.wholes.delete(tenant);
      releaseMemorySoon();
    }, this.wholeIndexIdleMs).unref();
    return { ...(await held.snapshot), failures: snapshot.failures };
  }

  /** The local copy, complete: built (under the lease) or waited for when a source is missing. */
  private async ready(tenant: string, datasources: Datasources): Promise<IdentitySnapshot> {
    const local = this.local(tenant);
    if (local.snapshot && local.missingSources().length === 0) return local.snapshot;
    let pending = this.building.get(tenant);
    if (!pending) {
      pending = this.buildMissing(tenant, datasources).finally(() => this.building.delete(tenant));
      this.building.set(tenant, pending);
    }
    return pending;
  }

  /** Writes entries read after a write (a patch) and brings the local copy up to it. */
  async patch(
    tenant: string,
    change: { upserts: IndexEntry[]; removals: { source: IndexSource; id: string }[] },
  ): Promise<void> {
    if (!change.upserts.length && !change.removals.length) return;
    await this.write(tenant, change);
  }

  /**
   * Replaces one source with these entries (a walk gathered whole): only entries that differ from
   * this replica's copy are written, and entries no longer found are removed (see `SourceWalk`).
   */
  async replaceSource(
    tenant: string,
    source: IndexSource,
    walked: IndexEntry[],
    status: Omit<SourceStatus, 'entries'>,
    startRevision: number,
  ) {
    const walk = this.sourceWalk(tenant, source, startRevision);
    await walk.take(walked);
    return walk.finish(status);
  }

  /** A walk of one source written as it goes, against this replica's copy brought up to the store. */
  private sourceWalk(tenant: string, source: IndexSource, startRevision: number): SourceWalk {
    return new SourceWalk(this.local(tenant), source, startRevision, {
      sync: () => this.sync(tenant),
      write: (change, options) => this.write(tenant, change, options),
    });
  }

  /** Records a source's status alone (a failed refresh, a change-feed cursor). */
  async setStatus(tenant: string, status: SourceStatus): Promise<void> {
    await this.write(tenant, { sources: [status] });
  }

  /**
   * Marks every source for a new walk (the vendors changed behind the index's back): readers build
   * it again under the lease, and the walk writes only the rows that differ.
   */
  async forget(tenant: string): Promise<void> {
    await this.sync(tenant).catch(() => undefined);
    const local = this.local(tenant);
    const sources = indexSources.map((source): SourceStatus => ({
      entries: 0,
      refreshedAt: null,
      ...local.status(source),
      source,
      builtAt: null,
    }));
    await this.write(tenant, { sources });
  }

  /**
   * Writes to the store and brings the local copy up to it. When the write is the very next revision
   * (nobody wrote in between) it is applied from memory: a replica does not read back the 100,000
   * rows it just wrote. Otherwise the copy catches up from the store. A tenant's writes and syncs in
   * this replica go one at a time (sources walked in parallel write batch after batch): each write
   * then is the next revision unless another replica wrote in between, and no catch-up overlaps it.
   */
  private write(tenant: string, change: IndexWrite, options: { deferRebuild?: boolean } = {}): Promise<void> {
    return this.exclusive(tenant, () => this.writeNow(tenant, change, options.deferRebuild ?? false));
  }

  private async writeNow(tenant: string, change: IndexWrite, deferRebuild: boolean): Promise<void> {
    const local = this.local(tenant);
    const before = local.revision;
    let revision: number;
    try {
      if (this.heldBack.get(tenant)?.length) throw new Error('earlier writes are still held back');
      revision = await this.store.write(tenant, change);
    } catch (error) {
      // The store is away (or earlier writes wait for it): a replica with an index keeps this write
      // in its own copy, so it shows at once here, and sends it, in order, when the store answers.
      if (!local.snapshot) throw error;
      this.holdBack(tenant, change, deferRebuild);
      return;
    }
    if (revision !== before + 1 || local.revision !== before) return this.syncNow(tenant);
    this.applyHere(tenant, change, revision, deferRebuild);
  }

  private holdBack(tenant: string, change: IndexWrite, deferRebuild: boolean): void {
    const held = this.heldBack.get(tenant) ?? [];
    held.push(change);
    this.heldBack.set(tenant, held);
    this.applyHere(tenant, change, this.local(tenant).revision, deferRebuild);
    // Sent by the next request's sync, or by this timer when no request comes.
    this.retryTimer ??= setInterval(() => {
      for (const waiting of this.heldBack.keys()) void this.sync(waiting).catch(() => undefined);
    }, 1_000).unref();
  }

  /** Sends the held-back writes in order; stops (keeping the rest) at the first the store refuses. */
  private async sendHeldBack(tenant: string): Promise<void> {
    const held = this.heldBack.get(tenant);
    while (held?.length) {
      await this.store.write(tenant, held[0]);
      held.shift();
    }
    this.heldBack.delete(tenant);
    if (this.heldBack.size === 0 && this.retryTimer) {
      clearInterval(this.retryTimer);
      this.retryTimer = undefined;
    }
  }

  /**
   * Applies a write to this replica's copy from memory, at `revision`; `deferRebuild` (a walk's
   * batch) holds the entries and leaves the snapshot served as it was until a later write rebuilds.
   */
  private applyHere(tenant: string, change: IndexWrite, revision: number, deferRebuild = false): void {
    const local = this.local(tenant);
    const sources = new Map(indexSources.flatMap((s) => (local.status(s) ? [[s, local.status(s)!]] : [])));
    for (const status of change.sources ?? []) sources.set(status.source, status);
    const applying = local.applying(revision);
    applying.add(
      [
        ...(change.upserts ?? []),
        ...(change.removals ?? []).map(({ source, id }) => ({ ...local.entry(source, id)!, deleted: true })),
      ].filter((entry) => entry.source !== undefined),
    );
    if (deferRebuild) applying.defer();
    else applying.finish([...sources.values()]);
  }

  status(tenant: string, now = Date.now()): IdentityStatus {
    const local = this.local(tenant);
    const seconds = (at: number | null | undefined) => (at ? Math.max(0, (now - at) / 1000) : null);
    const sources = indexSources.map((source): SourceReport => {
      const status = local.status(source);
      return {
        source,
        complete: Boolean(status?.builtAt),
        entries: status?.entries ?? 0,
        ageSeconds: seconds(status?.builtAt),
        refreshedSecondsAgo: seconds(status?.refreshedAt),
        error: status?.error?.message ?? null,
      };
    });
    return { ready: sources.every((s) => s.complete), revision: local.revision, sources };
  }

  /** Runs `job` while holding the lease `name`, renewing it; false when another replica holds it. */
  async withLease(tenant: string, name: string, job: () => Promise<void>): Promise<boolean> {
    if (!(await this.store.acquireLease(tenant, name, this.holder, this.leaseTtlMs))) return false;
    const renew = setInterval(() => {
      this.store.acquireLease(tenant, name, this.holder, this.leaseTtlMs).catch(() => undefined);
    }, this.leaseTtlMs / 3);
    try {
      await job();
    } finally {
      clearInterval(renew);
      await this.store.releaseLease(tenant, name, this.holder).catch(() => undefined);
    }
    return true;
  }

  private async buildMissing(tenant: string, datasources: Datasources): Promise<IdentitySnapshot> {
    const local = this.local(tenant);
    for (;;) {
      await this.sync(tenant);
      const missing = local.missingSources();
      if (missing.length === 0 && local.snapshot) return local.snapshot;
      let failures: VendorError[] = [];
      const built = await this.withLease(tenant, 'build', async () => {
        await this.sync(tenant);
        failures = await this.walkSources(tenant, local.missingSources(), datasources);
      });
      if (built) {
        // This request reports the failures it met; the next one walks the failed sources again.
        const snapshot = local.snapshot!;
        return failures.length ? { ...snapshot, failures } : snapshot;
      }
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  /** Walks each source (in parallel) and writes it to the store as soon as its walk ends. */
  private async walkSources(
    tenant: string,
    sources: IndexSource[],
    datasources: Datasources,
  ): Promise<VendorError[]> {
    const failures = await Promise.all(sources.map((source) => this.walkSource(tenant, source, datasources)));
    return failures.filter((failure) => failure !== undefined);
  }

  /**
   * Walks one source to the end and writes what changed. Where the source has a change feed, its
   * head is read first, so the refresh replays from there what changed during the walk. A vendor
   * failure is recorded in the source's status (the rows of the last walk stay) and answered.
   */
  async walkSource(
    tenant: string,
    source: IndexSource,
    datasources: Datasources,
  ): Promise<VendorError | undefined> {
    const local = this.local(tenant);
    const previous = local.status(source);
    const startRevision = local.revision;
    try {
      const changesCursor = (await changeFeeds[source]?.head(datasources)) ?? previous?.changesCursor;
      const walk = this.sourceWalk(tenant, source, startRevision);
      await identitySources[source].eachPage(datasources, (entries) => walk.take(entries));
      const at = Date.now();
      await walk.finish({ source, builtAt: at, refreshedAt: at, changesCursor });
      // The walk's pages and the documents it wrote are garbage now.
      if (walk.taken >= BULK_READ) releaseMemorySoon();
      return undefined;
    } catch (error) {
      if (!(error instanceof VendorError)) throw error;
      await this.setStatus(tenant, {
        source,
        builtAt: previous?.builtAt ?? null,
        refreshedAt: previous?.refreshedAt ?? null,
        entries: previous?.entries ?? 0,
        changesCursor: previous?.changesCursor,
        error: { code: String(error.extensions.code), message: error.message },
      });
      return error;
    }
  }
}
