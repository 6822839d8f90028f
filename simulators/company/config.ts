/** How big and which company the simulators serve. Same settings, same data. */
export interface CompanyConfig {
  seed: number;
  people: number;
  /**
   * The simulated "today": every date of the company (hires, last activity, events) is drawn
   * relative to it, so the same seed gives the same ages. The moment the simulators start unless
   * `SIM_NOW` pins it (tests and benchmarks do, so absolute dates repeat too).
   */
  now: Date;
  domain: string;
}

export const MAX_PEOPLE = 100_000;

export function companyConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CompanyConfig {
  const seed = env.SIM_SEED ? Number(env.SIM_SEED) : 42;
  const people = env.SIM_PEOPLE ? Number(env.SIM_PEOPLE) : 2000;
  if (!Number.isInteger(seed)) throw new Error(`SIM_SEED must be an integer, got "${env.SIM_SEED}"`);
  if (!Number.isInteger(people) || people < 10 || people > MAX_PEOPLE)
    throw new Error(`SIM_PEOPLE must be an integer from 10 to ${MAX_PEOPLE}, got "${env.SIM_PEOPLE}"`);
  return { seed, people, now: simulatedNow(env.SIM_NOW), domain: 'example.com' };
}

/** `SIM_NOW` when set; otherwise now, to the second (ages relative to the start stay reproducible). */
function simulatedNow(pinned: string | undefined, startedAt = Date.now()): Date {
  if (pinned === undefined || pinned === '') return new Date(Math.floor(startedAt / 1000) * 1000);
  const at = new Date(pinned);
  if (Number.isNaN(at.getTime())) throw new Error(`SIM_NOW must be an ISO 8601 date-time, got "${pinned}"`);
  return at;
}
