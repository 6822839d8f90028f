import { spawn, type ChildProcess } from 'node:child_process';
import type { SimulatedVendor } from '../simulators/index.js';

export interface SimulatorProcess {
  urls: Record<SimulatedVendor, string>;
  stop(): Promise<void>;
}

/**
 * `npm run simulators` in its own process on free ports, so a benchmark measures the gateway and
 * not the simulators sharing its event loop (as a real vendor would not).
 */
export async function startSimulatorProcess(env: NodeJS.ProcessEnv): Promise<SimulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'simulators/main.ts'], {
    env: {
      ...process.env,
      ...env,
      SIM_BETTERCLOUD_PORT: '0',
      SIM_ATLASSIAN_PORT: '0',
      SIM_SNOW_PORT: '0',
      SIM_JUMPCLOUD_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls = await new Promise<Record<SimulatedVendor, string>>((resolve, reject) => {
    const found: Partial<Record<SimulatedVendor, string>> = {};
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('simulators did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`simulators exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const match of buffer.matchAll(/^\s+(bettercloud|atlassian|snow|jumpcloud)\s+(http:\/\/\S+)/gm))
        found[match[1] as SimulatedVendor] = match[2];
      if (Object.keys(found).length === 4) {
        clearTimeout(timer);
        resolve(found as Record<SimulatedVendor, string>);
      }
    });
  });
  return {
    urls,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
