import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { createDatasources, type TenantIds, type VendorTransports } from '../datasources/index.js';
import type { IdentitySnapshot } from '../datasources/identity/build-identity.js';
import { IdentityRefresher } from '../datasources/identity/identity-refresh.js';
import type { IdentityIndexStore } from '../datasources/identity/index-store.js';
import type { PeopleView } from '../datasources/identity/people-view.js';
import { readTouchedEntries } from '../datasources/identity/patch-identity.js';
import { SharedIdentityIndex, type IdentityStatus } from '../datasources/identity/shared-identity-index.js';
import { MemoryIndexStore } from '../datasources/identity/stores/memory-index-store.js';
import { CallBudget } from '../datasources/http/call-budget.js';
import { PaidSeatStore, type PaidSeats } from '../datasources/insights/paid-seat-store.js';
import { ResponseCache } from '../datasources/http/response-cache.js';
import { RequestDeadline } from '../datasources/http/request-deadline.js';
import { tenantScopes } from '../datasources/tenant-scope.js';
import { UpstreamTrace } from '../datasources/http/trace.js';
import { VendorTransport, type VendorEndpoint } from '../datasources/http/vendor-transport.js';
import type { BreakerState } from '../datasources/http/vendor-breaker.js';
import { resolvers } from '../resolvers/index.js';
import type { AuditLog } from '../mutations/audit-log.js';
import { createAuditLog } from './audit/create-audit-log.js';
import type { GatewayContext } from '../mutations/context.js';
import { createIdempotencyStore, type IdempotencyStore } from '../mutations/idempotency.js';
import { createVendorClients } from '../mutations/services.js';
import { createLoaders } from '../datasources/loaders.js';
import { loadTypeDefs } from './type-defs.js';
import { createDownloadSigner, type DownloadSigner } from '../common/download-links.js';
import { systemClock, type Clock } from '../common/clock.js';
import { GatewayMetrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/plugin.js';
import { GatewayTracing } from './observability/tracing.js';
import { LeakyBucketBudget, type CostBudget } from './limits/cost-budget.js';
import { limitDefaults, type LimitSettings } from './limits/limit-settings.js';
import { limitsPlugin } from './limits/limits-plugin.js';
import { WholeResponseCache } from './response-cache/whole-response-cache.js';
import { createLogger } from './observability/logger.js';
import { requestLogPlugin } from './observability/request-log-plugin.js';
import { enforceAccessRoles } from './auth/access-roles.js';
import { errorDisclosurePlugin } from './disclosure/error-disclosure-plugin.js';
import { formatErrorWithoutInputEcho } from './disclosure/mask-input-echo.js';
import { roleAllows, type Principal } from '../common/principal.js';
import type { Logger } from 'pino';

/** How long the company's seat walk is served before a background refresh, unless configured. */
const DEFAULT_SEAT_WALK_TTL_MS = 300_000;

export interface GatewayOptions {
  endpoints: Record<keyof VendorTransports, VendorEndpoint>;
  ids: TenantIds;
  /** How old a source of the identity index may get before the background refresh walks it again. */
  identityTtlMs: number;
  /** One GraphQL request's time budget across its vendor calls (default: none, each call bounded by its own timeout). */
  requestDeadlineMs?: number;
  /** How long the company's seat walk is served before a background refresh (default 5 minutes). */
  seatWalkTtlMs?: number;
  /** Where the identity index is shared (default: this process's memory). */
  identityIndex?: IdentityIndexStore;
  /** The background refresh's calls per minute, per vendor API (the refresh's budget). */
  refreshBudgets?: Partial<Record<keyof VendorTransports, number>>;
  /** How long the identity build and refresh leases hold without renewal (default 30 s). */
  identityLeaseTtlMs?: number;
  cache?: ResponseCache;
  /** Where mutations are recorded (default: the JSON-lines file `data/audit.ndjson`). */
  audit?: AuditLog;
  /** Idempotency keys (default: in memory; Redis when configured, so replicas share them). */
  idempotency?: IdempotencyStore;
  /** Signs document links (default: a random key per process). */
  downloads?: DownloadSigner;
  /** Where OpenTelemetry spans go (OTLP over HTTP, e.g. `http://collector:4318/v1/traces`); none when unset. */
  otlpTracesUrl?: string;
  /** What "now" is for inactivity and KPI windows (default: real time; tests pin it to the simulators' instant). */
  clock?: Clock;
  /** Limits checked before an operation runs (default: `limitDefaults`). */
  limits?: LimitSettings;
  /** Each caller's cost budget (default: a leaky bucket in memory of `limits.budgetPerMinute`). */
  budget?: CostBudget;
  /** The shared store of whole query answers (src/response-cache/); none: every query executes. */
  responseCacheStore?: KeyValueCache<string>;
  /**
   * Automatic persisted queries: their store (shared by replicas on Redis) and how long a hash stays
   * registered; `false` turns APQ off (allowlist mode, where src/persisted-queries/ decides what runs).
   * Unset: Apollo's default, in this process's memory.
   */
  automaticPersistedQueries?: { store: KeyValueCache<string>; ttlSeconds: number } | false;
  /** Whether the schema may be introspected (default true; `ADMINGRAPH_INTROSPECTION=off`). */
  introspection?: boolean;
  /** The structured log (default: pino on stdout at `ADMINGRAPH_LOG_LEVEL`, info). */
  logger?: Logger;
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  /** Builds a request's context for an authenticated caller: fresh datasources, loaders and trace over the shared transports. */
  createContext(headers: IncomingHttpHeaders, principal: Principal): Promise<GatewayContext>;
  /** The company's paid seats per tenant (license waste and spend page over them). */
  paidSeatStore: PaidSeatStore;
  /** The shared identity index (this replica's copy and the store behind it). */
  identityIndex: SharedIdentityIndex;
  /** The index's age and completeness per source (for `/readyz` and the trace extension). */
  identityStatus(): IdentityStatus;
  /** The background refresh of the index: started by `startGateway`, stopped on close. */
  identityRefresher: IdentityRefresher;
  transports: VendorTransports;
  /** The vendor response cache (in-process LRU, Redis behind it when configured). */
  cache: ResponseCache;
  /** Drops every cached vendor read and marks the identity index for a rebuild (the vendors changed behind the gateway's back). */
  forgetVendorReads(): Promise<void>;
  /** Closes every vendor's circuit breaker (the vendors were fixed behind the gateway's back). */
  resetCircuits(): void;
  audit: AuditLog;
  idempotency: IdempotencyStore;
  /** Signs and checks the document links the download route serves (src/downloads/). */
  downloads: DownloadSigner;
  /** Prometheus metrics (served at `/metrics`). */
  metrics: GatewayMetrics;
  /** OpenTelemetry spans, when an OTLP endpoint is configured. */
  tracing?: GatewayTracing;
  /** Whole query answers, when a store is configured. */
  responseCache?: WholeResponseCache;
  logger: Logger;
}

/** Each vendor API's circuit state (`atlassian` and `scim` apart: they are two APIs with a breaker each). */
export function breakerStates(transports: VendorTransports): Record<string, BreakerState> {
  return Object.fromEntries(Object.entries(transports).map(([api, t]) => [api, t.breaker.state]));
}

function dedupe(errors: GraphQLError[]): GraphQLError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.message}|${JSON.stringify(e.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Adds partial-failure errors, and when an admin asks (`x-admingraph-trace: 1`) the request's vendor
 * calls and the identity index's status.
 */
const responseExtrasPlugin = (
  identityStatus: () => IdentityStatus,
  cache: ResponseCache,
): ApolloServerPlugin<GatewayContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (contextValue.partialFailures.length > 0) {
          result.errors = [
            ...(result.errors ?? []),
            ...dedupe(contextValue.partialFailures).map((e) => e.toJSON()),
          ];
        }
        if (contextValue.traceRequested)
          result.extensions = {
            ...result.extensions,
            upstream: contextValue.trace.summary(),
            identityIndex: identityStatus(),
            responseCache: { ...cache.size, byVendor: cache.stats() },
          };
      },
    };
  },
});

