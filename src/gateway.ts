import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { createDatasources, type TenantIds, type VendorTransports } from '../datasources/index.js';
import type { IdentitySnapshot } from '../datasources/identity/build-identity.js';
import { IdentityStore } from '../datasources/identity/identity-store.js';
import { loadIdentity } from '../datasources/identity/load-identity.js';
import { PaidSeatStore, type PaidSeats } from '../datasources/insights/paid-seat-store.js';
import { ResponseCache } from '../datasources/http/response-cache.js';
import { UpstreamTrace } from '../datasources/http/trace.js';
import { VendorTransport, type VendorEndpoint } from '../datasources/http/vendor-transport.js';
import { resolvers } from '../resolvers/index.js';
import type { AuditLog } from '../mutations/audit-log.js';
import { createAuditLog } from './audit/create-audit-log.js';
import { ANONYMOUS_PRINCIPAL, type GatewayContext } from '../mutations/context.js';
import { createIdempotencyStore, type IdempotencyStore } from '../mutations/idempotency.js';
import { createVendorClients } from '../mutations/services.js';
import { createLoaders } from '../datasources/loaders.js';
import { loadTypeDefs } from './type-defs.js';
import { createDownloadSigner, type DownloadSigner } from '../common/download-links.js';
import { systemClock, type Clock } from '../common/clock.js';
import { GatewayMetrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/plugin.js';
import { GatewayTracing } from './observability/tracing.js';

export interface GatewayOptions {
  endpoints: Record<keyof VendorTransports, VendorEndpoint>;
  ids: TenantIds;
  identityTtlMs: number;
  /** How long the company's seat walk is served before a background refresh (default: the identity TTL). */
  seatWalkTtlMs?: number;
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
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  /** Builds a request's context: fresh datasources, loaders and trace over the shared transports. */
  createContext(headers: IncomingHttpHeaders): Promise<GatewayContext>;
  identityStore: IdentityStore;
  /** The company's paid seats per tenant (license waste and spend page over them). */
  paidSeatStore: PaidSeatStore;
  transports: VendorTransports;
  /** Drops every cached vendor read and the identity index (the vendors changed behind the gateway's back). */
  forgetVendorReads(): Promise<void>;
  audit: AuditLog;
  idempotency: IdempotencyStore;
  /** Signs and checks the document links the download route serves (src/downloads/). */
  downloads: DownloadSigner;
  /** Prometheus metrics (served at `/metrics`). */
  metrics: GatewayMetrics;
  /** OpenTelemetry spans, when an OTLP endpoint is configured. */
  tracing?: GatewayTracing;
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

/** Adds partial-failure errors, and the request's vendor calls when asked (`x-admingraph-trace: 1`). */
const responseExtrasPlugin: ApolloServerPlugin<GatewayContext> = {
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
          result.extensions = { ...result.extensions, upstream: contextValue.trace.summary() };
      },
    };
  },
};

export function createGateway(options: GatewayOptions): Gateway {
  const cache = options.cache ?? new ResponseCache();
  const transports = Object.fromEntries(
    Object.entries(options.endpoints).map(([name, endpoint]) => [name, new VendorTransport(endpoint, cache)]),
  ) as VendorTransports;
  const identityStore = new IdentityStore(options.identityTtlMs);
  const paidSeatStore = new PaidSeatStore(options.seatWalkTtlMs ?? options.identityTtlMs);
  const audit = options.audit ?? createAuditLog();
  const idempotency = options.idempotency ?? createIdempotencyStore();
  const downloads = options.downloads ?? createDownloadSigner();
  const clock = options.clock ?? systemClock;
  // One tenant per set of vendor credentials and URLs: replicas with the same settings share an index.
  const tenant = Object.values(transports)
    .map((t) => t.credentialFingerprint)
    .join(':');

  const metrics = new GatewayMetrics({
    identityIndexAgeSeconds: () => {
      const builtAt = identityStore.builtAt(tenant);
      return builtAt === undefined ? undefined : (Date.now() - builtAt) / 1000;
    },
    vendorSlotsAvailable: () =>
      Object.fromEntries(
        Object.values(transports).map((t) => [t.endpoint.vendor, t.bulkhead.executionSlots]),
      ),
  });
  cache.onLookup = (vendor, hit) => metrics.cacheLookup(vendor, hit);
  const tracing = options.otlpTracesUrl ? new GatewayTracing(options.otlpTracesUrl) : undefined;

  const schema = makeExecutableSchema<GatewayContext>({ typeDefs: loadTypeDefs(), resolvers });
  const server = new ApolloServer<GatewayContext>({
    schema,
    // GraphiQL is served by src/http/graphiql-route.ts: Apollo's landing page would load Sandbox from a CDN.
    plugins: [
      responseExtrasPlugin,
      observabilityPlugin(metrics, tracing),
      ApolloServerPluginLandingPageDisabled(),
      // No type or field sets cache hints (vendor reads cache in keyv, below GraphQL): Apollo's default
      // cache-control plugin would only spend time on every resolved field (a tenth of a large page).
      ApolloServerPluginCacheControlDisabled(),
    ],
    introspection: true,
    // Errors already carry `extensions.code`; strip stack traces from what clients see.
    includeStacktraceInErrorResponses: false,
  });

  const createContext = async (headers: IncomingHttpHeaders): Promise<GatewayContext> => {
    const trace: UpstreamTrace = new UpstreamTrace((call) => {
      metrics.vendorCall(call);
      tracing?.vendorCall(trace, call);
    });
    const datasources = createDatasources(transports, options.ids, trace);
    let identity: Promise<IdentitySnapshot> | undefined;
    let paidSeats: Promise<PaidSeats> | undefined;
    const ctx: GatewayContext = {
      trace,
      traceRequested: headers['x-admingraph-trace'] === '1',
      datasources,
      loaders: createLoaders(datasources),
      partialFailures: [],
      identity: () => (identity ??= identityStore.get(tenant, () => loadIdentity(ctx.datasources))),
      paidSeats: () =>
        (paidSeats ??= paidSeatStore.get(tenant, () => ctx.datasources.snow.listAllSubscriptions())),
      builtIdentity: () => identityStore.peek(tenant),
      principal: ANONYMOUS_PRINCIPAL,
      clock,
      downloads,
      mutations: {
        audit,
        idempotency,
        tenantIds: options.ids,
        clients: createVendorClients(transports, trace),
        afterWrite: async (vendors) => {
          await Promise.all(vendors.map((vendor) => cache.invalidateVendor(vendor)));
          identityStore.invalidate(tenant);
          if (vendors.includes('SNOW')) {
            paidSeatStore.invalidate(tenant);
            paidSeats = undefined;
          }
          // This request's GETs are deduplicated and its loaders cache: reads after the write need new ones.
          identity = undefined;
          // In place: Apollo gives resolvers a shallow copy of this context, which shares these two objects.
          Object.assign(ctx.datasources, createDatasources(transports, options.ids, trace));
          Object.assign(ctx.loaders, createLoaders(ctx.datasources));
        },
      },
    };
    return ctx;
  };

  const forgetVendorReads = async () => {
    await Promise.all(Object.values(transports).map((t) => cache.invalidateVendor(t.endpoint.vendor)));
    identityStore.invalidate(tenant);
    paidSeatStore.invalidate(tenant);
  };

  return {
    server,
    createContext,
    identityStore,
    paidSeatStore,
    transports,
    forgetVendorReads,
    audit,
    idempotency,
    downloads,
    metrics,
    tracing,
  };
}
