import { bulkhead, type BulkheadPolicy } from 'cockatiel';
import { createHash } from 'node:crypto';
import type { VendorName } from '../model/index.js';
import type { CacheKind } from './cache-ttl.js';
import type { CallBudget } from './call-budget.js';
import type { PathScope } from './path-scope.js';
import type { ResponseCache } from './response-cache.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';

/** Everything needed to reach one vendor: where, as whom, and how patiently. */
export interface VendorEndpoint {
  vendor: VendorName;
  /** The vendor's server URL (or a simulator's), without a trailing slash. */
  baseUrl: string;
  /** Headers that authenticate every call (e.g. `X-API-Key`, `Authorization: Bearer ...`). */
  authHeaders: Record<string, string>;
  timeoutMs: number;
  /** Most calls in flight to this vendor at once, across all GraphQL requests of this process. */
  maxConcurrency: number;
  retry: RetryPolicy;
  /** One TTL for every GET answer in the shared cache (0 turns caching off); unset: per kind of read. */
  cacheTtlMs?: number;
  /** TTLs per kind of read, over the vendor defaults (`defaultCacheTtls`). */
  cacheTtlByKind?: Partial<Record<CacheKind, number>>;
}

export const endpointDefaults = {
  timeoutMs: 10_000,
  // A page holds at most 100 objects, so one page's fan-out (e.g. Snow subscriptions per user) is at
  // most 100 calls per vendor: this cap lets it run in one wave. Lower it per vendor
  // (<VENDOR>_MAX_CONCURRENCY) where the vendor's rate limit asks for less.
  maxConcurrency: 100,
  retry: defaultRetryPolicy,
} satisfies Partial<VendorEndpoint>;

/**
 * The process-wide half of a vendor connection: the concurrency cap (a cockatiel bulkhead, so a
 * slow vendor cannot take every socket) and the shared cache. Per-request state lives in VendorClient.
 */
export class VendorTransport {
  readonly bulkhead: BulkheadPolicy;
  /** Identifies the credentials in cache keys without storing them. */
  readonly credentialFingerprint: string;
  /** Cache keys being revalidated in the background (stale-while-revalidate): one call each at a time. */
  readonly revalidating = new Set<string>();

  constructor(
    readonly endpoint: VendorEndpoint,
    readonly cache?: ResponseCache,
    /** Paces every call of this transport (the background refresh's own transports). */
    readonly budget?: CallBudget,
    /** Refuses paths outside the tenant AdminGraph serves (datasources/tenant-scope.ts). */
    readonly tenantScope?: PathScope,
  ) {
    // A deep queue: requests wait their turn rather than fail while the vendor is merely busy.
    this.bulkhead = bulkhead(endpoint.maxConcurrency, 10_000);
    this.credentialFingerprint = createHash('sha256')
      .update(endpoint.baseUrl + JSON.stringify(endpoint.authHeaders))
      .digest('hex')
      .slice(0, 16);
  }
}
