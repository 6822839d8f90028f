import type { IndexEntry, IndexSource, IndexWrite, SourceStatus } from './index-store.js';
import type { LocalIndex } from './local-index.js';

/** Entries a walk writes at once: a few megabytes of documents, a few hundred round trips at 100,000 people. */
export const WALK_WRITE_BATCH = 2_000;

/** What a walk writes through: the shared index of its replica. */
export interface WalkStore {
  /** Brings the replica's copy up to the store (what other replicas wrote meanwhile). */
  sync(): Promise<void>;
  /** `deferRebuild` for the batches before the last: the replica's copy is rebuilt once, at the end. */
  write(change: IndexWrite, options: { deferRebuild: boolean }): Promise<void>;
}

/**
 * One walk of a source written as its pages arrive, instead of gathered first: at 100,000 people a
 * source's documents (and their pages) were all held at once, five sources in parallel, which is
 * where a walking replica's memory went. Each page is compared with the replica's copy; the entries
 * that differ are written in batches; at the end, the accounts the walk did not meet are removed and
 * the source's status written, in the write that rebuilds the copy. Entries written after the walk
 * began (`startRevision`: a mutation's patch, here or through another replica: the copy is brought
 * up to the store before each batch) keep the patch, since the walk may have read the vendor
 * before it. A walk that fails half way has written only entries the vendor answered, and
 * leaves the source's status (and so its completeness) as it was.
 */
export class SourceWalk {
  private readonly seen = new Set<string>();
  private pending: IndexEntry[] = [];
  private flushed: Promise<void> = Promise.resolve();
  /** Entries the walk met (the source's size, for its status). */
  taken = 0;
  /** Entries written because they differ from the replica's copy. */
  upserts = 0;

  constructor(
    private readonly local: LocalIndex,
    private readonly source: IndexSource,
    private readonly startRevision: number,
    private readonly store: WalkStore,
  ) {}

  /** One page's entries; resolves once the batch it completed (if any) is written. */
  async take(entries: readonly IndexEntry[]): Promise<void> {
    for (const entry of entries) {
      this.taken++;
      this.seen.add(entry.id);
      if (!this.patchedSince(entry) && !this.local.holdsSame(entry)) this.pending.push(entry);
    }
    if (this.pending.length >= WALK_WRITE_BATCH) await this.flush(false);
  }

  /** The walk reached the end: what is left, the removals and the source's status, in one write. */
  async finish(status: Omit<SourceStatus, 'entries'>): Promise<{ upserts: number; removals: number }> {
    let removals = 0;
    await this.flush(true, () => {
      const gone = this.local
        .entriesOf(this.source)
        .filter((e) => !this.seen.has(e.id) && !this.patchedSince(e))
        .map(({ source, id }) => ({ source, id }));
      removals = gone.length;
      return { removals: gone, sources: [{ ...status, entries: this.taken }] };
    });
    return { upserts: this.upserts, removals };
  }

  /** Written (or removed) after the walk began: the walk's older reading must not undo it. */
  private patchedSince(entry: { source: IndexSource; id: string }): boolean {
    return this.local.changedSince(entry.source, entry.id, this.startRevision);
  }

  /**
   * Writes the pending entries after the batches before them (pages arrive in parallel), checked
   * again against what other replicas wrote meanwhile; the last write also carries `rest`.
   */
  private flush(last: boolean, rest: () => Omit<IndexWrite, 'upserts'> = () => ({})): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.flushed = this.flushed.then(async () => {
      if (!pending.length && !last) return;
      await this.store.sync();
      const upserts = pending.filter((entry) => !this.patchedSince(entry));
      this.upserts += upserts.length;
      await this.store.write({ upserts, ...rest() }, { deferRebuild: !last });
    });
    return this.flushed;
  }
}
