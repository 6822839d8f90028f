import Keyv from 'keyv';
import type { VendorName } from '../model/index.js';

/**
 * Vendor GET responses shared across requests (and, with a Redis-backed Keyv, across gateway replicas).
 * Keys carry a per-vendor generation number: a write bumps it, which invalidates every cached
 * response of that vendor at once without scanning keys (Redis has no cheap prefix delete).
 */
export class ResponseCache {
  private readonly localGeneration = new Map<VendorName, number>();

  /** Told of every lookup, hit or miss (the gateway's metrics). */
  onLookup?: (vendor: VendorName, hit: boolean) => void;

  constructor(private readonly store: Keyv = new Keyv()) {}

  async get<T>(vendor: VendorName, key: string): Promise<T | undefined> {
    const value = (await this.store.get(await this.fullKey(vendor, key))) as T | undefined;
    this.onLookup?.(vendor, value !== undefined);
    return value;
  }

  async set(vendor: VendorName, key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.store.set(await this.fullKey(vendor, key), value, ttlMs);
  }

  /** Drops every cached response of this vendor (after a write to it). */
  async invalidateVendor(vendor: VendorName): Promise<void> {
    const next = (await this.generation(vendor)) + 1;
    this.localGeneration.set(vendor, next);
    await this.store.set(`generation:${vendor}`, next);
  }

  private async generation(vendor: VendorName): Promise<number> {
    const stored = (await this.store.get(`generation:${vendor}`)) as number | undefined;
    return stored ?? this.localGeneration.get(vendor) ?? 0;
  }

  private async fullKey(vendor: VendorName, key: string): Promise<string> {
    return `response:${vendor}:${await this.generation(vendor)}:${key}`;
  }
}
