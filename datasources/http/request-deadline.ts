/**
 * One GraphQL request's time budget, shared by every vendor call it makes: each attempt waits at
 * most what is left of it, and no retry starts past it, so a hanging vendor costs a request the
 * deadline at most, not one timeout per attempt per call.
 */
export class RequestDeadline {
  private readonly expiresAt: number;

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

  remainingMs(): number {
    return Math.max(0, this.expiresAt - this.now());
  }

  get expired(): boolean {
    return this.remainingMs() <= 0;
  }
}
