/**
 * Each caller's cost budget per minute, a leaky bucket like Shopify's calculated query cost: a
 * caller holds up to `capacity` points, spends an operation's cost when it runs, and gets points back
 * continuously (`capacity` per minute). An operation costing more than the caller has left is refused
 * with the seconds until it would fit. Our own (a few lines of arithmetic over a Map): the rate-limit
 * libraries count requests, not a cost known only after pricing the operation. In memory, per process.
 */
export interface BudgetStatus {
  /** The most a caller can hold. */
  maximumAvailable: number;
  /** What this caller has left (after this operation, when it ran). */
  currentlyAvailable: number;
  /** Points returned per second. */
  restoreRate: number;
}

export type SpendOutcome =
  ({ allowed: true } & BudgetStatus) | ({ allowed: false; retryAfterSeconds: number } & BudgetStatus);

export interface CostBudget {
  /** Takes `cost` from the caller's budget when it has that much left. */
  spend(callerId: string, cost: number): SpendOutcome;
  /** The caller's budget, unchanged. */
  status(callerId: string): BudgetStatus;
}

/** Callers whose bucket is full again are forgotten past this many, so the map cannot grow without end. */
const PRUNE_ABOVE = 10_000;

export class LeakyBucketBudget implements CostBudget {
  private readonly buckets = new Map<string, { available: number; at: number }>();
  private readonly restorePerMs: number;

  constructor(
    private readonly capacity: number,
    /** Milliseconds since the epoch; tests pass their own clock. */
    private readonly now: () => number = Date.now,
  ) {
    this.restorePerMs = capacity / 60_000;
  }

  private available(callerId: string, at: number): number {
    const bucket = this.buckets.get(callerId);
    if (!bucket) return this.capacity;
    return Math.min(this.capacity, bucket.available + (at - bucket.at) * this.restorePerMs);
  }

  private describe(available: number): BudgetStatus {
    return {
      maximumAvailable: this.capacity,
      currentlyAvailable: Math.floor(available),
      restoreRate: Math.round(this.restorePerMs * 1000 * 100) / 100,
    };
  }

  spend(callerId: string, cost: number): SpendOutcome {
    const at = this.now();
    const available = this.available(callerId, at);
    if (cost > available) {
      const retryAfterSeconds = Math.ceil((cost - available) / this.restorePerMs / 1000);
      return { allowed: false, retryAfterSeconds, ...this.describe(available) };
    }
    this.buckets.set(callerId, { available: available - cost, at });
    if (this.buckets.size > PRUNE_ABOVE) this.forgetFullBuckets(at);
    return { allowed: true, ...this.describe(available - cost) };
  }

  status(callerId: string): BudgetStatus {
    return this.describe(this.available(callerId, this.now()));
  }

  private forgetFullBuckets(at: number): void {
    for (const callerId of this.buckets.keys())
      if (this.available(callerId, at) >= this.capacity) this.buckets.delete(callerId);
  }
}
