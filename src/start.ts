import type { GatewayContext } from '../mutations/context.js';
import type { SimulatorFleet, SimulatedVendor } from '../simulators/index.js';
import { startSimulators } from '../simulators/index.js';
import type { TenantIds } from '../datasources/index.js';
import type { VendorEndpoint } from '../datasources/http/vendor-transport.js';
import { loadConfig, type ConfiguredVendor, type GatewayConfig } from './config.js';
import { breakerStates, createGateway, type Gateway } from './gateway.js';
import { createAuditLog, defaultAuditFile } from './audit/create-audit-log.js';
import { createIdempotencyStore } from '../mutations/idempotency.js';
import { recoverInterruptedMutations } from '../mutations/recovery.js';
import { createIdentityStore } from './identity/create-identity-store.js';
import { createResponseCache } from './cache/create-response-cache.js';
import { createDownloadRoute } from './downloads/download-route.js';
import { serveGraphql, type GraphqlRequestOptions } from './http/serve-graphql.js';
import { graphiqlRoute } from './http/graphiql-route.js';
import { metricsRoute } from './http/metrics-route.js';
import { healthzRoute, readyzRoute } from './http/health-routes.js';
import { gracefulStopper } from './http/graceful-stop.js';
import { fixedClock, systemClock } from '../common/clock.js';
import type { CostBudget } from './limits/cost-budget.js';
import { RedisCostBudget } from './limits/redis-cost-budget.js';
import { openGatewayCaches } from './gateway-caches.js';
import { LazySubgraphServer } from './federation/subgraph-server.js';
import { subgraphRoute } from './http/subgraph-route.js';
import { allowlistGate } from './persisted-queries/allowlist-gate.js';
import { loadPersistedOperations } from './persisted-queries/manifest.js';
import { createAuthenticator } from './auth/authenticate.js';
import { gatewayCredentials } from './auth/gateway-credentials.js';
import { metricsAccess } from './auth/metrics-access.js';
import type { Logger } from 'pino';
import { createLogger } from './observability/logger.js';

/** Credentials the simulators accept by default (README, simulators/). */
const simulatorCredentials: Record<ConfiguredVendor, Record<string, string>> = {
  bettercloud: { 'x-api-key': 'dev-bettercloud-key' },
  atlassian: { authorization: 'Bearer dev-atlassian-token' },
  scim: { authorization: 'Bearer dev-atlassian-token' },
  snow: { authorization: 'Bearer dev-snow-token' },
  jumpcloud: { 'x-api-key': 'dev-jumpcloud-key' },
};

/** Which simulator serves each configured API (SCIM shares Atlassian's). */
const simulatorOf: Record<ConfiguredVendor, SimulatedVendor> = {
  bettercloud: 'bettercloud',
  atlassian: 'atlassian',
  scim: 'atlassian',
  snow: 'snow',
  jumpcloud: 'jumpcloud',
};

export interface RunningGateway {
  url: string;
  gateway: Gateway;
  fleet?: SimulatorFleet;
  endpoints: Record<ConfiguredVendor, VendorEndpoint>;
  ids: TenantIds;
  /** Mutations the previous process left unfinished (INTERRUPTED in the audit log), found at startup. */
  interruptedMutations: number;
  /** The local admin key of the embedded default (generated, or `adminKey` as given); none when credentials are configured. */
  localAdminKey?: string;
  stop(): Promise<void>;
}

export interface StartGatewayOptions {
  config?: GatewayConfig;
  /** Use these running simulators instead of starting new ones (tests share one fleet). */
  fleet?: SimulatorFleet;
  /** Simulator ports when the gateway starts them (0: any free port). */
  simulatorPorts?: Partial<Record<SimulatedVendor, number>>;
  /**
   * The local admin key: accepted beside the configured credentials and pre-filled in GraphiQL as
   * `Authorization: Bearer <key>` for loopback visitors. Without it and without configured
   * credentials, the embedded default generates one.
   */
  adminKey?: string;
  /** The structured log (default: pino on stdout). */
  logger?: Logger;
  /** Each caller's cost budget (default: in memory, `config.limits.budgetPerMinute`); tests give one a clock. */
  budget?: CostBudget;
}

/** The gateway assembled over its vendors (simulated or real), not serving yet. */
export interface AssembledGateway extends Omit<RunningGateway, 'url' | 'stop' | 'localAdminKey'> {
  /** Closes the audit log, the idempotency store and simulators it started (not the Apollo server). */
  close(): Promise<void>;
}

