import { endpointDefaults, type VendorEndpoint } from '../datasources/http/vendor-transport.js';
import { auditSettingsFromEnv, type AuditSettings } from './audit/create-audit-log.js';
import { otlpTracesUrl } from './observability/tracing.js';
import { parseInstant } from '../common/clock.js';

/**
 * Gateway settings from the environment. Each vendor is configured on its own, so one can point at
 * the real API while the others stay on their simulators: a vendor whose credential variable is
 * unset runs on its built-in simulator. `.env.example` lists every variable.
 */
export type ConfiguredVendor = 'bettercloud' | 'atlassian' | 'scim' | 'snow' | 'jumpcloud';

export interface VendorSettings {
  endpoint: VendorEndpoint;
  /** True when no credential is set: the gateway starts the simulator and fills in its URL and IDs. */
  simulated: boolean;
}

export interface GatewayConfig {
  port: number;
  host: string;
  vendors: Record<ConfiguredVendor, VendorSettings>;
  atlassian: { orgId?: string; directoryId?: string };
  scim: { directoryId?: string };
  jumpcloud: { providerId?: string; orgId?: string };
  /** How long the identity index is served before a background refresh. */
  identityTtlMs: number;
  /** How long the company's seat walk (license waste, spend) is served before a background refresh. */
  seatWalkTtlMs: number;
  redisUrl?: string;
  /** Where mutations are recorded: `ADMINGRAPH_AUDIT_FILE` (default `data/audit.ndjson`), or PostgreSQL with `DATABASE_URL`. */
  audit?: AuditSettings;
  /** How long a completed mutation's result is replayed for its idempotency key (`ADMINGRAPH_IDEMPOTENCY_TTL_MS`). */
  idempotencyTtlMs?: number;
  /** OpenTelemetry traces go here when set (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`). */
  otlpTracesUrl?: string;
  /**
   * Pins the gateway's clock (`ADMINGRAPH_NOW`; else `SIM_NOW` when a vendor is simulated, so the gateway
   * measures inactivity from the simulated company's instant). Unset: real time.
   */
  now?: Date;
}

type Env = NodeJS.ProcessEnv;

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function vendor(
  env: Env,
  prefix: string,
  name: VendorEndpoint['vendor'],
  credentialVar: string,
  auth: (credential: string) => Record<string, string>,
): VendorSettings {
  const credential = env[credentialVar];
  const baseUrl = env[`${prefix}_BASE_URL`];
  const simulated = !credential;
  if (!simulated && !baseUrl)
    throw new Error(`${credentialVar} is set, so ${prefix}_BASE_URL must be set too`);
  return {
    simulated,
    endpoint: {
      ...endpointDefaults,
      vendor: name,
      baseUrl: (baseUrl ?? '').replace(/\/$/, ''),
      authHeaders: credential ? auth(credential) : {},
      timeoutMs: positiveInt(
        env,
        `${prefix}_TIMEOUT_MS`,
        positiveInt(env, 'ADMINGRAPH_VENDOR_TIMEOUT_MS', endpointDefaults.timeoutMs),
      ),
      maxConcurrency: Math.max(
        1,
        positiveInt(
          env,
          `${prefix}_MAX_CONCURRENCY`,
          positiveInt(env, 'ADMINGRAPH_VENDOR_CONCURRENCY', endpointDefaults.maxConcurrency),
        ),
      ),
      cacheTtlMs: positiveInt(env, 'ADMINGRAPH_CACHE_TTL_MS', endpointDefaults.cacheTtlMs),
    },
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** `ADMINGRAPH_NOW`, or the simulators' pinned instant when some vendor runs on its simulator. */
function pinnedNow(env: Env, vendors: GatewayConfig['vendors']): Date | undefined {
  if (env.ADMINGRAPH_NOW) return parseInstant(env.ADMINGRAPH_NOW, 'ADMINGRAPH_NOW');
  const simulated = Object.values(vendors).some((v) => v.simulated);
  return simulated && env.SIM_NOW ? parseInstant(env.SIM_NOW, 'SIM_NOW') : undefined;
}

export function loadConfig(env: Env = process.env): GatewayConfig {
  const config: GatewayConfig = {
    port: positiveInt(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    vendors: {
      bettercloud: vendor(env, 'BETTERCLOUD', 'BETTERCLOUD', 'BETTERCLOUD_API_KEY', (key) => ({
        'x-api-key': key,
      })),
      atlassian: vendor(env, 'ATLASSIAN', 'ATLASSIAN', 'ATLASSIAN_API_TOKEN', bearer),
      scim: vendor(env, 'ATLASSIAN_SCIM', 'ATLASSIAN', 'ATLASSIAN_SCIM_TOKEN', bearer),
      snow: vendor(env, 'SNOW', 'SNOW', 'SNOW_API_TOKEN', bearer),
      jumpcloud: vendor(env, 'JUMPCLOUD', 'JUMPCLOUD', 'JUMPCLOUD_API_KEY', (key) => ({
        'x-api-key': key,
        ...(env.JUMPCLOUD_ORG_ID ? { 'x-org-id': env.JUMPCLOUD_ORG_ID } : {}),
      })),
    },
    atlassian: {
      orgId: env.ATLASSIAN_ORG_ID || undefined,
      directoryId: env.ATLASSIAN_DIRECTORY_ID || undefined,
    },
    scim: { directoryId: env.ATLASSIAN_SCIM_DIRECTORY_ID || env.ATLASSIAN_DIRECTORY_ID || undefined },
    jumpcloud: {
      providerId: env.JUMPCLOUD_PROVIDER_ID || undefined,
      orgId: env.JUMPCLOUD_ORG_ID || undefined,
    },
    identityTtlMs: positiveInt(env, 'ADMINGRAPH_IDENTITY_TTL_MS', 60_000),
    seatWalkTtlMs: positiveInt(env, 'ADMINGRAPH_SEAT_WALK_TTL_MS', 300_000),
    redisUrl: env.REDIS_URL || undefined,
    audit: auditSettingsFromEnv(env),
    idempotencyTtlMs: positiveInt(env, 'ADMINGRAPH_IDEMPOTENCY_TTL_MS', 24 * 60 * 60 * 1000),
    otlpTracesUrl: otlpTracesUrl(env),
  };
  const now = pinnedNow(env, config.vendors);
  return now ? { ...config, now } : config;
}
