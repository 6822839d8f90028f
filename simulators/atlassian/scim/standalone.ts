import { generateCompany, type Company } from '../../company/company.js';
import { startSimulator, type RunningSimulator } from '../../core/server.js';
import type { VendorSimulator } from '../../core/surface.js';
import { createScimDirectory, createScimSurface, type ScimDirectory } from './index.js';

/**
 * The SCIM surface alone as a simulator, for its own tests: it does not wait on the Atlassian Admin
 * simulator, which mounts the same surface on port 4102 beside its own.
 */
export function createStandaloneScimSimulator(
  company: Company,
  directoryId: string,
): VendorSimulator & { state: ScimDirectory } {
  const directory = createScimDirectory(company, directoryId);
  return { vendor: 'atlassian', defaultPort: 0, surfaces: [createScimSurface(directory)], state: directory };
}

export interface StandaloneScim {
  sim: RunningSimulator;
  directory: ScimDirectory;
  company: Company;
}

/**
 * Serves the SCIM surface alone on a free loopback port, over the tests' company (seed 42, the same
 * settings as test/support's `testCompany`, built here so these tests do not load every vendor).
 */
export async function startStandaloneScim(directoryId: string, people = 2000): Promise<StandaloneScim> {
  const company = generateCompany({
    seed: 42,
    people,
    now: new Date('2026-11-01T12:00:00.000Z'),
    domain: 'example.com',
  });
  const simulator = createStandaloneScimSimulator(company, directoryId);
  const sim = await startSimulator(simulator, { port: 0, faults: {} });
  return { sim, directory: simulator.state, company };
}
