import KeyvRedis, { createClient, defaultReconnectStrategy, type RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';
import type { VendorName } from '../model/index.js';

/** Longest wait for Redis inside a request: past it the read goes to the vendor. */
const REDIS_TIMEOUT_MS = 250;

/**
 * The response cache's tier shared by every replica: answers in Redis through `@keyv/redis`, the
 * vendors' generations in Redis too, and their bumps published so every replica drops a written
 * vendor's answers at once. Redis going away never fails a request: commands fail fast (no offline
 * queue) and count as misses, the client reconnects on its own, and on reconnect the generations are
 * read again (bumps published while this replica was cut off are not lost).
 */
export class SharedCacheTier {
  private readonly keyv: Keyv;
  private readonly client: RedisClientType;
  private subscriber?: RedisClientType;
  private readonly listeners: ((vendor: VendorName, generation: number) => void)[] = [];
  private readonly seen = new Set<VendorName>();
  /** Vendors written while Redis was away: their bumps are sent once it is back. */
  private readonly unsent = new Set<VendorName>();
  private readonly channel: string;
  private closed = false;

  constructor(
    redisUrl: string,
    private readonly prefix = 'admingraph:cache',
  ) {
    this.channel = `${prefix}:generations`;
    this.client = createClient({
      url: redisUrl,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000, reconnectStrategy: defaultReconnectStrategy },
    }) as RedisClientType;
    this.client.on('error', () => undefined); // reconnects by itself; reads meanwhile go to the vendors
    this.client.on('ready', () => void this.reannounce());
    this.keyv = new Keyv(
      new KeyvRedis(this.client, { namespace: prefix, throwOnConnectError: false, throwOnErrors: true }),
    );
    this.keyv.on('error', () => undefined);
    void this.client.connect().catch(() => undefined);
    void this.subscribe();
  }

  /** Whether Redis answers right now. */
  get available(): boolean {
    return this.client.isReady;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.attempt(() => this.keyv.get<T>(key))) ?? undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.attempt(() => this.keyv.set(key, value, ttlMs));
  }

  async generation(vendor: VendorName): Promise<number | undefined> {
    this.seen.add(vendor);
    const stored = await this.attempt(() => this.client.get(this.generationKey(vendor)));
    return stored ? Number(stored) : undefined;
  }

  /** Bumps a vendor's generation in Redis and tells every replica; undefined when Redis is away. */
  async bumpGeneration(vendor: VendorName): Promise<number | undefined> {
    this.seen.add(vendor);
    const next = await this.attempt(() => this.client.incr(this.generationKey(vendor)));
    if (next === undefined) {
      // Other replicas may hold this vendor's answers in their own tiers: tell them on reconnect.
      this.unsent.add(vendor);
      return undefined;
    }
    await this.attempt(() => this.client.publish(this.channel, JSON.stringify({ vendor, generation: next })));
    return next;
  }

  onGeneration(listener: (vendor: VendorName, generation: number) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    // Not `quit`: a client still reconnecting to a Redis that is away would wait for it.
    for (const client of [this.client, this.subscriber]) if (client?.isOpen) client.destroy();
  }

  private generationKey(vendor: VendorName) {
    return `${this.prefix}:generation:${vendor}`;
  }

  private async subscribe(): Promise<void> {
    const subscriber = this.client.duplicate() as RedisClientType;
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined);
    // Bumps published while the subscription was cut are missed: read the generations once it is back.
    subscriber.on('ready', () => void this.readGenerations());
    try {
      await subscriber.connect();
      if (this.closed) return void (await subscriber.quit());
      // node-redis subscribes again by itself after a reconnect.
      await subscriber.subscribe(this.channel, (message) => {
        const { vendor, generation } = JSON.parse(message) as { vendor: VendorName; generation: number };
        for (const listener of this.listeners) listener(vendor, generation);
      });
    } catch {
      // Redis is away at start: the client's reconnect brings the generations back (reannounce).
    }
  }

  /**
   * After a reconnect: first the bumps of writes made while Redis was away (so every replica drops
   * what those writes changed), then the generations as Redis has them now.
   */
  private async reannounce(): Promise<void> {
    for (const vendor of [...this.unsent]) {
      this.unsent.delete(vendor);
      if ((await this.bumpGeneration(vendor)) === undefined) return; // away again: the next ready retries
    }
    await this.readGenerations();
    if (this.subscriber && !this.subscriber.isOpen && !this.closed) void this.subscribe();
  }

  private async readGenerations(): Promise<void> {
    for (const vendor of this.seen) {
      const generation = await this.generation(vendor);
      if (generation !== undefined) for (const listener of this.listeners) listener(vendor, generation);
    }
  }

  private async attempt<T>(operation: () => Promise<T>): Promise<T | undefined> {
    if (!this.client.isReady) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        operation(),
        new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), REDIS_TIMEOUT_MS))),
      ]);
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
