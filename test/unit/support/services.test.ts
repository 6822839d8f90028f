import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { requirePostgres, requireRedis, SERVICE_CHECK_MS } from '../../support/services.js';

/** A TCP server on a free loopback port that accepts connections and never answers. */
async function silentServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const { server, port } = await silentServer();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('test service checks', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('names Redis, the address and the start command when nothing listens', async () => {
    const port = await closedPort();
    await expect(requireRedis(`redis://127.0.0.1:${port}`)).rejects.toThrow(
      new RegExp(
        `^Redis is not answering at 127\\.0\\.0\\.1:${port} \\(REDIS_URL; .*redis-server --daemonize yes`,
      ),
    );
  });

  it('gives up on a Redis that accepts but never answers, within the check time', async () => {
    const { server, port } = await silentServer();
    servers.push(server);
    const started = Date.now();
    await expect(requireRedis(`redis://127.0.0.1:${port}`, 300)).rejects.toThrow(/no answer within 300 ms/);
    expect(Date.now() - started).toBeLessThan(SERVICE_CHECK_MS);
  });

  it('names PostgreSQL, the address, the database and the start command when nothing listens', async () => {
    const port = await closedPort();
    await expect(requirePostgres(`postgres://postgres@127.0.0.1:${port}/test`)).rejects.toThrow(
      new RegExp(`^PostgreSQL is not answering at 127\\.0\\.0\\.1:${port}, database test .*pg_ctlcluster`),
    );
  });

  it("passes against the machine's services when they answer", async () => {
    await requireRedis();
    await requirePostgres();
  });
});
