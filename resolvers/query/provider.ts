import type { QueryResolvers } from '../../__generated__/graphql.js';

export const providerQuery: Pick<QueryResolvers, 'provider'> = {
  /** The provider AdminGraph is configured for (JUMPCLOUD_PROVIDER_ID, or the simulator's). */
  provider: (_root, _args, ctx) => ctx.datasources.jumpcloud.getProvider(),
};
