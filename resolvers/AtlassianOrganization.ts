import type { AtlassianOrganizationResolvers } from '../__generated__/graphql.js';
import { connectionFromArray, connectionFromVendorCursor } from '../datasources/paging/connection.js';
import { nodeIds } from './node-ids.js';

export const AtlassianOrganization: AtlassianOrganizationResolvers = {
  id: (org) => nodeIds.atlassianOrganization(org),
  domains: (org, _args, ctx) => ctx.datasources.atlassian.listDomains(org.externalId),
  domain: async (org, args, ctx) =>
    (await ctx.datasources.atlassian.getDomain(org.externalId, args.id)) ?? null,
  directories: (org, _args, ctx) => ctx.datasources.atlassian.listDirectories(org.externalId),
  // Atlassian's cursor travels inside the GraphQL cursor: one call per Atlassian page shown.
  accounts: (org, args, ctx) =>
    connectionFromVendorCursor('ATLASSIAN', args, (cursor) =>
      ctx.datasources.atlassian.listOrganizationAccountsPage(org.externalId, cursor),
    ),
  // An org has a handful of policies: read whole (one cursor walk), paged here.
  policies: async (org, args, ctx) =>
    connectionFromArray(await ctx.datasources.atlassian.listPolicies(org.externalId, {}), args),
};
