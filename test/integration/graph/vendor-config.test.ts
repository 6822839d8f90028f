import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startGateway, type RunningGateway } from '../../../src/start.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestSimulator } from '../../support/simulators.js';
import { testKeys } from '../../support/credentials.js';

/**
 * A vendor configured by its environment variables is reached at its own URL with its own
 * credentials, while the vendors left unset run on simulators the gateway starts itself.
 * A separately started BetterCloud simulator stands in for the real BetterCloud here.
 */
let external: RunningSimulator;
const started: RunningGateway[] = [];
/** A real vendor is configured, so no local admin key is made: the gateway needs a configured one. */
const { keys, spec } = testKeys();

async function gateway(env: NodeJS.ProcessEnv) {
  const config = { ...loadConfig({ ADMINGRAPH_API_KEYS: spec, ...env }), port: 0 };
  const running = await startGateway({
    config,
    simulatorPorts: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  started.push(running);
  return running;
}

async function query(running: RunningGateway, text: string) {
  const res = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.admin}` },
    body: JSON.stringify({ query: text }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions: Record<string, unknown> }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  external = await startTestSimulator('bettercloud');
});
afterAll(async () => {
  await Promise.all(started.map((g) => g.stop()));
  await external?.close();
});

describe('per-vendor configuration', () => {
  it('reaches a configured vendor at its URL and simulates the rest', async () => {
    const running = await gateway({
      BETTERCLOUD_BASE_URL: `${external.url}/v1`,
      BETTERCLOUD_API_KEY: 'dev-bettercloud-key',
    });
    expect(running.fleet && Object.keys(running.fleet.running).sort()).toEqual([
      'atlassian',
      'jumpcloud',
      'snow',
    ]);
    const res = await query(running, `{ user(email: "jsmith@example.com") { vendors } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.user.vendors).toEqual(['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD']);
    expect(external.log.snapshot().byOperation.listUsers).toBeGreaterThan(0);
  });

  it('reports wrong credentials as VENDOR_AUTH_FAILED for that vendor and still answers with the others', async () => {
    const running = await gateway({
      BETTERCLOUD_BASE_URL: `${external.url}/v1`,
      BETTERCLOUD_API_KEY: 'wrong-key',
    });
    const res = await query(running, `{ user(email: "jsmith@example.com") { vendors } }`);
    expect(res.data.user.vendors).toEqual(['ATLASSIAN', 'SNOW', 'JUMPCLOUD']);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'VENDOR_AUTH_FAILED',
      vendor: 'BETTERCLOUD',
      retryable: false,
    });
  });

  it('refuses to start over a real vendor when no API key or OIDC issuer is configured', async () => {
    const config = {
      ...loadConfig({
        BETTERCLOUD_BASE_URL: `${external.url}/v1`,
        BETTERCLOUD_API_KEY: 'dev-bettercloud-key',
      }),
      port: 0,
    };
    await expect(startGateway({ config })).rejects.toThrow(
      /no credential is configured: set ADMINGRAPH_API_KEYS/,
    );
  });

  it('refuses a credential without a base URL, and a malformed number, with a clear message', () => {
    expect(() => loadConfig({ SNOW_API_TOKEN: 't' })).toThrow(/SNOW_BASE_URL must be set/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative integer/);
  });
});
