/**
 * One GraphQL request's time budget, shared by every vendor call it makes: each attempt waits at
 * most what is left of it, and no retry starts past it, so a hanging vendor costs a request the
 * deadline at most, not one timeout per attempt per call.
 */
export class RequestDeadline {
  private expiresAt: number;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.expiresAt = now() + budgetMs;
  }

  /** No budget: calls are bounded by their own timeouts only (tests, benchmarks, the CLI's in-process uses). */
  static unlimited(): RequestDeadline {
    return new RequestDeadline(Number.POSITIVE_INFINITY);
  }

  /**
   * A full budget again, from now: a mutation's vendor writes get one of their own after the reads
   * that planned them, so slow reads never cut a write fan-out short (a half-done suspend).
   */
  renew(): void {
    this.expiresAt = this.now() + this.budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.expiresAt - this.now());
  }

  get expired(): boolean {
    return this.remainingMs() <= 0;
  }
}
