import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { ErrorsAreMissesCache, InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createKeyv } from '@keyv/redis';

/**
 * The key-value store of the gateway-level caches (whole responses, their generations, persisted
 * queries): Redis through `@keyv/redis` when `REDIS_URL` is set, so every replica reads and writes
 * the same entries; otherwise an in-process LRU bounded in bytes. Apollo's plugins speak
 * `KeyValueCache`, hence `@apollo/utils.keyvadapter` over keyv. A Redis read that fails is a miss.
 */
export interface SharedCache {
  cache: KeyValueCache<string>;
  /** Where the entries live, for logs and the README: `redis` or `memory`. */
  kind: 'redis' | 'memory';
  close(): Promise<void>;
}

export interface SharedCacheSettings {
  redisUrl?: string;
  /** Key namespace in Redis (`<prefix>:<namespace>`): deployments or test runs sharing a Redis stay apart. */
  namespace: string;
  /** Bound of the in-memory store, in bytes of stored text (default 64 MB). */
  maxBytes?: number;
}

type KeyvOfAdapter = ConstructorParameters<typeof KeyvAdapter<string>>[0];

export function createSharedCache(settings: SharedCacheSettings): SharedCache {
  if (settings.redisUrl) {
    const keyv = createKeyv(settings.redisUrl, { namespace: settings.namespace });
    return {
      // The adapter's keyv types come from keyv's CommonJS declarations, ours from its ESM ones: one class.
      cache: new ErrorsAreMissesCache(new KeyvAdapter<string>(keyv as unknown as KeyvOfAdapter)),
      kind: 'redis',
      close: () => keyv.disconnect(),
    };
  }
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: settings.maxBytes ?? 64 * 1024 * 1024 }),
    kind: 'memory',
    close: async () => {},
  };
}
