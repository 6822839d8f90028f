/** How big and which company the simulators serve. Same settings, same data. */
export interface CompanyConfig {
  seed: number;
  people: number;
  /** The simulated "today": fixed so that activity ages and costs do not drift between runs. */
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
  return { seed, people, now: new Date(env.SIM_NOW ?? '2026-11-01T12:00:00.000Z'), domain: 'example.com' };
}
