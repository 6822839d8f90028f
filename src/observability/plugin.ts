import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import type { GatewayContext } from '../../mutations/context.js';
import type { GatewayMetrics } from './metrics.js';
import type { GatewayTracing } from './tracing.js';
import { operationNameOf } from './operation-name.js';

/**
 * Per request: the metrics (count, latency, error codes by operation) and, when tracing is on, the
 * request span. Listed after the plugin that adds partial-failure errors, so their codes count too.
 */
export function observabilityPlugin(
  metrics: GatewayMetrics,
  tracing?: GatewayTracing,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const span = tracing?.startRequest(contextValue.trace);
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'unknown';
          span?.updateName(`graphql ${type} ${operationName ?? 'anonymous'}`);
          span?.setAttribute('graphql.operation.type', type);
          if (operationName) span?.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse(requestContext) {
          const { response, operation } = requestContext;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const name = operationNameOf(requestContext);
          metrics.request(
            name,
            operation?.operation ?? 'unknown',
            (performance.now() - started) / 1000,
            codes,
          );
          if (span) {
            span.setAttribute('admingraph.vendor_calls', contextValue.trace.summary().total);
            if (codes.length > 0)
              span.setStatus({ code: SpanStatusCode.ERROR, message: [...new Set(codes)].join(',') });
            span.end();
          }
        },
      };
    },
  };
}
