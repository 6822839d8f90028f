import type { QueryResolvers } from '../../__generated__/graphql.js';
import { mergedEventFeed } from '../../datasources/insights/event-feed.js';
import { reportVendorFailure } from '../partial-failure.js';

export const eventsQuery: Pick<QueryResolvers, 'events'> = {
  /** BetterCloud and Atlassian merged newest first; at most one call per vendor per page (see mergedEventFeed). */
  events: (_root, args, ctx, info) =>
    mergedEventFeed(
      ctx.datasources,
      { first: args.first, after: args.after, filter: args.filter ?? {} },
      reportVendorFailure(ctx, info),
    ),
};
