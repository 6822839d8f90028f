/**
 * "Now" for everything the gateway measures against (seat inactivity, the default KPI window):
 * one clock handed in through the gateway's options and the request context, never `Date.now()`
 * scattered through resolvers, so a test or a benchmark pins it to the simulators' seeded instant
 * and every figure is reproducible. Real time by default.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that always answers the same instant. */
export function fixedClock(at: Date | number): Clock {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new Error('A fixed clock needs a valid instant');
  return { now: () => ms };
}

/** Reads an ISO 8601 instant from a setting (`ADMINGRAPH_NOW`, `SIM_NOW`), naming the setting when it is not one. */
export function parseInstant(value: string, setting: string): Date {
  const at = new Date(value);
  if (value.trim() === '' || Number.isNaN(at.getTime()))
    throw new Error(`${setting} must be an ISO 8601 date-time, got "${value}"`);
  return at;
}
