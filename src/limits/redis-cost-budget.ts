import { createClient } from '@keyv/redis';
import {
  bucketArithmetic,
  LeakyBucketBudget,
  type BudgetStatus,
  type CostBudget,
  type SpendOutcome,
} from './cost-budget.js';

/**
 * The per-caller budget shared by every replica through Redis (when `REDIS_URL` is set): one hash per
 * caller (`a`: points available at `t`, ms), read, refilled and spent in one Lua script so that
 * replicas never both spend the same points. Replicas' clocks are trusted to agree within a few
 * seconds (a skew only shifts refills). When Redis does not answer, the budget falls back to this
 * process's own bucket rather than refuse every caller: the per-operation maximum still holds.
 */
const SPEND = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local bucket = redis.call('HMGET', KEYS[1], 'a', 't')
local available = capacity
if bucket[1] then available = math.min(capacity, tonumber(bucket[1]) + math.max(0, now - tonumber(bucket[2])) * rate) end
if cost > available then return {0, tostring(available)} end
if cost > 0 then
  available = available - cost
  redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(now))
  redis.call('PEXPIRE', KEYS[1], 60000)
end
return {1, tostring(available)}
`;

const RECONNECT_AFTER_MS = 10_000;

export class RedisCostBudget implements CostBudget {
  private readonly client: ReturnType<typeof createClient>;
  private connected: Promise<unknown>;
  private lastAttempt = Date.now();
  private readonly arithmetic: ReturnType<typeof bucketArithmetic>;
  private readonly fallback: LeakyBucketBudget;

  constructor(
    redisUrl: string,
    private readonly capacity: number,
    private readonly options: {
      keyPrefix?: string;
      now?: () => number;
      onError?: (error: Error) => void;
    } = {},
  ) {
    this.arithmetic = bucketArithmetic(capacity);
    this.fallback = new LeakyBucketBudget(capacity, options.now);
    // No reconnect loop behind requests: a lost connection is tried again at most every 10 s, the fallback meanwhile.
    this.client = createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 1000 } });
    this.client.on('error', (error: Error) => this.options.onError?.(error));
    this.connected = this.client.connect().catch((error: Error) => this.options.onError?.(error));
  }

  private key(callerId: string) {
    return `${this.options.keyPrefix ?? 'admingraph-budget'}:${encodeURIComponent(callerId)}`;
  }

  private async run(
    callerId: string,
    cost: number,
  ): Promise<{ allowed: boolean; available: number } | undefined> {
    if (!this.client.isOpen && Date.now() - this.lastAttempt > RECONNECT_AFTER_MS) {
      this.lastAttempt = Date.now();
      this.connected = this.client.connect().catch((error: Error) => this.options.onError?.(error));
    }
    await this.connected;
    if (!this.client.isReady) return undefined;
    try {
      const now = (this.options.now ?? Date.now)();
      const [allowed, available] = (await this.client.eval(SPEND, {
        keys: [this.key(callerId)],
        arguments: [String(this.capacity), String(this.arithmetic.restorePerMs), String(now), String(cost)],
      })) as [number, string];
      return { allowed: allowed === 1, available: Number(available) };
    } catch (error) {
      this.options.onError?.(error as Error);
      return undefined;
    }
  }

  async spend(callerId: string, cost: number): Promise<SpendOutcome> {
    const answer = await this.run(callerId, cost);
    if (!answer) return this.fallback.spend(callerId, cost);
    return this.arithmetic.outcome(answer.allowed, answer.available, cost);
  }

  async status(callerId: string): Promise<BudgetStatus> {
    const answer = await this.run(callerId, 0);
    return answer ? this.arithmetic.describe(answer.available) : this.fallback.status(callerId);
  }

  async close(): Promise<void> {
    await this.connected;
    if (this.client.isOpen) await this.client.quit();
  }
}
