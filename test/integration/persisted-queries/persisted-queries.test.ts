/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results in tests are untyped */
import { createKeyv } from '@keyv/redis';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonCardQuery } from '../../../examples/web-client/src/operations.js';
import { execute } from '../../../examples/web-client/src/client.js';
import { defaultPersistedQueryManifest, loadConfig } from '../../../src/config.js';
import { startGateway, type RunningGateway } from '../../../src/start.js';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Persisted queries over HTTP: automatic persisted queries registered through one replica and
 * served by another from the machine's Redis (a key prefix of this run alone), and allowlist mode
 * serving the typed web client's manifest (examples/web-client) and nothing else.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `test-${randomUUID()}`;
const manifest = JSON.parse(readFileSync(defaultPersistedQueryManifest, 'utf8')) as Record<string, string>;
const [personCardId, personCardText] = Object.entries(manifest).find(([, text]) =>
  text.startsWith('query PersonCard'),
)!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const email = testCompany().people[0].email;

let fleet: SimulatorFleet;
let apqReplicas: RunningGateway[] = [];
let allowlisted: RunningGateway;

beforeAll(async () => {
  fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  const apq = { REDIS_URL, ADMINGRAPH_CACHE_PREFIX: PREFIX };
  apqReplicas = [
    await startGateway({ config: { ...loadConfig(apq), port: 0 }, fleet }),
    await startGateway({ config: { ...loadConfig(apq), port: 0 }, fleet }),
  ];
  allowlisted = await startGateway({
    config: { ...loadConfig({ ADMINGRAPH_PERSISTED_QUERIES: 'allowlist' }), port: 0 },
    fleet,
  });
});
afterAll(async () => {
  await Promise.all([...apqReplicas, allowlisted].filter(Boolean).map((gateway) => gateway.stop()));
  await fleet?.close();
  const keyv = createKeyv(REDIS_URL, { namespace: `${PREFIX}-apq` });
  await keyv.clear();
  await keyv.disconnect();
});

async function post(gateway: RunningGateway, body: Record<string, unknown>) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.localAdminKey}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('automatic persisted queries in the shared store', () => {
  it('registers a query through one replica and runs it by hash alone through the other', async () => {
    const query = `query Apq($email: String!) { user(email: $email) { email status } } # ${randomUUID()}`;
    const hash = sha256(query);
    const [first, second] = apqReplicas as [RunningGateway, RunningGateway];

    const unknown = await post(first, { extensions: persisted(hash), variables: { email } });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post(first, { query, extensions: persisted(hash), variables: { email } });
    expect(registered.body.data.user.email).toBe(email);

    const byHash = await post(second, { extensions: persisted(hash), variables: { email } });
    expect(byHash.body).toEqual(registered.body);
  });

  it('refuses a hash that is not the hash of the query sent', async () => {
    const query = '{ __typename }';
    const wrong = await post(apqReplicas[0]!, { query, extensions: persisted(sha256('{ other }')) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].message).toMatch(/does not match/);
  });
});

describe('allowlist mode (ADMINGRAPH_PERSISTED_QUERIES=allowlist)', () => {
  it('runs the typed web client’s operations, named by documentId', async () => {
    const card = await execute({ url: allowlisted.url, apiKey: allowlisted.localAdminKey }, PersonCardQuery, {
      email,
    });
    const direct = await post(apqReplicas[0]!, { query: personCardText, variables: { email } });
    expect(card).toEqual(direct.body.data);

    const idOnly = await post(allowlisted, { documentId: personCardId, variables: { email } });
    expect(idOnly.body.data).toEqual(direct.body.data);
  });

  it('runs a registered operation named by the SHA-256 of its text, by GET too', async () => {
    const byHash = await post(allowlisted, {
      extensions: persisted(sha256(personCardText)),
      variables: { email },
    });
    expect(byHash.body.data.user.email).toBe(email);

    const params = new URLSearchParams({ documentId: personCardId, variables: JSON.stringify({ email }) });
    const res = await fetch(`${allowlisted.url}?${params}`, {
      headers: {
        accept: 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${allowlisted.localAdminKey}`,
      },
    });
    expect(((await res.json()) as any).data).toEqual(byHash.body.data);
  });

  it('refuses an operation that is not registered, with a clear code', async () => {
    const query = `query($email: String!) { user(email: $email) { email } }`;
    const refused = await post(allowlisted, { query, variables: { email } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(refused.body.data).toBeUndefined();

    const params = new URLSearchParams({ query: '{ __typename }' });
    const get = await fetch(`${allowlisted.url}?${params}`, {
      headers: {
        accept: 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${allowlisted.localAdminKey}`,
      },
    });
    expect(((await get.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('refuses an unknown id, and runs only the registered text of a known one', async () => {
    const unknown = await post(allowlisted, { documentId: 'f'.repeat(40) });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(unknown.body.errors[0].message).toMatch(/No registered operation/);

    const swapped = await post(allowlisted, {
      documentId: personCardId,
      query: '{ __typename }',
      variables: { email },
    });
    expect(swapped.body.data.user.email).toBe(email);
    expect(swapped.body.data.__typename).toBeUndefined();
  });
});
