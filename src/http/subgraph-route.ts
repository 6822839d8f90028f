import type { ApolloServer } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import type { GatewayContext } from '../../mutations/context.js';
import { pathOf, type RouteHandler } from './route.js';
import { handleGraphql } from './serve-graphql.js';

/** `/subgraph`: the schema as an Apollo Federation 2 subgraph, for a router (src/federation/). */
export function subgraphRoute(
  server: () => Promise<ApolloServer<GatewayContext>>,
  context: (req: IncomingMessage) => Promise<GatewayContext>,
): RouteHandler {
  return (req, res) => {
    if (pathOf(req) !== '/subgraph') return false;
    server()
      .then((subgraph) => handleGraphql(subgraph, { context }, req, res))
      .catch((error: Error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal server error\n');
      });
    return true;
  };
}
