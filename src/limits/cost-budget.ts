/**
 * Each caller's cost budget per minute, a leaky bucket like Shopify's calculated query cost: a
 * caller holds up to `capacity` points, spends an operation's cost when it runs, and gets points back
 * continuously (`capacity` per minute). An operation costing more than the caller has left is refused
 * with the seconds until it would fit. Our own (a few lines of arithmetic): the rate-limit libraries
 * count requests, not a cost known only after pricing the operation. In memory, per process, here;
 * shared by replicas in Redis in redis-cost-budget.ts (the same arithmetic, `bucketArithmetic`).
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
  spend(callerId: string, cost: number): SpendOutcome | Promise<SpendOutcome>;
  /** The caller's budget, unchanged. */
  status(callerId: string): BudgetStatus | Promise<BudgetStatus>;
}

/** The status and refusal of a bucket holding `available` of `capacity`, which refills `capacity` a minute. */
export function bucketArithmetic(capacity: number) {
  const restorePerMs = capacity / 60_000;
  const describe = (available: number): BudgetStatus => ({
    maximumAvailable: capacity,
    currentlyAvailable: Math.floor(available),
    restoreRate: Math.round(restorePerMs * 1000 * 100) / 100,
  });
  return {
    restorePerMs,
    describe,
    outcome: (allowed: boolean, available: number, cost: number): SpendOutcome =>
      allowed
        ? { allowed: true, ...describe(available) }
        : {
            allowed: false,
            retryAfterSeconds: Math.ceil((cost - available) / restorePerMs / 1000),
            ...describe(available),
          },
  };
}

/** Callers whose bucket is full again are forgotten past this many, so the map cannot grow without end. */
const PRUNE_ABOVE = 10_000;

export class LeakyBucketBudget implements CostBudget {
  private readonly buckets = new Map<string, { available: number; at: number }>();
  private readonly arithmetic: ReturnType<typeof bucketArithmetic>;

  constructor(
    private readonly capacity: number,
    /** Milliseconds since the epoch; tests pass their own clock. */
    private readonly now: () => number = Date.now,
  ) {
    this.arithmetic = bucketArithmetic(capacity);
  }

  private available(callerId: string, at: number): number {
    const bucket = this.buckets.get(callerId);
    if (!bucket) return this.capacity;
    return Math.min(this.capacity, bucket.available + (at - bucket.at) * this.arithmetic.restorePerMs);
  }

  spend(callerId: string, cost: number): SpendOutcome {
    const at = this.now();
    const available = this.available(callerId, at);
    if (cost > available) return this.arithmetic.outcome(false, available, cost);
    this.buckets.set(callerId, { available: available - cost, at });
    if (this.buckets.size > PRUNE_ABOVE) this.forgetFullBuckets(at);
    return this.arithmetic.outcome(true, available - cost, cost);
  }

  status(callerId: string): BudgetStatus {
    return this.arithmetic.describe(this.available(callerId, this.now()));
  }

  private forgetFullBuckets(at: number): void {
    for (const callerId of this.buckets.keys())
      if (this.available(callerId, at) >= this.capacity) this.buckets.delete(callerId);
  }
}
