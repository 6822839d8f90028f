import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createHash, randomUUID } from 'node:crypto';
import type { VendorName } from '../../common/vendor.js';

/**
 * One generation token per tenant and vendor, in the shared store: part of every cached response's
 * key, so replacing a vendor's token (after a write to that vendor, on any replica) makes every
 * answer cached before it unreachable everywhere at once, without listing or deleting keys. Tokens
 * are random rather than counters because keyv has no atomic increment: any new value will do.
 * A token that is missing (never set, or evicted) is replaced by a fresh one, never read as a
 * default, so an eviction can only drop cached answers, not bring old ones back.
 */
export class ResponseGenerations {
  constructor(private readonly store: KeyValueCache<string>) {}

  /** The current token of each vendor, in the order given. */
  async current(tenant: string, vendors: readonly VendorName[]): Promise<string[]> {
    const keys = vendors.map((vendor) => generationKey(tenant, vendor));
    const tokens = await Promise.all(keys.map((key) => this.store.get(key)));
    return Promise.all(
      tokens.map(async (token, i) => {
        if (token !== undefined) return token;
        const fresh = randomUUID();
        await this.store.set(keys[i]!, fresh);
        return fresh;
      }),
    );
  }

  /** New tokens for these vendors: answers cached under the old ones are never served again. */
  async bump(tenant: string, vendors: readonly VendorName[]): Promise<void> {
    await Promise.all(vendors.map((vendor) => this.store.set(generationKey(tenant, vendor), randomUUID())));
  }
}

// The tenant string carries credential fingerprints and URLs: only its hash goes into a key.
const generationKey = (tenant: string, vendor: VendorName) =>
  `generation:${createHash('sha256').update(tenant).digest('hex').slice(0, 32)}:${vendor}`;
