/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduction, startGatewayProcess, type GatewayProcess } from '../../../bench/gateway-process.js';
import { defaultPersistedQueryManifest } from '../../../src/config.js';
import { exampleOperations } from '../../../src/http/graphiql-page.js';
import { startSimulators, type SimulatorFleet } from '../../../simulators/index.js';
import { replicaEnv, startReplica, type Replica } from '../../support/replicas.js';
import { testCompany } from '../../support/simulators.js';

/**
 * The production build (`npm run build`, run by `npm run start:production`): compiled to
 * dist/server/ and run by plain node with NODE_ENV=production, it finds the files it reads beside
 * the code (schema, saved operations, persisted-query manifest) and answers what the sources answer.
 * Its replica runs in allowlist mode, so the manifest must be found for anything to run at all.
 */
let fleet: SimulatorFleet;
let built: GatewayProcess;
let source: Replica;
let env: NodeJS.ProcessEnv;
const manifest = JSON.parse(readFileSync(defaultPersistedQueryManifest, 'utf8')) as Record<string, string>;
const [personCardId, personCardText] = Object.entries(manifest).find(([, text]) =>
  text.startsWith('query PersonCard'),
)!;
const email = testCompany().people[0].email;

beforeAll(async () => {
  fleet = await startSimulators({
    company: testCompany(),
    ports: { bettercloud: 0, atlassian: 0, snow: 0, jumpcloud: 0 },
  });
  for (const sim of Object.values(fleet.running)) sim.faults.set({});
  env = await replicaEnv(fleet, { ADMINGRAPH_LOG_LEVEL: 'warn' });
  await buildProduction();
  built = await startGatewayProcess(
    { ...env, ADMINGRAPH_PERSISTED_QUERIES: 'allowlist' },
    { runs: 'production' },
  );
  source = await startReplica(env);
}, 120_000);
afterAll(async () => {
  await built?.stop();
  await source?.stop();
  await fleet?.close();
});

const post = async (url: string, body: Record<string, unknown>) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${env.ADMINGRAPH_API_KEYS!.split(':')[0]}`,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe('the production build (npm run build, npm run start:production)', () => {
  it('answers a registered operation as the sources do, and refuses one the manifest lacks', async () => {
    const fromBuild = await post(built.url, { documentId: personCardId, variables: { email } });
    const fromSource = await post(source.url, { query: personCardText, variables: { email } });
    expect(fromBuild.body.errors).toBeUndefined();
    expect(fromSource.body.data.user.email).toBe(email);
    expect(fromBuild.body.data).toEqual(fromSource.body.data);

    const unregistered = await post(built.url, { query: '{ users(first: 1) { totalCount } }' });
    expect(unregistered.status).toBe(400);
    expect(unregistered.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  }, 60_000);

  it('serves GraphiQL with the saved operations and its bundle', async () => {
    const page = await fetch(built.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const [first] = exampleOperations();
    expect(first).toBeDefined();
    expect(html).toContain(JSON.stringify(first.query).replace(/</g, '\\u003c'));
    const bundle = await fetch(new URL('graphiql/graphiql.js', built.url));
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(1000);
  });
});
