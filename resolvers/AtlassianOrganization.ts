import type { AtlassianOrganizationResolvers } from '../__generated__/graphql.js';
import { connectionFromArray } from '../datasources/paging/connection.js';
import { nodeIds } from './node-ids.js';

export const AtlassianOrganization: AtlassianOrganizationResolvers = {
  id: (org) => nodeIds.atlassianOrganization(org),
  domains: (org, _args, ctx) => ctx.datasources.atlassian.listDomains(org.externalId),
  directories: (org, _args, ctx) => ctx.datasources.atlassian.listDirectories(org.externalId),
  // An org has a handful of policies: read whole (one cursor walk), paged here.
  policies: async (org, args, ctx) =>
    connectionFromArray(await ctx.datasources.atlassian.listPolicies(org.externalId, {}), args),
};
