/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import { createKeyv } from '@keyv/redis';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startGateway, type RunningGateway } from '../../../src/start.js';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Two gateway replicas over the same vendors and the machine's Redis, with a key prefix of this run
 * alone: an answer cached by one is served by the other, and a write through one drops it for both.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `test-${randomUUID()}`;
let fleet: SimulatorFleet;
let replicas: RunningGateway[] = [];

beforeAll(async () => {
  fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const env = {
    REDIS_URL,
    ADMINGRAPH_RESPONSE_CACHE: 'on',
    ADMINGRAPH_CACHE_PREFIX: PREFIX,
  };
  replicas = [
    await startGateway({ config: { ...loadConfig(env), port: 0 }, fleet }),
    await startGateway({ config: { ...loadConfig(env), port: 0 }, fleet }),
  ];
});
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await fleet?.close();
  // This run's keys only: the namespaces under its own prefix.
  for (const name of ['responses', 'apq']) {
    const keyv = createKeyv(REDIS_URL, { namespace: `${PREFIX}-${name}` });
    await keyv.clear();
    await keyv.disconnect();
  }
});

async function query(replica: RunningGateway, text: string, variables: Record<string, unknown>) {
  for (const sim of Object.values(fleet.running)) sim.log.clear();
  const res = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${replica.localAdminKey}` },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await res.json()) as any;
  const vendorRequests = Object.values(fleet.running)
    .flatMap((sim) => Object.values(sim.log.snapshot().byOperation))
    .reduce((sum, n) => sum + n, 0);
  return { body, vendorRequests };
}

const USER_STATUS = `query($email: String!) { user(email: $email) { email status } }`;
const SUSPEND = `mutation($email: String!) { suspendUser(input: { email: $email }) { user { status } } }`;

describe('whole-response cache shared by two replicas on Redis', () => {
  it('serves one replica’s cached answer from the other, and a write through either drops it on both', async () => {
    const email = testCompany().people.find(
      (p) => !p.jumpcloudAdmin && p.accounts.bettercloud?.state === 'active',
    )!.email;
    const [first, second] = replicas as [RunningGateway, RunningGateway];

    const cold = await query(first, USER_STATUS, { email });
    expect(cold.body.data.user.status).toBe('ACTIVE');
    expect(cold.vendorRequests).toBeGreaterThan(0);
    const fromRedis = await query(second, USER_STATUS, { email });
    expect(fromRedis.body).toEqual(cold.body);
    expect(fromRedis.vendorRequests).toBe(0);

    const write = await query(first, SUSPEND, { email });
    const statusAfterWrite = write.body.data.suspendUser.user.status;
    expect(statusAfterWrite).not.toBe('ACTIVE');
    const seenBySecond = await query(second, USER_STATUS, { email });
    // Not the cached ACTIVE answer: the write dropped it, and the shared identity index it patched answers
    // (so this read may cost no vendor call at all).
    expect(seenBySecond.body.data.user.status).toBe(statusAfterWrite);
  });
});
