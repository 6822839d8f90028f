/**
 * A calls-per-minute budget for background work (the identity refresh), so it stays well under a
 * vendor's rate limit whatever else runs. Hand-rolled because cockatiel (our resilience library) has
 * retry, breaker, bulkhead and timeout but no rate limiter, and this needs one thing more than a
 * token bucket: a 429 (`Retry-After`) pauses it and halves its pace, which then recovers step by step.
 */
export class CallBudget {
  private nextSlot = 0;
  private pace: number;

  constructor(readonly callsPerMinute: number) {
    if (!(callsPerMinute > 0)) throw new Error(`a call budget needs a positive rate, got ${callsPerMinute}`);
    this.pace = callsPerMinute;
  }

  /** Calls per minute allowed right now (lower than the budget after a rate-limit answer). */
  get currentPace(): number {
    return this.pace;
  }

  /** Waits for the next call's slot: calls are spaced evenly, never in bursts. */
  async take(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + 60_000 / this.pace;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  /** A 429: nothing goes out before `retryAfterMs` has passed, and the pace is halved. */
  slowDown(retryAfterMs = 1_000): void {
    this.pace = Math.max(this.callsPerMinute / 16, this.pace / 2);
    this.nextSlot = Math.max(this.nextSlot, Date.now() + retryAfterMs);
  }

  /** A call that went through: the pace climbs back towards the budget. */
  succeeded(): void {
    if (this.pace < this.callsPerMinute) this.pace = Math.min(this.callsPerMinute, this.pace * 1.25);
  }
}
