import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GatewayContext } from '../../mutations/context.js';
import { operationNameOf } from './operation-name.js';

/** One structured log line per GraphQL request (the request log; README: Logs). */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const { response, operation } = requestContext;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [
            ...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
          ];
          logger.info(
            {
              operation: operationNameOf(requestContext) ?? null,
              type: operation?.operation ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              principal: contextValue.principal.id,
              vendorCalls: contextValue.trace.summary().total,
              errorCodes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