/** Starts the simulators the configuration needs, resolves tenant IDs, and serves GraphQL. */
export async function startGateway(options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const config = options.config ?? loadConfig();
  const credentials = gatewayCredentials(config.auth, {
    allSimulated: Object.values(config.vendors).every((v) => v.simulated),
    localAdminKey: options.adminKey,
  });
  const authenticate = createAuthenticator(credentials.settings);
  const { close, ...assembled } = await assembleGateway({ ...options, config });
  const subgraph = new LazySubgraphServer();
  try {
    const { gateway } = assembled;
    const shutdown: { stopper?: ReturnType<typeof gracefulStopper> } = {};
    const requestOptions: GraphqlRequestOptions<GatewayContext> = {
      authenticate,
      context: async (req, principal) => gateway.createContext(req.headers, principal),
      http: config.http,
      logger: gateway.logger,
      gate:
        config.persistedQueries.mode === 'allowlist'
          ? allowlistGate(loadPersistedOperations(config.persistedQueries.manifestPath))
          : undefined,
    };
    const { url, httpServer } = await serveGraphql(gateway.server, {
      ...requestOptions,
      listen: { port: config.port, host: config.host },
      routes: [
        healthzRoute,
        readyzRoute({
          breakerStates: () => breakerStates(gateway.transports),
          identityIndex: () => gateway.identityStatus(),
          stores: { audit: gateway.audit, idempotency: gateway.idempotency },
          stopping: () => shutdown.stopper?.stopping ?? false,
        }),
        subgraphRoute(() => subgraph.get(), requestOptions),
        graphiqlRoute({ adminKey: credentials.localAdminKey }),
        metricsRoute(gateway.metrics.registry, metricsAccess(authenticate, config.auth.metricsTokenDigest)),
        createDownloadRoute(gateway),
      ],
    });
    const graceful = gracefulStopper(httpServer);
    shutdown.stopper = graceful;
    return {
      url,
      ...assembled,
      localAdminKey: credentials.localAdminKey,
      // Stop accepting, let requests in flight finish (their mutations journal and audit), then
      // flush and close the audit log and the idempotency store.
      stop: async () => {
        await graceful.stop(config.shutdownGraceMs);
        await gateway.server.stop();
        await subgraph.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Starts the simulators the configuration needs, resolves tenant IDs and builds the gateway, without
 * serving it: `startGateway` puts it behind HTTP, in-process tests call `server.executeOperation`.
 */
export async function assembleGateway(options: StartGatewayOptions = {}): Promise<AssembledGateway> {
  const config = options.config ?? loadConfig();
  const simulatedApis = (Object.keys(config.vendors) as ConfiguredVendor[]).filter(
    (v) => config.vendors[v].simulated,
  );
  const needed = [...new Set(simulatedApis.map((v) => simulatorOf[v]))];
  const ownFleet = !options.fleet && needed.length > 0;
  const fleet =
    options.fleet ??
    (needed.length > 0
      ? await startSimulators({ vendors: needed, ports: options.simulatorPorts })
      : undefined);

  try {
    const endpoints = {} as Record<ConfiguredVendor, VendorEndpoint>;
    for (const api of Object.keys(config.vendors) as ConfiguredVendor[]) {
      const settings = config.vendors[api];
      if (!settings.simulated) {
        endpoints[api] = settings.endpoint;
        continue;
      }
      const sim = fleet?.running[simulatorOf[api]];
      if (!sim) throw new Error(`No ${simulatorOf[api]} simulator is running for ${api}`);
      endpoints[api] = {
        ...settings.endpoint,
        baseUrl: simulatorBaseUrl(api, sim.url),
        authHeaders: simulatorCredentials[api],
      };
    }
    const ids = await resolveTenantIds(config, endpoints);
    const budget =
      options.budget ??
      (config.redisUrl
        ? new RedisCostBudget(config.redisUrl, config.limits.budgetPerMinute, {
            keyPrefix: `${config.cachePrefix}:budget`,
            onError: (error) =>
              console.warn(`Cost budget: Redis unavailable, budgets held per process (${error.message})`),
          })
        : undefined);
    const cache = createResponseCache(config.cache);
    const caches = openGatewayCaches(config);
    const audit = createAuditLog({
      file: defaultAuditFile,
      ...config.audit,
      staleAfterMs: 2 * config.requestDeadlineMs,
    });
    const idempotency = createIdempotencyStore({
      redisUrl: config.redisUrl,
      databaseUrl: config.audit?.databaseUrl,
      ttlMs: config.idempotencyTtlMs,
    });
    const interrupted = await recoverInterruptedMutations(audit, idempotency);
    const gateway = createGateway({
      ...caches.options,
      endpoints,
      ids,
      identityTtlMs: config.identityTtlMs,
      requestDeadlineMs: config.requestDeadlineMs,
      seatWalkTtlMs: config.seatWalkTtlMs,
      identityIndex: createIdentityStore(config.identity),
      cache: cache.responses,
      identityLeaseTtlMs: config.identity?.leaseTtlMs,
      refreshBudgets: config.identity?.refreshBudgets,
      audit,
      idempotency,
      otlpTracesUrl: config.otlpTracesUrl,
      clock: config.now ? fixedClock(config.now) : systemClock,
      introspection: config.http.introspection,
      logger: options.logger ?? createLogger({ level: config.logLevel }),
      limits: config.limits,
      budget,
    });
    // A crash mid-fan-out skipped the invalidation after its writes: shared caches (Redis, PostgreSQL)
    // may still show the state before them, and the re-run must plan from the vendors' present state.
    if (interrupted.length > 0) await gateway.forgetVendorReads();
    gateway.identityRefresher.start();
    return {
      gateway,
      fleet,
      endpoints,
      ids,
      interruptedMutations: interrupted.length,
      close: async () => {
        await gateway.identityRefresher.stop();
        await gateway.identityIndex.store.close();
        await cache.close();
        await gateway.tracing?.shutdown();
        await Promise.all([
          gateway.audit.close(),
          gateway.idempotency.close(),
          caches.close(),
          budget instanceof RedisCostBudget ? budget.close() : undefined,
        ]);
        gateway.metrics.close();
        if (ownFleet) await fleet?.close();
      },
    };
  } catch (error) {
    if (ownFleet) await fleet?.close();
    throw error;
  }
}

/** Base URL as each vendor's own server URL would be (paths below it are the vendor's). */
function simulatorBaseUrl(api: ConfiguredVendor, simulatorUrl: string): string {
  switch (api) {
    case 'bettercloud':
      return `${simulatorUrl}/v1`;
    case 'jumpcloud':
      return `${simulatorUrl}/api/v2`;
    default:
      return simulatorUrl;
  }
}

/**
 * The org, directory and provider IDs: configured ones win; otherwise asked from the vendor
 * (Atlassian lists orgs; a simulator's control API names its directory and provider).
 */
async function resolveTenantIds(
  config: GatewayConfig,
  endpoints: Record<ConfiguredVendor, VendorEndpoint>,
): Promise<TenantIds> {
  const simInfo = async (api: ConfiguredVendor) => {
    if (!config.vendors[api].simulated) return undefined;
    const origin = new URL(endpoints[api].baseUrl).origin;
    return (await (await fetch(`${origin}/__sim/info`)).json()) as Record<string, unknown>;
  };
  const atlassianInfo = await simInfo('atlassian');
  const jumpcloudInfo = await simInfo('jumpcloud');
  const mainOrg = (
    atlassianInfo?.orgs as
      { id: string; directoryIds?: string[]; directories?: { id: string }[] }[] | undefined
  )?.[0];
  const orgId = config.atlassian.orgId ?? mainOrg?.id;
  const directoryId =
    config.atlassian.directoryId ?? mainOrg?.directoryIds?.[0] ?? mainOrg?.directories?.[0]?.id;
  const scimDirectoryId = config.scim.directoryId ?? directoryId;
  const providerId = config.jumpcloud.providerId ?? (jumpcloudInfo?.providerId as string | undefined);
  const missing = [
    !orgId && 'ATLASSIAN_ORG_ID',
    !directoryId && 'ATLASSIAN_DIRECTORY_ID',
    !scimDirectoryId && 'ATLASSIAN_SCIM_DIRECTORY_ID',
    !providerId && 'JUMPCLOUD_PROVIDER_ID',
  ].filter(Boolean);
  if (missing.length)
    throw new Error(`Set ${missing.join(', ')}: AdminGraph cannot find them from the vendor APIs`);
  return {
    atlassian: { orgId: orgId!, directoryId: directoryId! },
    scim: { directoryId: scimDirectoryId! },
    jumpcloud: { providerId: providerId! },
  };
}
