import type { ProviderResolvers } from '../__generated__/graphql.js';
import { connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import { signedDownload } from './downloads.js';
import { definedOnly, sortOf } from './list-args.js';
import { nodeIds } from './node-ids.js';
import { projection, selectedNodeFields } from './selection.js';

/** The JumpCloud record fields each GraphQL field reads (mapping.ts `toAdministrator`, `toProviderOrganization`). */
const administratorFields: Record<string, readonly string[]> = {
  id: ['id'],
  email: ['email'],
  firstName: ['firstname'],
  lastName: ['lastname'],
  role: ['roleName'],
  suspended: ['suspended'],
  registered: ['registered'],
  apiKeyAllowed: ['apiKeyAllowed'],
  user: ['email'],
};
const organizationFields: Record<string, readonly string[]> = {
  id: ['id'],
  vendor: [],
  externalId: ['id'],
  name: ['name'],
  maxSystemUsers: ['maxSystemUsers'],
};

/**
 * The JumpCloud provider tenant: each list pages with JumpCloud's own skip/limit, one call a page,
 * with filters and sorts pushed down (the query is the cursor's scope too).
 */
export const Provider: ProviderResolvers = {
  id: (provider) => nodeIds.provider(provider),
  administrators: (_provider, args, ctx, info) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    const fields = projection(selectedNodeFields(info), administratorFields);
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listAdministrators(offset, limit, { ...query, fields }),
      query,
    );
  },
  organizations: (_provider, args, ctx, info) => {
    const query = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    const fields = projection(selectedNodeFields(info), organizationFields);
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listOrganizations(offset, limit, { ...query, fields }),
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
