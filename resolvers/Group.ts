import type { GroupResolvers } from '../__generated__/graphql.js';
import { connectionFromOffsetFetch, connectionFromVendorCursor } from '../datasources/paging/connection.js';
import { nodeIds } from './node-ids.js';

export const Group: GroupResolvers = {
  id: (group) => nodeIds.group(group),
  members: (group, args, ctx) => {
    const id = group.externalId;
    switch (group.source) {
      case 'BETTERCLOUD':
        return connectionFromOffsetFetch(args, (offset, limit) =>
          ctx.datasources.bettercloud.listGroupMembers(id, offset, limit),
        );
      case 'SCIM':
        return connectionFromOffsetFetch(args, (offset, limit) =>
          ctx.datasources.scim.listGroupMembers(id, offset, limit),
        );
      case 'ATLASSIAN':
        // Atlassian's cursor travels inside the GraphQL cursor (getGroupMemberships pages by keyset).
        return connectionFromVendorCursor(
          'ATLASSIAN',
          args,
          (cursor) => ctx.datasources.atlassian.listGroupMembers(group, cursor),
          group.memberCount,
        );
    }
  },
};
