import type { QueryResolvers } from '../../__generated__/graphql.js';
import { connectionFromOffsetFetch } from '../../datasources/paging/connection.js';

export const workflowsQuery: Pick<QueryResolvers, 'workflows'> = {
  /**
   * BetterCloud pages by number: each sequential page of `first` is one `listWorkflows` call, with
   * `status` pushed down (the filter is the cursor's scope too).
   */
  workflows: (_root, args, ctx) => {
    const query = { status: args.filter?.status ?? undefined };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.bettercloud.listWorkflows(offset, limit, query),
      query,
    );
  },
};
