import { createAtlassianSimulator } from './atlassian/index.js';
import { createBetterCloudSimulator } from './bettercloud/index.js';
import { generateCompany, type Company } from './company/company.js';
import { startSimulator, type RunningSimulator } from './core/server.js';
import type { VendorSimulator } from './core/surface.js';
import { createJumpCloudSimulator } from './jumpcloud/index.js';
import { createSnowSimulator } from './snow/index.js';

export type SimulatedVendor = VendorSimulator['vendor'];

export const simulatorFactories: Record<SimulatedVendor, (company: Company) => VendorSimulator> = {
  bettercloud: createBetterCloudSimulator,
  atlassian: createAtlassianSimulator,
  snow: createSnowSimulator,
  jumpcloud: createJumpCloudSimulator,
};

export interface SimulatorFleet {
  company: Company;
  running: Partial<Record<SimulatedVendor, RunningSimulator>>;
  close(): Promise<void>;
}

export interface StartFleetOptions {
  company?: Company;
  vendors?: SimulatedVendor[];
  /** Port per vendor; 0 picks a free port (tests), undefined takes `SIM_<VENDOR>_PORT` or the default. */
  ports?: Partial<Record<SimulatedVendor, number>>;
  host?: string;
}

/** Starts the chosen vendor simulators over one seeded company. */
export async function startSimulators(options: StartFleetOptions = {}): Promise<SimulatorFleet> {
  const company = options.company ?? generateCompany();
  const vendors = options.vendors ?? (Object.keys(simulatorFactories) as SimulatedVendor[]);
  const running: SimulatorFleet['running'] = {};
  try {
    for (const vendor of vendors) {
      const simulator = simulatorFactories[vendor](company);
      const envPort = process.env[`SIM_${vendor.toUpperCase()}_PORT`];
      const port = options.ports?.[vendor] ?? (envPort ? Number(envPort) : simulator.defaultPort);
      running[vendor] = await startSimulator(simulator, { port, host: options.host });
    }
  } catch (error) {
    await Promise.all(Object.values(running).map((r) => r.close()));
    throw error;
  }
  return {
    company,
    running,
    close: async () => {
      await Promise.all(Object.values(running).map((r) => r.close()));
    },
  };
}
