import { context, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { UpstreamCall, UpstreamTrace } from '../../datasources/http/trace.js';

/**
 * OpenTelemetry spans, only when an OTLP endpoint is configured: one span per GraphQL request and a
 * child span per vendor call. The provider is the gateway's own (not registered globally), so tests
 * can run several gateways in one process.
 */
export class GatewayTracing {
  private readonly provider: BasicTracerProvider;
  readonly tracer: Tracer;
  /** Each request's span, found from the request's UpstreamTrace when its vendor calls are recorded. */
  private readonly requestSpans = new WeakMap<UpstreamTrace, Span>();

  constructor(tracesUrl: string) {
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'admingraph' }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl }))],
    });
    this.tracer = this.provider.getTracer('admingraph');
  }

  startRequest(upstream: UpstreamTrace): Span {
    const span = this.tracer.startSpan('graphql.request', { kind: SpanKind.SERVER });
    this.requestSpans.set(upstream, span);
    return span;
  }

  /** Called once the call is over (the trace records it then): the span is back-dated to its start. */
  vendorCall(upstream: UpstreamTrace, call: UpstreamCall): void {
    const parent = this.requestSpans.get(upstream);
    const parentContext = parent ? trace.setSpan(context.active(), parent) : context.active();
    const endTime = Date.now();
    const span = this.tracer.startSpan(
      `${call.vendor} ${call.operation}`,
      {
        kind: SpanKind.CLIENT,
        startTime: endTime - call.durationMs,
        attributes: {
          'admingraph.vendor': call.vendor,
          'admingraph.vendor.operation': call.operation,
          'admingraph.cached': call.cached,
          'admingraph.attempt': call.attempt,
          'http.request.method': call.method,
          'url.path': new URL(call.url).pathname,
          ...(typeof call.status === 'number' ? { 'http.response.status_code': call.status } : {}),
        },
      },
      parentContext,
    );
    if (typeof call.status !== 'number' || call.status >= 400)
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(call.status) });
    span.end(endTime);
  }

  /** Sends every finished span now (tests, shutdown). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** The traces URL from the standard OpenTelemetry variables, if either is set. */
export function otlpTracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT)
    return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  return undefined;
}
