import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free loopback port (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A Redis server of the test's own on a free port, never the machine's shared one: tests stop and
 * restart it to see the gateway live through a Redis outage.
 */
export class PrivateRedis {
  private child?: ChildProcess;

  private constructor(
    readonly port: number,
    /** Where it keeps its data across restarts (an append-only file synced on every write), if it does. */
    private readonly dataDir?: string,
  ) {}

  /** `keepData`: a restart finds what was written before it, as a production Redis with persistence does. */
  static async start(options: { keepData?: boolean } = {}): Promise<PrivateRedis> {
    const dataDir = options.keepData ? mkdtempSync(join(tmpdir(), 'admingraph-redis-')) : undefined;
    const redis = new PrivateRedis(await freePort(), dataDir);
    await redis.restart();
    return redis;
  }

  /** Removes the kept data: the next restart comes back empty (a Redis that lost its state). */
  wipe(): void {
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    const persistence = this.dataDir
      ? ['--dir', this.dataDir, '--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    if (this.dataDir) mkdirSync(this.dataDir, { recursive: true });
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...persistence],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = undefined;
  }
}
