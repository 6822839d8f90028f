import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleType,
  IsolatedCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';

/** When a vendor counts as down: consecutive failures open the circuit, a probe after a pause may close it. */
export interface BreakerSettings {
  /** Consecutive failed calls (timeouts, network errors, 5xx, unreadable answers) that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one probe call is let through (half-open). */
  halfOpenAfterMs: number;
}

export const defaultBreakerSettings: BreakerSettings = { failureThreshold: 5, halfOpenAfterMs: 10_000 };

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

const stateNames: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'CLOSED',
  [CircuitState.Open]: 'OPEN',
  [CircuitState.HalfOpen]: 'HALF_OPEN',
  [CircuitState.Isolated]: 'OPEN',
};

/**
 * Thrown inside the breaker for a failure that says the vendor is unwell (not for a 4xx, which
 * says our request was wrong, nor a 429, which says the vendor is alive and pacing us): only
 * these count towards opening the circuit. Carries the failed outcome back out.
 */
export class CountedFailure<T> extends Error {
  constructor(readonly outcome: T) {
    super('vendor failure counted by the circuit breaker');
  }
}

/**
 * One vendor API's circuit breaker (cockatiel), process-wide like its bulkhead: after
 * `failureThreshold` consecutive failures every call fails at once (`VENDOR_UNAVAILABLE`,
 * retryable) instead of waiting for a timeout, until a probe succeeds after `halfOpenAfterMs`.
 */
export class VendorBreaker {
  private readonly policy: CircuitBreakerPolicy;

  constructor(readonly settings: BreakerSettings = defaultBreakerSettings) {
    this.policy = circuitBreaker(handleType(CountedFailure), {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.failureThreshold),
    });
  }

  get state(): BreakerState {
    return stateNames[this.policy.state];
  }

  /**
   * Runs `call` through the breaker. `call` answers an outcome; `counts(outcome)` says whether it
   * is a vendor failure. Answers the outcome, or `open` when the circuit refused the call.
   */
  async run<T>(call: () => Promise<T>, counts: (outcome: T) => boolean): Promise<T | 'open'> {
    try {
      return await this.policy.execute(async () => {
        const outcome = await call();
        if (counts(outcome)) throw new CountedFailure(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof CountedFailure) return error.outcome as T;
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) return 'open';
      throw error;
    }
  }
}
