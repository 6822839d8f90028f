import { ResponseCache } from '../../datasources/http/response-cache.js';
import { SharedCacheTier } from '../../datasources/http/shared-cache-tier.js';
import type { CacheSettings } from '../config.js';

/** The vendor response cache as configured: in-process always, Redis behind it when `REDIS_URL` is set. */
export function createResponseCache(settings: CacheSettings | undefined): {
  responses: ResponseCache;
  close(): Promise<void>;
} {
  const shared = settings?.redisUrl
    ? new SharedCacheTier(settings.redisUrl, settings.redisPrefix)
    : undefined;
  return {
    responses: new ResponseCache({ maxEntries: settings?.maxEntries, maxBytes: settings?.maxBytes, shared }),
    close: async () => shared?.close(),
  };
}
