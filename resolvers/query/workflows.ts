import type { QueryResolvers } from '../../__generated__/graphql.js';
import { connectionFromOffsetFetch } from '../../datasources/paging/connection.js';

export const workflowsQuery: Pick<QueryResolvers, 'workflows'> = {
  /** BetterCloud pages by number: each sequential page of `first` is one `listWorkflows` call. */
  workflows: (_root, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) =>
      ctx.datasources.bettercloud.listWorkflows(offset, limit),
    ),
};
