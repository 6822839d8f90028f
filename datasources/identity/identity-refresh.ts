import { VendorError } from '../../common/errors.js';
import type { Datasources } from '../contracts.js';
import { changeFeeds } from './change-feeds.js';
import { identitySources } from './identity-sources.js';
import { readTouchedEntries } from './patch-identity.js';
import { indexSources, type IndexSource } from './index-store.js';
import type { SharedIdentityIndex } from './shared-identity-index.js';

const DAY = 24 * 60 * 60 * 1000;

export interface RefreshOptions {
  /** A source older than this (since its last refresh) is walked again. */
  intervalMs: number;
  /** Sources with a change feed are read incrementally; a full walk of them runs this often (default 24 h). */
  fullWalkEveryMs?: number;
  /** How often the refresher looks at the sources' ages (default: a tenth of the interval, 1 s at least). */
  checkEveryMs?: number;
}

/**
 * Keeps every source of the shared index fresh in the background: a source whose last refresh is
 * older than the interval is refreshed by one replica (the `refresh:<source>` lease) through
 * datasources whose transports carry that vendor's call budget (paced, slowed by 429s, retried
 * patiently). Where the vendor records changes (BetterCloud and Atlassian audit events) only the
 * people named since the last cursor are re-read; elsewhere the source is walked again, and only the
 * rows that changed are written. Readers keep the index they have meanwhile.
 */
export class IdentityRefresher {
  private timer?: NodeJS.Timeout;
  private readonly running = new Map<IndexSource, Promise<void>>();

  constructor(
    private readonly index: SharedIdentityIndex,
    private readonly tenant: string,
    /** Datasources over the paced refresh transports (fresh per walk: no request-scoped dedup survives). */
    private readonly pacedDatasources: () => Datasources,
    private readonly options: RefreshOptions,
  ) {}

  start(): void {
    if (this.timer || this.options.intervalMs <= 0) return;
    const every = this.options.checkEveryMs ?? Math.max(1_000, this.options.intervalMs / 10);
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled(this.running.values());
  }

  /** Starts a walk of every source due for one; resolves when they end (tests await it). */
  async tick(now = Date.now()): Promise<void> {
    await this.index.sync(this.tenant).catch(() => undefined);
    const local = this.index.local(this.tenant);
    const due = indexSources.filter((source) => {
      const status = local.status(source);
      // A source never built is the readers' build, under the build lease, not the refresh's.
      return status?.builtAt && now - (status.refreshedAt ?? 0) >= this.options.intervalMs;
    });
    await Promise.all(due.map((source) => this.refresh(source)));
  }

  /**
   * Refreshes one source (unless this replica already is, or another replica holds its lease):
   * from its change feed when it has one, by a walk when it has none or `full` is asked.
   */
  refresh(source: IndexSource, mode: 'auto' | 'full' = 'auto'): Promise<void> {
    let pending = this.running.get(source);
    if (!pending) {
      pending = this.walk(source, mode).finally(() => this.running.delete(source));
      this.running.set(source, pending);
    }
    return pending;
  }

  private async walk(source: IndexSource, mode: 'auto' | 'full'): Promise<void> {
    await this.index
      .withLease(this.tenant, `refresh:${source}`, async () => {
        await this.index.sync(this.tenant);
        const local = this.index.local(this.tenant);
        const previous = local.status(source);
        const now = Date.now();
        // Another replica may have refreshed it while this one waited for the lease.
        if (previous?.refreshedAt && now - previous.refreshedAt < this.options.intervalMs) return;
        const datasources = this.pacedDatasources();
        const feed = changeFeeds[source];
        const fullWalkDue =
          !previous?.builtAt || now - previous.builtAt >= (this.options.fullWalkEveryMs ?? DAY);
        if (mode === 'full' || !feed || !previous?.changesCursor || fullWalkDue) {
          await this.index.walkSource(this.tenant, source, datasources);
          return;
        }
        try {
          const { emails, cursor } = await feed.changedSince(datasources, previous.changesCursor);
          const touch = { apis: [identitySources[source].api], objects: [], emails };
          await this.index.patch(this.tenant, await readTouchedEntries(local, datasources, touch));
          await this.index.setStatus(this.tenant, {
            ...previous,
            refreshedAt: Date.now(),
            changesCursor: cursor,
            error: undefined,
          });
        } catch (error) {
          if (!(error instanceof VendorError)) throw error;
          await this.index.setStatus(this.tenant, {
            ...previous,
            error: { code: String(error.extensions.code), message: error.message },
          });
        }
      })
      .catch(() => undefined);
  }
}
