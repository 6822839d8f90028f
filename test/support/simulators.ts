import { generateCompany, type Company } from '../../simulators/company/company.js';
import { startSimulator, type RunningSimulator } from '../../simulators/core/server.js';
import { simulatorFactories, type SimulatedVendor } from '../../simulators/index.js';

const companies = new Map<number, Company>();

/** The seeded company tests run against (2,000 people, seed 42 unless a size is asked for). */
export function testCompany(people = 2000): Company {
  let company = companies.get(people);
  if (!company) {
    company = generateCompany({
      seed: 42,
      people,
      now: new Date('2026-11-01T12:00:00.000Z'),
      domain: 'example.com',
    });
    companies.set(people, company);
  }
  return company;
}

/** Starts one vendor simulator on a free loopback port, with no faults. Close it in afterAll. */
export async function startTestSimulator(vendor: SimulatedVendor, people = 2000): Promise<RunningSimulator> {
  return startSimulator(simulatorFactories[vendor](testCompany(people)), { port: 0, faults: {} });
}

/** Calls a simulator's control API (`/__sim/...`). */
export async function simControl(sim: RunningSimulator, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/__sim/${path}`, {
    method,
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
