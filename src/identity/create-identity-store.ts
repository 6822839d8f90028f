import type { IdentityIndexStore } from '../../datasources/identity/index-store.js';
import { MemoryIndexStore } from '../../datasources/identity/stores/memory-index-store.js';
import { PostgresIndexStore } from '../../datasources/identity/stores/postgres-index-store.js';
import { RedisIndexStore } from '../../datasources/identity/stores/redis-index-store.js';
import type { IdentitySettings } from '../config.js';

/** PostgreSQL when a database is configured, else Redis, else this process's memory (one replica). */
export function createIdentityStore(settings: IdentitySettings | undefined): IdentityIndexStore {
  if (settings?.databaseUrl) return PostgresIndexStore.connect(settings.databaseUrl, settings.tablePrefix);
  if (settings?.redisUrl) return RedisIndexStore.connect(settings.redisUrl, settings.redisPrefix);
  return new MemoryIndexStore();
}
