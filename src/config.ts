import type { CacheKind } from '../datasources/http/cache-ttl.js';
import { endpointDefaults, type VendorEndpoint } from '../datasources/http/vendor-transport.js';
import { auditSettingsFromEnv, type AuditSettings } from './audit/create-audit-log.js';
import { otlpTracesUrl } from './observability/tracing.js';
import { parseInstant } from '../common/clock.js';
import { projectFile } from './project-files.js';
import { authSettingsFromEnv, type AuthConfig } from './auth/auth-settings.js';
import { httpSettingsFromEnv, type HttpSettings } from './http/http-settings.js';
import { limitSettingsFromEnv, type LimitSettings } from './limits/limit-settings.js';

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
  /** One GraphQL request's time budget across all its vendor calls and retries (`ADMINGRAPH_REQUEST_DEADLINE_MS`). */
  requestDeadlineMs: number;
  /** How long a stop waits for requests in flight before cutting them (`ADMINGRAPH_SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
  /** How old a source of the identity index may get before the background refresh walks it again (0: no refresh). */
  identityTtlMs: number;
  /** How long the company's seat walk (license waste, spend) is served before a background refresh. */
  seatWalkTtlMs: number;
  /** Where the identity index is shared: PostgreSQL (`DATABASE_URL`), else Redis (`REDIS_URL`), else memory. */
  identity: IdentitySettings;
  redisUrl?: string;
  /** Where mutations are recorded: `ADMINGRAPH_AUDIT_FILE` (default `data/audit.ndjson`), or PostgreSQL with `DATABASE_URL`. */
  audit?: AuditSettings;
  /** How long a completed mutation's result is replayed for its idempotency key (`ADMINGRAPH_IDEMPOTENCY_TTL_MS`). */
  idempotencyTtlMs?: number;
  /** The vendor response cache: in-process bounds, and Redis shared by every replica when `REDIS_URL` is set. */
  cache: CacheSettings;
  /** OpenTelemetry traces go here when set (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`). */
  otlpTracesUrl?: string;
  /**
   * Pins the gateway's clock (`ADMINGRAPH_NOW`; else `SIM_NOW` when a vendor is simulated, so the gateway
   * measures inactivity from the simulated company's instant). Unset: real time.
   */
  now?: Date;
  /** Depth, aliases, root fields, tokens, body size, cost and the per-caller budget (`ADMINGRAPH_MAX_*`, `ADMINGRAPH_COST_*`). */
  limits: LimitSettings;
  /** Whole query answers cached by their `@cacheControl` hints (`ADMINGRAPH_RESPONSE_CACHE=on`), bounded in memory without Redis. */
  responseCache: { enabled: boolean; maxBytes: number };
  /** Namespace of the gateway's caches in Redis (`ADMINGRAPH_CACHE_PREFIX`): deployments sharing one Redis stay apart. */
  cachePrefix: string;
  /** Persisted queries (`ADMINGRAPH_PERSISTED_QUERIES`): automatic (APQ, any operation), an allowlist of registered operations, or off. */
  persistedQueries: PersistedQuerySettings;
  /** API keys, OIDC and the metrics token (`ADMINGRAPH_API_KEYS`, `ADMINGRAPH_OIDC_*`, `ADMINGRAPH_METRICS_TOKEN`). */
  auth: AuthConfig;
  /** CORS origins, introspection, body size (`ADMINGRAPH_CORS_ORIGINS`, `ADMINGRAPH_INTROSPECTION`, `ADMINGRAPH_MAX_BODY_BYTES`). */
  http: HttpSettings;
  /** How much the gateway logs (`ADMINGRAPH_LOG_LEVEL`, pino's levels; default `info`: one line per request). */
  logLevel: LogLevel;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export type PersistedQueryMode = 'apq' | 'allowlist' | 'off';

export interface PersistedQuerySettings {
  mode: PersistedQueryMode;
  /** The allowlist: a JSON object of operation hash → operation text (`ADMINGRAPH_PERSISTED_QUERIES_MANIFEST`). */
  manifestPath: string;
  /** How long an automatically persisted query stays registered, in seconds (`ADMINGRAPH_APQ_TTL_S`). */
  apqTtlSeconds: number;
}

/** The typed web client's manifest (examples/web-client), written by `npm run codegen`. */
export const defaultPersistedQueryManifest = projectFile(
  'examples/web-client/src/__generated__/persisted-documents.json',
);

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T))
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

export interface CacheSettings {
  /** Most answers in the in-process tier (`ADMINGRAPH_CACHE_MAX_ENTRIES`, default 10,000). */
  maxEntries: number;
  /** Most bytes in the in-process tier (`ADMINGRAPH_CACHE_MAX_BYTES`, default 64 MiB). */
  maxBytes: number;
  /** Redis for the shared tier (`REDIS_URL`); unset: this process only. */
  redisUrl?: string;
  /** Prefix of the shared tier's Redis keys (`ADMINGRAPH_CACHE_REDIS_PREFIX`, default `admingraph:cache`). */
  redisPrefix?: string;
}

export interface IdentitySettings {
  databaseUrl?: string;
  redisUrl?: string;
  /** Prefix of the PostgreSQL tables (`ADMINGRAPH_IDENTITY_TABLE_PREFIX`, default `admingraph_identity`). */
  tablePrefix?: string;
  /** Prefix of the Redis keys (`ADMINGRAPH_IDENTITY_REDIS_PREFIX`, default `admingraph:identity`). */
  redisPrefix?: string;
  /** How long a build or refresh lease holds without renewal (`ADMINGRAPH_IDENTITY_LEASE_TTL_MS`). */
  leaseTtlMs: number;
  /** The background refresh's calls per minute per API (`<VENDOR>_REFRESH_CALLS_PER_MINUTE`). */
  refreshBudgets: Partial<Record<ConfiguredVendor, number>>;
}

