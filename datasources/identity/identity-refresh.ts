import { VendorError } from '../../common/errors.js';
import type { Datasources } from '../contracts.js';
import { identitySources } from './identity-sources.js';
import { indexSources, type IndexSource } from './index-store.js';
import type { SharedIdentityIndex } from './shared-identity-index.js';

export interface RefreshOptions {
  /** A source older than this (since its last refresh) is walked again. */
  intervalMs: number;
  /** How often the refresher looks at the sources' ages (default: a tenth of the interval, 1 s at least). */
  checkEveryMs?: number;
}

/**
 * Keeps every source of the shared index fresh in the background: a source whose last refresh is
 * older than the interval is walked again by one replica (the `refresh:<source>` lease) through
 * datasources whose transports carry that vendor's call budget (paced, slowed by 429s, retried
 * patiently), and only the rows that changed are written. Readers keep the index they have meanwhile.
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

  /** Walks one source again (unless this replica already is, or another replica holds its lease). */
  refresh(source: IndexSource): Promise<void> {
    let pending = this.running.get(source);
    if (!pending) {
      pending = this.walk(source).finally(() => this.running.delete(source));
      this.running.set(source, pending);
    }
    return pending;
  }

  private async walk(source: IndexSource): Promise<void> {
    await this.index
      .withLease(this.tenant, `refresh:${source}`, async () => {
        await this.index.sync(this.tenant);
        const previous = this.index.local(this.tenant).status(source);
        // Another replica may have refreshed it while this one waited for the lease.
        if (previous?.refreshedAt && Date.now() - previous.refreshedAt < this.options.intervalMs) return;
        const startRevision = this.index.local(this.tenant).revision;
        try {
          const entries = await identitySources[source].listAll(this.pacedDatasources());
          const at = Date.now();
          await this.index.replaceSource(
            this.tenant,
            source,
            entries,
            {
              source,
              builtAt: at,
              refreshedAt: at,
              entries: entries.length,
              changesCursor: previous?.changesCursor,
            },
            startRevision,
          );
        } catch (error) {
          if (!(error instanceof VendorError) || !previous) throw error;
          // The index keeps what the last walk found; the error shows in the status until a walk succeeds.
          await this.index.setStatus(this.tenant, {
            ...previous,
            refreshedAt: Date.now(),
            error: { code: String(error.extensions.code), message: error.message },
          });
        }
      })
      .catch(() => undefined);
  }
}
