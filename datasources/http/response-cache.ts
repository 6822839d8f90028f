import { LRUCache } from 'lru-cache';
import type { VendorName } from '../model/index.js';
import type { SharedCacheTier } from './shared-cache-tier.js';

/** One cached vendor answer: the body, and until when it is fresh (past it, a stale-while-revalidate read). */
export interface CachedAnswer<T = unknown> {
  body: T;
  freshUntil: number;
  /** When it is dropped (fresh or stale). */
  expiresAt: number;
}

export interface ResponseCacheOptions {
  /** Most answers kept in this process (default 10,000). */
  maxEntries?: number;
  /** Most bytes of answers kept in this process, counted as JSON length (default 64 MiB). */
  maxBytes?: number;
  /** Shared by every replica (Redis), behind the in-process tier. */
  shared?: SharedCacheTier;
}

/** Lookups per vendor since start, for the trace and metrics. */
export interface CacheCounters {
  hits: number;
  misses: number;
  evictions: number;
}

/**
 * Vendor GET answers shared across requests: an in-process LRU bounded in entries and bytes, in
 * front of a tier shared by all replicas (Redis) when configured. Keys carry the vendor's generation:
 * a write bumps it (and, through the shared tier, on every replica), which drops that vendor's
 * answers at once without scanning keys. A shared tier that fails is skipped: reads go to the vendor.
 */
export class ResponseCache {
  private readonly local: LRUCache<string, CachedAnswer & { vendor: VendorName }>;
  private readonly generations = new Map<VendorName, number>();
  private readonly counters = new Map<VendorName, CacheCounters>();

  /** Told of every lookup, hit or miss (the gateway's metrics). */
  onLookup?: (vendor: VendorName, hit: boolean) => void;

  constructor(private readonly options: ResponseCacheOptions = {}) {
    this.local = new LRUCache({
      max: options.maxEntries ?? 10_000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (value) => Math.max(1, JSON.stringify(value.body)?.length ?? 1),
      ttlAutopurge: false,
      dispose: (value, _key, reason) => {
        if (reason === 'evict') this.count(value.vendor).evictions++;
      },
    });
    options.shared?.onGeneration((vendor, generation) => this.adoptGeneration(vendor, generation));
  }

  async get<T>(vendor: VendorName, key: string): Promise<CachedAnswer<T> | undefined> {
    const fullKey = await this.fullKey(vendor, key);
    let answer = this.local.get(fullKey) as CachedAnswer<T> | undefined;
    if (!answer && this.options.shared) {
      answer = await this.options.shared.get<CachedAnswer<T>>(fullKey);
      if (answer && answer.expiresAt > Date.now())
        this.local.set(fullKey, { ...answer, vendor }, { ttl: answer.expiresAt - Date.now() });
    }
    const counter = this.count(vendor);
    if (answer) counter.hits++;
    else counter.misses++;
    this.onLookup?.(vendor, answer !== undefined);
    return answer;
  }

  /**
   * Keeps an answer: fresh for `ttlMs`, then (when `staleForMs` is given) served stale for that much
   * longer while one call revalidates it.
   */
  async set(vendor: VendorName, key: string, body: unknown, ttlMs: number, staleForMs = 0): Promise<void> {
    const fullKey = await this.fullKey(vendor, key);
    const now = Date.now();
    const answer: CachedAnswer = { body, freshUntil: now + ttlMs, expiresAt: now + ttlMs + staleForMs };
    this.local.set(fullKey, { ...answer, vendor }, { ttl: ttlMs + staleForMs });
    await this.options.shared?.set(fullKey, answer, ttlMs + staleForMs);
  }

  /** Drops every cached answer of this vendor (after a write to it), on every replica. */
  async invalidateVendor(vendor: VendorName): Promise<void> {
    const shared = await this.options.shared?.bumpGeneration(vendor);
    const next = Math.max(shared ?? 0, (this.generations.get(vendor) ?? 0) + 1);
    this.adoptGeneration(vendor, next);
  }

  /** Hits, misses and evictions per vendor since start. */
  stats(): Partial<Record<VendorName, CacheCounters>> {
    return Object.fromEntries(this.counters);
  }

  /** Answers and bytes held in this process. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.local.size, bytes: this.local.calculatedSize };
  }

  private adoptGeneration(vendor: VendorName, generation: number): void {
    if (generation <= (this.generations.get(vendor) ?? 0)) return;
    this.generations.set(vendor, generation);
    for (const [key, value] of this.local.entries()) if (value.vendor === vendor) this.local.delete(key);
  }

  private async fullKey(vendor: VendorName, key: string): Promise<string> {
    if (!this.generations.has(vendor) && this.options.shared) {
      const shared = await this.options.shared.generation(vendor);
      if (shared !== undefined) this.adoptGeneration(vendor, shared);
    }
    return `response:${vendor}:${this.generations.get(vendor) ?? 0}:${key}`;
  }

  private count(vendor: VendorName): CacheCounters {
    let counter = this.counters.get(vendor);
    if (!counter) this.counters.set(vendor, (counter = { hits: 0, misses: 0, evictions: 0 }));
    return counter;
  }
}