type Env = NodeJS.ProcessEnv;

const refreshBudgetVariables: Record<ConfiguredVendor, string> = {
  bettercloud: 'BETTERCLOUD_REFRESH_CALLS_PER_MINUTE',
  atlassian: 'ATLASSIAN_REFRESH_CALLS_PER_MINUTE',
  scim: 'ATLASSIAN_SCIM_REFRESH_CALLS_PER_MINUTE',
  snow: 'SNOW_REFRESH_CALLS_PER_MINUTE',
  jumpcloud: 'JUMPCLOUD_REFRESH_CALLS_PER_MINUTE',
};

function identitySettings(env: Env): IdentitySettings {
  const refreshBudgets: Partial<Record<ConfiguredVendor, number>> = {};
  for (const [api, variable] of Object.entries(refreshBudgetVariables)) {
    const budget = positiveInt(env, variable, 0);
    if (budget > 0) refreshBudgets[api as ConfiguredVendor] = budget;
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    tablePrefix: env.ADMINGRAPH_IDENTITY_TABLE_PREFIX || undefined,
    redisPrefix: env.ADMINGRAPH_IDENTITY_REDIS_PREFIX || undefined,
    leaseTtlMs: positiveInt(env, 'ADMINGRAPH_IDENTITY_LEASE_TTL_MS', 30_000),
    refreshBudgets,
  };
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function optionalInt(env: Env, name: string): number | undefined {
  return env[name] === undefined || env[name] === '' ? undefined : positiveInt(env, name, 0);
}

/** `ADMINGRAPH_CACHE_TTL_<KIND>_MS`: a TTL per kind of read over the vendor defaults. */
function cacheTtlByKind(env: Env): Partial<Record<CacheKind, number>> {
  const kinds: CacheKind[] = ['status', 'person', 'events', 'catalogue'];
  return Object.fromEntries(
    kinds.flatMap((kind) => {
      const ms = optionalInt(env, `ADMINGRAPH_CACHE_TTL_${kind.toUpperCase()}_MS`);
      return ms === undefined ? [] : [[kind, ms]];
    }),
  );
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
      cacheTtlMs: optionalInt(env, 'ADMINGRAPH_CACHE_TTL_MS'),
      cacheTtlByKind: cacheTtlByKind(env),
      breaker: {
        failureThreshold: Math.max(
          1,
          positiveInt(env, 'ADMINGRAPH_BREAKER_FAILURES', endpointDefaults.breaker.failureThreshold),
        ),
        halfOpenAfterMs: positiveInt(
          env,
          'ADMINGRAPH_BREAKER_HALF_OPEN_MS',
          endpointDefaults.breaker.halfOpenAfterMs,
        ),
      },
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
    requestDeadlineMs: Math.max(1, positiveInt(env, 'ADMINGRAPH_REQUEST_DEADLINE_MS', 15_000)),
    shutdownGraceMs: positiveInt(env, 'ADMINGRAPH_SHUTDOWN_GRACE_MS', 20_000),
    identityTtlMs: positiveInt(env, 'ADMINGRAPH_IDENTITY_TTL_MS', 60_000),
    seatWalkTtlMs: positiveInt(env, 'ADMINGRAPH_SEAT_WALK_TTL_MS', 300_000),
    identity: identitySettings(env),
    cache: {
      maxEntries: Math.max(1, positiveInt(env, 'ADMINGRAPH_CACHE_MAX_ENTRIES', 10_000)),
      maxBytes: Math.max(1, positiveInt(env, 'ADMINGRAPH_CACHE_MAX_BYTES', 64 * 1024 * 1024)),
      redisUrl: env.REDIS_URL || undefined,
      redisPrefix: env.ADMINGRAPH_CACHE_REDIS_PREFIX || undefined,
    },
    redisUrl: env.REDIS_URL || undefined,
    audit: auditSettingsFromEnv(env),
    idempotencyTtlMs: positiveInt(env, 'ADMINGRAPH_IDEMPOTENCY_TTL_MS', 24 * 60 * 60 * 1000),
    otlpTracesUrl: otlpTracesUrl(env),
    responseCache: {
      enabled: oneOf(env, 'ADMINGRAPH_RESPONSE_CACHE', ['on', 'off'], 'off') === 'on',
      maxBytes: positiveInt(env, 'ADMINGRAPH_RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
    },
    cachePrefix: env.ADMINGRAPH_CACHE_PREFIX || 'admingraph',
    persistedQueries: {
      mode: oneOf(env, 'ADMINGRAPH_PERSISTED_QUERIES', ['apq', 'allowlist', 'off'], 'apq'),
      manifestPath: env.ADMINGRAPH_PERSISTED_QUERIES_MANIFEST || defaultPersistedQueryManifest,
      apqTtlSeconds: positiveInt(env, 'ADMINGRAPH_APQ_TTL_S', 24 * 60 * 60),
    },
    auth: authSettingsFromEnv(env),
    http: httpSettingsFromEnv(env),
    limits: limitSettingsFromEnv(env),
    logLevel: oneOf(env, 'ADMINGRAPH_LOG_LEVEL', logLevels, 'info'),
  };
  const now = pinnedNow(env, config.vendors);
  return now ? { ...config, now } : config;
}