/** Per API, the calls per minute the background refresh may spend when not configured. */
export const defaultRefreshBudgets: Record<keyof VendorTransports, number> = {
  bettercloud: 120,
  atlassian: 120,
  scim: 60,
  snow: 120,
  jumpcloud: 60,
};

export function createGateway(options: GatewayOptions): Gateway {
  const cache = options.cache ?? new ResponseCache();
  const scopes = tenantScopes(options.ids);
  const transports = Object.fromEntries(
    Object.entries(options.endpoints).map(([name, endpoint]) => [
      name,
      new VendorTransport(endpoint, cache, undefined, scopes[name as keyof VendorTransports]),
    ]),
  ) as VendorTransports;
  const paidSeatStore = new PaidSeatStore(options.seatWalkTtlMs ?? DEFAULT_SEAT_WALK_TTL_MS);
  const audit = options.audit ?? createAuditLog();
  const idempotency = options.idempotency ?? createIdempotencyStore();
  const downloads = options.downloads ?? createDownloadSigner();
  const clock = options.clock ?? systemClock;
  // One tenant per set of vendor credentials and URLs: replicas with the same settings share an index.
  const tenant = Object.values(transports)
    .map((t) => t.credentialFingerprint)
    .join(':');
  const identityIndex = new SharedIdentityIndex(options.identityIndex ?? new MemoryIndexStore(), {
    leaseTtlMs: options.identityLeaseTtlMs,
  });
  const identityStatus = () => identityIndex.status(tenant);
  // The refresh's own transports: uncached (it must see the vendor), paced by each API's budget,
  // and patient with Retry-After (a rate limit slows the walk; it does not fail it).
  // The first build's walk bypasses the response cache: its pages are read once into the index, and
  // kept in the LRU they would only push out the answers worth keeping (and hold memory for nothing).
  const walkTransports = Object.fromEntries(
    Object.entries(options.endpoints).map(([name, endpoint]) => [
      name,
      new VendorTransport(endpoint, undefined, undefined, scopes[name as keyof VendorTransports]),
    ]),
  ) as VendorTransports;
  const refreshTransports = Object.fromEntries(
    Object.entries(options.endpoints).map(([name, endpoint]) => [
      name,
      new VendorTransport(
        {
          ...endpoint,
          cacheTtlMs: 0,
          maxConcurrency: 2,
          retry: { ...endpoint.retry, maxAttempts: 8, maxRetryAfterMs: 120_000 },
        },
        undefined,
        new CallBudget(
          options.refreshBudgets?.[name as keyof VendorTransports] ??
            defaultRefreshBudgets[name as keyof VendorTransports],
        ),
        scopes[name as keyof VendorTransports],
      ),
    ]),
  ) as VendorTransports;
  const identityRefresher = new IdentityRefresher(
    identityIndex,
    tenant,
    () =>
      createDatasources(
        refreshTransports,
        options.ids,
        new UpstreamTrace((call) => metrics.vendorCall(call)),
        'in-flight',
      ),
    { intervalMs: options.identityTtlMs },
  );

  const metrics = new GatewayMetrics({
    identityIndexAgeSeconds: () => {
      const builtAt = identityIndex.peek(tenant)?.builtAt;
      return builtAt === undefined ? undefined : (Date.now() - builtAt) / 1000;
    },
    vendorSlotsAvailable: () =>
      Object.fromEntries(
        Object.values(transports).map((t) => [t.endpoint.vendor, t.bulkhead.executionSlots]),
      ),
    breakerStates: () => breakerStates(transports),
  });
  cache.onLookup = (vendor, hit) => metrics.cacheLookup(vendor, hit);
  const tracing = options.otlpTracesUrl ? new GatewayTracing(options.otlpTracesUrl) : undefined;
  const responseCache = options.responseCacheStore
    ? new WholeResponseCache(options.responseCacheStore, tenant)
    : undefined;
  // A write the store could not record still succeeded: cached answers then live out their maxAge.
  const dropCachedResponses = (drop: () => Promise<void>) =>
    drop().catch((error: Error) => logger.warn({ err: error }, 'response cache not invalidated'));

  const logger = options.logger ?? createLogger();
  const schema = enforceAccessRoles(
    makeExecutableSchema<GatewayContext>({ typeDefs: loadTypeDefs(), resolvers }),
  );
  const limits = options.limits ?? limitDefaults;
  const budget = options.budget ?? new LeakyBucketBudget(limits.budgetPerMinute);
  const server = new ApolloServer<GatewayContext>({
    schema,
    // graphql-js counts tokens while parsing: a huge document is cut off before it is built.
    parseOptions: { maxTokens: limits.maxTokens },
    // GraphiQL is served by src/http/graphiql-route.ts: Apollo's landing page would load Sandbox from a CDN.
    plugins: [
      limitsPlugin(schema, limits, budget),
      responseExtrasPlugin(identityStatus, cache),
      errorDisclosurePlugin,
      observabilityPlugin(metrics, tracing),
      requestLogPlugin(logger),
      // After responseExtrasPlugin: an answer it marked with a vendor's partial failure is not stored.
      ...(responseCache ? [responseCache.plugin()] : []),
      ApolloServerPluginLandingPageDisabled(),
    ],
    introspection: options.introspection ?? true,
    persistedQueries:
      options.automaticPersistedQueries === undefined || options.automaticPersistedQueries === false
        ? options.automaticPersistedQueries
        : {
            cache: options.automaticPersistedQueries.store,
            ttl: options.automaticPersistedQueries.ttlSeconds,
          },
    // Errors already carry `extensions.code`; strip stack traces from what clients see.
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorWithoutInputEcho,
    // Apollo's own logger would print unexpected errors with console.*: the structured log takes them.
    logger,
  });

  const createContext = async (
    headers: IncomingHttpHeaders,
    principal: Principal,
  ): Promise<GatewayContext> => {
    const trace: UpstreamTrace = new UpstreamTrace(
      (call) => {
        metrics.vendorCall(call);
        tracing?.vendorCall(trace, call);
      },
      options.requestDeadlineMs !== undefined
        ? new RequestDeadline(options.requestDeadlineMs)
        : RequestDeadline.unlimited(),
    );
    const datasources = createDatasources(transports, options.ids, trace);
    // Up to the shared index's revision (writes through other replicas); a store that cannot be
    // reached fails only the reads that need the index, when they ask for it.
    await identityIndex.sync(tenant).catch(() => undefined);
    let identity: Promise<IdentitySnapshot> | undefined;
    let people: Promise<PeopleView> | undefined;
    let builtPeople: PeopleView | undefined;
    const walkDatasources = () =>
      createDatasources(
        walkTransports,
        options.ids,
        new UpstreamTrace((call) => trace.record(call)),
        'in-flight',
      );
    let paidSeats: Promise<PaidSeats> | undefined;
    const ctx: GatewayContext = {
      trace,
      // The upstream trace names vendor paths and IDs: admins only; anyone else is answered without it.
      traceRequested: headers['x-admingraph-trace'] === '1' && roleAllows(principal.role, 'admin'),
      datasources,
      loaders: createLoaders(datasources),
      partialFailures: [],
      // The index is shared: its build is not cut by the deadline of the request that happened to start
      // it (others wait on it too). Its calls still show in that request's trace.
      identity: () => (identity ??= identityIndex.get(tenant, walkDatasources())),
      // One view per request whichever way it is asked (a lite copy's view batches its store reads):
      // the built index's when there is one, else the one this request waits for, kept once complete.
      people: () => {
        const built = ctx.builtPeople();
        return (people ??= built
          ? Promise.resolve(built)
          : identityIndex.people(tenant, walkDatasources()).then((view) => {
              if (identityIndex.peek(tenant)) builtPeople ??= view;
              return view;
            }));
      },
      paidSeats: () =>
        (paidSeats ??= paidSeatStore.get(tenant, () => ctx.datasources.snow.listAllSubscriptions())),
      builtPeople: () => (builtPeople ??= identityIndex.peekPeople(tenant)),
      principal,
      clock,
      downloads,
      mutations: {
        audit,
        idempotency,
        tenantIds: options.ids,
        clients: createVendorClients(transports, trace),
        afterWrite: async (written) => {
          await Promise.all(written.vendors.map((vendor) => cache.invalidateVendor(vendor)));
          if (responseCache) await dropCachedResponses(() => responseCache.afterWrite(written.vendors));
          if (written.vendors.includes('SNOW')) {
            paidSeatStore.invalidate(tenant);
            paidSeats = undefined;
          }
          // This request's GETs are deduplicated and its loaders cache: reads after the write need new ones.
          // In place: Apollo gives resolvers a shallow copy of this context, which shares these two objects.
          Object.assign(ctx.datasources, createDatasources(transports, options.ids, trace));
          Object.assign(ctx.loaders, createLoaders(ctx.datasources));
          identity = undefined;
          people = undefined;
          builtPeople = undefined;
          // Patch, never rebuild: only the touched accounts are read again and written to the shared index.
          if (identityIndex.peek(tenant))
            await identityIndex.patch(
              tenant,
              await readTouchedEntries(identityIndex.local(tenant), ctx.datasources, written),
            );
        },
      },
    };
    return ctx;
  };

  const forgetVendorReads = async () => {
    await Promise.all(Object.values(transports).map((t) => cache.invalidateVendor(t.endpoint.vendor)));
    await identityIndex.forget(tenant);
    if (responseCache) await dropCachedResponses(() => responseCache.forgetAll());
    paidSeatStore.invalidate(tenant);
  };

  const resetCircuits = () => {
    for (const transport of Object.values(transports)) transport.resetBreaker();
  };

  return {
    server,
    createContext,
    resetCircuits,
    identityIndex,
    identityStatus,
    identityRefresher,
    paidSeatStore,
    transports,
    cache,
    forgetVendorReads,
    audit,
    idempotency,
    downloads,
    metrics,
    tracing,
    responseCache,
    logger,
  };
}
