import type { GatewayConfig } from './config.js';
import type { GatewayOptions } from './gateway.js';
import { createSharedCache, type SharedCache } from './shared-cache.js';

/** The gateway-level stores a configuration asks for, as `createGateway` options, and how to close them. */
export interface GatewayCaches {
  options: Pick<GatewayOptions, 'responseCacheStore' | 'automaticPersistedQueries'>;
  close(): Promise<void>;
}

/**
 * Opens the whole-response store (when `ADMINGRAPH_RESPONSE_CACHE=on`) and the APQ store (unless
 * persisted queries are off or an allowlist): on Redis when `REDIS_URL` is set, each in its own
 * namespace under `ADMINGRAPH_CACHE_PREFIX`.
 */
export function openGatewayCaches(config: GatewayConfig): GatewayCaches {
  const opened: SharedCache[] = [];
  const open = (name: string, maxBytes?: number) => {
    const shared = createSharedCache({
      redisUrl: config.redisUrl,
      namespace: `${config.cachePrefix}-${name}`,
      maxBytes,
    });
    opened.push(shared);
    return shared.cache;
  };
  const { mode, apqTtlSeconds } = config.persistedQueries;
  return {
    options: {
      responseCacheStore: config.responseCache.enabled
        ? open('responses', config.responseCache.maxBytes)
        : undefined,
      automaticPersistedQueries: mode === 'apq' ? { store: open('apq'), ttlSeconds: apqTtlSeconds } : false,
    },
    close: async () => {
      await Promise.all(opened.map((shared) => shared.close()));
    },
  };
}
