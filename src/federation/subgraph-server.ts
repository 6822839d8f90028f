import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayContext } from '../../mutations/context.js';
import { createSubgraphSchema } from './subgraph-schema.js';

/**
 * The subgraph's Apollo server, built on its first request: building the Federation schema takes
 * about a second, which a gateway nobody federates should not pay at every start.
 */
export class LazySubgraphServer {
  private started?: Promise<ApolloServer<GatewayContext>>;

  get(): Promise<ApolloServer<GatewayContext>> {
    this.started ??= (async () => {
      const server = new ApolloServer<GatewayContext>({
        schema: createSubgraphSchema(),
        plugins: [ApolloServerPluginLandingPageDisabled()],
        introspection: true,
        includeStacktraceInErrorResponses: false,
      });
      await server.start();
      return server;
    })();
    return this.started;
  }

  async stop(): Promise<void> {
    if (this.started) await (await this.started).stop();
  }
}
