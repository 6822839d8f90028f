import type { ProviderResolvers } from '../__generated__/graphql.js';
import { connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import { signedDownload } from './downloads.js';
import { definedOnly, sortOf } from './list-args.js';
import { nodeIds } from './node-ids.js';

/**
 * The JumpCloud provider tenant: each list pages with JumpCloud's own skip/limit, one call a page,
 * with filters and sorts pushed down (the query is the cursor's scope too).
 */
export const Provider: ProviderResolvers = {
  id: (provider) => nodeIds.provider(provider),
  administrators: (_provider, args, ctx) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listAdministrators(offset, limit, query),
      query,
    );
  },
  organizations: (_provider, args, ctx) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listOrganizations(offset, limit, query),
      query,
    );
  },
  invoices: (_provider, args, ctx) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listInvoices(offset, limit, query),
      query,
    );
  },
  cases: (_provider, args, ctx) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listCases(offset, limit, query),
      query,
    );
  },
  billing: (_provider, _args, ctx) => ctx.datasources.jumpcloud.billing(),
  billingContract: (_provider, _args, ctx) => signedDownload(ctx, { kind: 'jumpcloud-contract' }),
  ticketingAlerts: (_provider, _args, ctx) => ctx.datasources.jumpcloud.ticketingAlerts(),
};
