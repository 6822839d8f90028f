import { Socket } from 'node:net';
import pg from 'pg';

/**
 * Test prerequisites: a test that needs the machine's Redis or PostgreSQL calls these first (in
 * `beforeAll`), so a missing service fails at once, within 2 s, with a message naming it, the address
 * tried and the command that starts it (the same ones `.ci/run` uses), instead of a test timing out
 * a minute later. Redis gets a raw RESP `PING` over a socket rather than a client library: a client
 * retries and reconnects, and the point here is to give up fast.
 */

export const SERVICE_CHECK_MS = 2_000;

export const REDIS_START =
  'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no';
export const POSTGRES_START = 'pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start';

export const defaultRedisUrl = () => process.env.REDIS_URL || 'redis://127.0.0.1:6379';
export const defaultDatabaseUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Fails unless Redis answers `PING` at `url` within SERVICE_CHECK_MS. */
export async function requireRedis(url = defaultRedisUrl(), timeoutMs = SERVICE_CHECK_MS): Promise<void> {
  const { hostname, port } = new URL(url);
  const address = `${hostname}:${port || 6379}`;
  const failure = (why: string) =>
    new Error(`Redis is not answering at ${address} (REDIS_URL; ${why}): start it with \`${REDIS_START}\``);
  await new Promise<void>((resolve, reject) => {
    const socket = new Socket();
    const done = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => done(failure(`no answer within ${timeoutMs} ms`)));
    socket.once('error', (error) => done(failure(error.message)));
    socket.on('data', (data) => {
      const reply = data.toString('utf8');
      // `-NOAUTH` still proves Redis is there; the test's own client then reports the credential.
      done(
        reply.startsWith('+PONG') || reply.startsWith('-')
          ? undefined
          : failure(`answered ${JSON.stringify(reply)}`),
      );
    });
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
  });
}

/** Fails unless PostgreSQL answers `SELECT 1` at `url` within SERVICE_CHECK_MS. */
export async function requirePostgres(
  url = defaultDatabaseUrl(),
  timeoutMs = SERVICE_CHECK_MS,
): Promise<void> {
  const target = new URL(url);
  const address = `${target.hostname}:${target.port || 5432}`;
  const database = target.pathname.replace(/^\//, '') || 'postgres';
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not answering at ${address}, database ${database} (DATABASE_URL; ${(error as Error).message}): ` +
        `start it with \`${POSTGRES_START}\``,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
