import type { ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../../mutations/context.js';
import { sendGraphqlError } from './json-error.js';
import { pathOf, type RouteHandler } from './route.js';
import { handleGraphql, type GraphqlRequestOptions } from './serve-graphql.js';

/**
 * `/subgraph`: the schema as an Apollo Federation 2 subgraph, for a router (src/federation/). It
 * authenticates like the main endpoint (the router forwards the caller's key or token).
 */
export function subgraphRoute(
  server: () => Promise<ApolloServer<GatewayContext>>,
  options: GraphqlRequestOptions<GatewayContext>,
): RouteHandler {
  return (req, res) => {
    if (pathOf(req) !== '/subgraph') return false;
    server()
      .then((subgraph) => handleGraphql(subgraph, { ...options, gate: undefined }, req, res))
      .catch((error: Error) => {
        options.logger.error({ err: error }, 'subgraph request failed outside GraphQL execution');
        sendGraphqlError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      });
    return true;
  };
}
