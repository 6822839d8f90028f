import type { ProviderResolvers } from '../__generated__/graphql.js';
import { connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import { nodeIds } from './node-ids.js';

/** The JumpCloud provider tenant: each list pages with JumpCloud's own skip/limit, one call a page. */
export const Provider: ProviderResolvers = {
  id: (provider) => nodeIds.provider(provider),
  administrators: (_provider, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) =>
      ctx.datasources.jumpcloud.listAdministrators(offset, limit),
    ),
  organizations: (_provider, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) =>
      ctx.datasources.jumpcloud.listOrganizations(offset, limit),
    ),
  invoices: (_provider, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) => ctx.datasources.jumpcloud.listInvoices(offset, limit)),
  cases: (_provider, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) => ctx.datasources.jumpcloud.listCases(offset, limit)),
  billing: (_provider, _args, ctx) => ctx.datasources.jumpcloud.billing(),
};
