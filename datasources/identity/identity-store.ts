import type { IdentitySnapshot } from './build-identity.js';

/**
 * Keeps one identity snapshot per tenant (per set of vendor credentials) and serves it
 * stale-while-revalidate: past its TTL the old snapshot is still answered while one refresh runs;
 * readers wait only when there is no snapshot at all. Concurrent builds are collapsed into one.
 *
 * Held in process memory for now: the shared keyv/Redis store of the caching issue replaces the map.
 */
export class IdentityStore {
  private readonly snapshots = new Map<string, IdentitySnapshot>();
  private readonly building = new Map<string, Promise<IdentitySnapshot>>();
  /** Bumped by every invalidation: a build that started before a write must not be kept after it. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly ttlMs: number) {}

  async get(tenant: string, build: () => Promise<IdentitySnapshot>): Promise<IdentitySnapshot> {
    const current = this.snapshots.get(tenant);
    if (current && Date.now() - current.builtAt < this.ttlMs) return current;
    const refresh = this.refresh(tenant, build);
    if (current && current.failures.length === 0) {
      refresh.catch(() => undefined); // the next reader retries; this one keeps the stale snapshot
      return current;
    }
    return refresh;
  }

  /** The tenant's snapshot if one was built (even past its TTL), without building one. */
  peek(tenant: string): IdentitySnapshot | undefined {
    return this.snapshots.get(tenant);
  }

  /** When the tenant's kept snapshot was built (epoch ms), if there is one: its age is a metric. */
  builtAt(tenant: string): number | undefined {
    return this.snapshots.get(tenant)?.builtAt;
  }

  /** Forgets a tenant's snapshot (after writes that add or remove accounts). */
  invalidate(tenant: string): void {
    this.snapshots.delete(tenant);
    this.building.delete(tenant);
    this.generations.set(tenant, (this.generations.get(tenant) ?? 0) + 1);
  }

  private refresh(tenant: string, build: () => Promise<IdentitySnapshot>): Promise<IdentitySnapshot> {
    let pending = this.building.get(tenant);
    if (!pending) {
      const generation = this.generations.get(tenant) ?? 0;
      const current: Promise<IdentitySnapshot> = build()
        .then((snapshot) => {
          // A snapshot missing a vendor is served to this request but not kept: the next one tries again.
          // Nor is one whose build began before a write (invalidate): it may predate the write.
          const stillCurrent = (this.generations.get(tenant) ?? 0) === generation;
          if (snapshot.failures.length === 0 && stillCurrent) this.snapshots.set(tenant, snapshot);
          return snapshot;
        })
        .finally(() => {
          if (this.building.get(tenant) === current) this.building.delete(tenant);
        });
      pending = current;
      this.building.set(tenant, pending);
    }
    return pending;
  }
}
