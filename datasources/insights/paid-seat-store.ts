import { LRUCache } from 'lru-cache';
import type { SaasSubscriptionModel } from '../model/index.js';

/**
 * The company's paid seats (Snow's whole seat walk, dozens of calls) kept per tenant and shared by
 * every request, so `licenseWaste` and `spend` page over one walk instead of redoing it per page.
 * lru-cache's `fetch` gives the stale-while-revalidate behaviour: past the TTL the old walk is still
 * answered while one refresh runs in the background (concurrent readers share it); readers wait only
 * when there is no walk at all. A failed walk is not kept (the stale one stays). Writes that reach
 * Snow invalidate the tenant's walk (the gateway's `afterWrite`).
 *
 * Each walk also memoizes what is computed from it (`PaidSeats.remember`): waste per threshold,
 * spend per grouping, keyed by the identity snapshot the holders came from, so a write that changes
 * a holder's status (a new snapshot) recomputes and a page after the first computes nothing.
 */
export class PaidSeatStore {
  private readonly cache: LRUCache<string, PaidSeats, () => Promise<SaasSubscriptionModel[]>>;
  /** Bumped by every invalidation: a reader whose walk was dropped mid-flight by a write reads again. */
  private generation = 0;

  /** Why each tenant's last walk failed: lru-cache answers a failed fetch with no value, not its error. */
  private readonly failures = new Map<string, unknown>();

  constructor(ttlMs: number) {
    this.cache = new LRUCache({
      max: 64,
      ttl: Math.max(1, ttlMs),
      allowStale: true,
      allowStaleOnFetchRejection: true,
      noDeleteOnFetchRejection: true,
      fetchMethod: async (tenant, _stale, { context: walk }) => {
        try {
          const seats = new PaidSeats(await walk());
          this.failures.delete(tenant);
          return seats;
        } catch (error) {
          this.failures.set(tenant, error);
          throw error;
        }
      },
    });
  }

  /** The tenant's paid seats, walking Snow with `walk` (the asking request's datasource) when none are kept. */
  async get(tenant: string, walk: () => Promise<SaasSubscriptionModel[]>): Promise<PaidSeats> {
    for (;;) {
      const generation = this.generation;
      const seats = await this.cache.fetch(tenant, { context: walk }).catch(() => undefined);
      if (seats) return seats;
      // Invalidated while walking (the walk may predate the write): walk again. Otherwise it failed.
      if (generation === this.generation)
        throw this.failures.get(tenant) ?? new Error('The seat walk failed');
    }
  }

  /** Forgets a tenant's seats (after a write that changed Snow, or when the vendors changed behind our back). */
  invalidate(tenant: string): void {
    this.generation++;
    this.cache.delete(tenant);
  }
}

/** How long a figure computed against a real clock is reused before it is worked out again. */
export const FIGURE_REUSE_MS = 60_000;

/** One seat walk and the figures computed from it. */
export class PaidSeats {
  private readonly figures = new WeakMap<object, Map<string, { at: number; value: unknown }>>();

  constructor(readonly seats: readonly SaasSubscriptionModel[]) {}

  /**
   * `compute(now)` once per `source` (the identity snapshot the holders come from) and `key`; reused
   * while the clock stays within `FIGURE_REUSE_MS` of when it was computed (a pinned clock: always).
   */
  remember<T>(source: object, key: string, now: number, compute: (now: number) => T): T {
    let bySource = this.figures.get(source);
    if (!bySource) {
      bySource = new Map();
      this.figures.set(source, bySource);
    }
    const kept = bySource.get(key);
    if (kept && now >= kept.at && now - kept.at < FIGURE_REUSE_MS) return kept.value as T;
    const value = compute(now);
    bySource.set(key, { at: now, value });
    return value;
  }
}
