import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Role } from '../../common/principal.js';
import { createLogger } from '../../src/observability/logger.js';

/** One random API key per role, fresh for each test gateway, as `ADMINGRAPH_API_KEYS` takes them. */
export interface TestKeys {
  keys: Record<Role, string>;
  /** The `ADMINGRAPH_API_KEYS` value naming each key after its role (`key:admin`, ...). */
  spec: string;
}

export function testKeys(): TestKeys {
  const keys = {
    viewer: `test-viewer-${randomBytes(12).toString('hex')}`,
    operator: `test-operator-${randomBytes(12).toString('hex')}`,
    admin: `test-admin-${randomBytes(12).toString('hex')}`,
  };
  return {
    keys,
    spec: Object.entries(keys)
      .map(([role, key]) => `${key}:${role}:${role}`)
      .join(','),
  };
}

/** A pino logger writing into memory: tests read the gateway's log lines (and scan them for secrets). */
export function capturedLogger(level = 'info') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}
