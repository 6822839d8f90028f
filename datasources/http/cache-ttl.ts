import type { VendorName } from '../model/index.js';

/**
 * What a cached vendor read is, for how long it may be served:
 * - `status`: accounts and memberships (who is active, suspended, in which group): short;
 * - `person`: one person's lists with no batch endpoint (Snow subscriptions and applications,
 *   Atlassian role assignments): served stale while one call revalidates them;
 * - `events`: audit logs (new events arrive all the time);
 * - `catalogue`: organizations, groups, policies, integrations, plans, billing: slow to change.
 */
export type CacheKind = 'status' | 'person' | 'events' | 'catalogue';

const MINUTE = 60_000;

/** Default TTLs per vendor and kind (README "Vendor response cache" lists them). */
export const defaultCacheTtls: Record<VendorName, Record<CacheKind, number>> = {
  BETTERCLOUD: { status: 30_000, person: 2 * MINUTE, events: MINUTE, catalogue: 10 * MINUTE },
  ATLASSIAN: { status: 30_000, person: 2 * MINUTE, events: MINUTE, catalogue: 10 * MINUTE },
  SNOW: { status: 30_000, person: 5 * MINUTE, events: MINUTE, catalogue: 15 * MINUTE },
  // Provider billing, contracts and plans change monthly.
  JUMPCLOUD: { status: 30_000, person: 2 * MINUTE, events: MINUTE, catalogue: 30 * MINUTE },
};

/** Per-person reads (no batch endpoint) are served past their TTL while one call refreshes them. */
export const staleWhileRevalidate: Record<CacheKind, boolean> = {
  status: false,
  person: true,
  events: false,
  catalogue: false,
};

/** The kind of a vendor read, from its operationId (the names of the vendor documents). */
export function cacheKindOf(operation: string): CacheKind {
  if (/Event/.test(operation)) return 'events';
  if (/Subscriptions|Applications|DiscoverySources|RoleAssignments|Kpis|Consumption/.test(operation))
    return 'person';
  if (/User|Member|Admin|Administrator/i.test(operation)) return 'status';
  return 'catalogue';
}

/** How TTLs are configured: one for everything (`ADMINGRAPH_CACHE_TTL_MS`, 0 = off), else per kind, else the defaults. */
export interface CacheTtlSettings {
  /** One TTL for every read; 0 turns the cache off. */
  allMs?: number;
  /** Per kind, overriding the vendor defaults (`ADMINGRAPH_CACHE_TTL_<KIND>_MS`). */
  byKind?: Partial<Record<CacheKind, number>>;
}

export function cacheTtlMs(vendor: VendorName, operation: string, settings: CacheTtlSettings = {}): number {
  if (settings.allMs !== undefined) return settings.allMs;
  const kind = cacheKindOf(operation);
  return settings.byKind?.[kind] ?? defaultCacheTtls[vendor][kind];
}
