import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamCall } from '../../datasources/http/trace.js';
import type { BreakerState } from '../../datasources/http/vendor-breaker.js';

/** Operation names come from clients: past this many distinct ones, new names count as `other`. */
const maxOperationNames = 200;

export interface MetricsSources {
  /** Age of the identity index in seconds, or undefined when none is built yet. */
  identityIndexAgeSeconds(): number | undefined;
  /** Free concurrency slots per vendor (the bulkhead in front of each vendor). */
  vendorSlotsAvailable(): Record<string, number>;
  /** Each vendor API's circuit breaker state. */
  breakerStates(): Record<string, BreakerState>;
}

/** The gauge's value per state: 0 healthy, higher is worse (alert on > 0). */
const breakerStateValue: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

/** The gateway's Prometheus metrics, in a registry of its own (several gateways may share a process in tests). */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly requests = new Counter({
    name: 'admingraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and type.',
    labelNames: ['operation', 'type'],
    registers: [this.registry],
  });
  private readonly requestDuration = new Histogram({
    name: 'admingraph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'admingraph_graphql_errors_total',
    help: 'Errors in GraphQL answers (top-level `errors`), by extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly vendorCalls = new Counter({
    name: 'admingraph_vendor_calls_total',
    help: 'HTTP calls made to vendor APIs (each retry counts), by vendor, operationId and status.',
    labelNames: ['vendor', 'operation', 'status'],
    registers: [this.registry],
  });
  private readonly vendorDuration = new Histogram({
    name: 'admingraph_vendor_call_duration_seconds',
    help: 'Duration of vendor API calls, by vendor and operationId.',
    labelNames: ['vendor', 'operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly vendorErrors = new Counter({
    name: 'admingraph_vendor_errors_total',
    help: 'Vendor calls that failed (HTTP status 4xx/5xx, timeout, network error), by vendor, operationId and status.',
    labelNames: ['vendor', 'operation', 'status'],
    registers: [this.registry],
  });
  private readonly cacheHits = new Counter({
    name: 'admingraph_cache_hits_total',
    help: 'Vendor GET responses answered from the shared response cache, by vendor.',
    labelNames: ['vendor'],
    registers: [this.registry],
  });
  private readonly cacheMisses = new Counter({
    name: 'admingraph_cache_misses_total',
    help: 'Vendor GET responses looked up in the shared cache and not found, by vendor.',
    labelNames: ['vendor'],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    new Gauge({
      name: 'admingraph_identity_index_age_seconds',
      help: 'Seconds since the cross-vendor identity index was built (NaN before the first build).',
      registers: [this.registry],
      collect() {
        this.set(sources.identityIndexAgeSeconds() ?? Number.NaN);
      },
    });
    new Gauge({
      name: 'admingraph_vendor_concurrency_available',
      help: 'Free slots in the concurrency cap in front of each vendor (0: calls are queueing).',
      labelNames: ['vendor'],
      registers: [this.registry],
      collect() {
        for (const [vendor, slots] of Object.entries(sources.vendorSlotsAvailable()))
          this.set({ vendor }, slots);
      },
    });
    new Gauge({
      name: 'admingraph_vendor_circuit_state',
      help: 'Circuit breaker in front of each vendor API: 0 closed (calls flow), 1 half-open (probing), 2 open (calls fail fast).',
      labelNames: ['api'],
      registers: [this.registry],
      collect() {
        for (const [api, state] of Object.entries(sources.breakerStates()))
          this.set({ api }, breakerStateValue[state]);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'admingraph_' });
  }

  /**
   * Lets the gateway go: prom-client's default GC metric keeps a process-wide PerformanceObserver that
   * holds this registry for good, and through the gauges' collect callbacks the whole gateway (its
   * identity index is ~250 MB at 100,000 people). Emptying the registry breaks that chain.
   */
  close(): void {
    this.registry.clear();
  }

  request(operationName: string | undefined, type: string, durationSeconds: number, errorCodes: string[]) {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation, type });
    this.requestDuration.observe({ operation }, durationSeconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  vendorCall(call: UpstreamCall): void {
    if (call.cached) return; // counted as a cache hit, not a call
    const labels = { vendor: call.vendor, operation: call.operation, status: String(call.status) };
    this.vendorCalls.inc(labels);
    this.vendorDuration.observe({ vendor: call.vendor, operation: call.operation }, call.durationMs / 1000);
    if (typeof call.status !== 'number' || call.status >= 400) this.vendorErrors.inc(labels);
  }

  cacheLookup(vendor: string, hit: boolean): void {
    (hit ? this.cacheHits : this.cacheMisses).inc({ vendor });
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
