import { spawn, type ChildProcess } from 'node:child_process';

export interface GatewayProcess {
  /** The GraphQL endpoint the process printed. */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** How a replica process runs the gateway. */
export interface GatewayProcessOptions {
  /**
   * `source` (default): `src/main.ts` through tsx, as `npm start` does. `production`: the build of
   * `npm run build` (`dist/server/src/main.js`) under plain node with `NODE_ENV=production`, as
   * `npm run start:production` does; the caller builds it first (`buildProduction`).
   */
  runs?: 'source' | 'production';
  /** Extra node flags (a benchmark's `--cpu-prof`). */
  nodeArgs?: string[];
}

export const productionEntry = 'dist/server/src/main.js';

/**
 * The gateway in its own process on a free port, as a deployment runs a replica; resolves with the
 * endpoint it prints. Benchmarks (one replica vs two) and the replica tests both start replicas so.
 */
export async function startGatewayProcess(
  env: NodeJS.ProcessEnv,
  options: GatewayProcessOptions = {},
): Promise<GatewayProcess> {
  const production = options.runs === 'production';
  const entry = production ? [productionEntry] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    env: { ...process.env, ...(production ? { NODE_ENV: 'production' } : {}), ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL endpoint: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The server half of `npm run build` (tsc into dist/server/): what a `production` replica runs. The
 * GraphiQL bundle is left as it is (the tests' global setup builds it; benchmarks do not serve it).
 */
export async function buildProduction(): Promise<void> {
  const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`tsc -p tsconfig.build.json failed (${code}):\n${output}`);
}
