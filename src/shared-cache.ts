import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { ErrorsAreMissesCache, InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';

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
    // No offline queue: while Redis is away a read is a miss at once, never a request waiting on it.
    const client = createClient({
      url: settings.redisUrl,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000 },
    }) as RedisClientType;
    client.on('error', () => undefined); // reconnects by itself; meanwhile reads miss and writes are skipped
    void client.connect().catch(() => undefined);
    const keyv = new Keyv(
      new KeyvRedis(client, {
        namespace: settings.namespace,
        throwOnConnectError: false,
        throwOnErrors: false,
      }),
    );
    keyv.on('error', () => undefined);
    return {
      // The adapter's keyv types come from keyv's CommonJS declarations, ours from its ESM ones: one class.
      cache: new ErrorsAreMissesCache(new KeyvAdapter<string>(keyv as unknown as KeyvOfAdapter)),
      kind: 'redis',
      close: async () => {
        if (client.isOpen) client.destroy();
      },
    };
  }
  return {
    cache: new InMemoryLRUCache<string>({ maxSize: settings.maxBytes ?? 64 * 1024 * 1024 }),
    kind: 'memory',
    close: async () => {},
  };
}
