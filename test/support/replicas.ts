/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startGatewayProcess } from '../../bench/gateway-process.js';
import { loadConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/start.js';
import type { SimulatorFleet } from '../../simulators/index.js';

export const databaseUrl = 'postgres://postgres@127.0.0.1:5432/test';

/** A name no other test run uses (tables, key prefixes). */
export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(5).toString('hex')}`;

/**
 * The environment of a gateway replica pointed at running simulators as if they were the real
 * vendors (credentials and base URLs set), so replicas in separate processes address the same
 * tenant: the same URLs and credentials give the same credential fingerprint.
 */
/** The admin key every replica accepts (the vendors look real to them, so none is made). */
const REPLICA_KEY = `replica-${randomBytes(16).toString('hex')}`;

export async function replicaEnv(
  fleet: SimulatorFleet,
  extra: NodeJS.ProcessEnv,
): Promise<NodeJS.ProcessEnv> {
  const { bettercloud, atlassian, snow, jumpcloud } = fleet.running;
  const info = async (url: string) => (await (await fetch(`${url}/__sim/info`)).json()) as any;
  const atlassianInfo = await info(atlassian!.url);
  const jumpcloudInfo = await info(jumpcloud!.url);
  const org = atlassianInfo.orgs[0];
  return {
    BETTERCLOUD_API_KEY: 'dev-bettercloud-key',
    BETTERCLOUD_BASE_URL: `${bettercloud!.url}/v1`,
    ATLASSIAN_API_TOKEN: 'dev-atlassian-token',
    ATLASSIAN_BASE_URL: atlassian!.url,
    ATLASSIAN_SCIM_TOKEN: 'dev-atlassian-token',
    ATLASSIAN_SCIM_BASE_URL: atlassian!.url,
    SNOW_API_TOKEN: 'dev-snow-token',
    SNOW_BASE_URL: snow!.url,
    JUMPCLOUD_API_KEY: 'dev-jumpcloud-key',
    JUMPCLOUD_BASE_URL: `${jumpcloud!.url}/api/v2`,
    ATLASSIAN_ORG_ID: org.id,
    ATLASSIAN_DIRECTORY_ID: org.directoryIds?.[0] ?? org.directories?.[0]?.id,
    JUMPCLOUD_PROVIDER_ID: jumpcloudInfo.providerId,
    ADMINGRAPH_API_KEYS: `${REPLICA_KEY}:admin:replica`,
    ...extra,
  };
}

export interface Replica {
  url: string;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  stop(): Promise<void>;
}

const post = async (url: string, query: string, variables?: Record<string, unknown>) =>
  (await (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${REPLICA_KEY}` },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as any;

/** A replica in this process (its gateway object is reachable: status, refresher). */
export async function startReplica(env: NodeJS.ProcessEnv): Promise<Replica & { running: RunningGateway }> {
  const running = await startGateway({ config: { ...loadConfig(env), port: 0 } });
  return { url: running.url, running, query: (q, v) => post(running.url, q, v), stop: () => running.stop() };
}

/** A replica in its own process (`src/main.ts`), as a deployment runs it. */
export async function startReplicaProcess(
  env: NodeJS.ProcessEnv,
): Promise<Replica & { child: ChildProcess }> {
  const { url, child, stop } = await startGatewayProcess(env);
  return { url, child, query: (q, v) => post(url, q, v), stop };
}
