import type { ProviderResolvers, SortDirection } from '../__generated__/graphql.js';
import type { ListSort } from '../datasources/contracts.js';
import { connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import { nodeIds } from './node-ids.js';

/** A sort argument as the datasources take it: the direction defaults to ASC even when sent as null. */
const sortOf = <F extends string>(
  sort: { field: F; direction?: SortDirection | null } | null | undefined,
): ListSort<F> | undefined => (sort ? { field: sort.field, direction: sort.direction ?? 'ASC' } : undefined);

/**
 * The JumpCloud provider tenant: each list pages with JumpCloud's own skip/limit, one call a page,
 * with filters and sorts pushed down (the query is the cursor's scope too).
 */
export const Provider: ProviderResolvers = {
  id: (provider) => nodeIds.provider(provider),
  administrators: (_provider, args, ctx) => {
    const query = {
      email: args.filter?.email ?? undefined,
      role: args.filter?.role ?? undefined,
      sort: sortOf(args.sort),
    };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listAdministrators(offset, limit, query),
      query,
    );
  },
  organizations: (_provider, args, ctx) => {
    const query = { nameContains: args.filter?.nameContains ?? undefined, sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listOrganizations(offset, limit, query),
      query,
    );
  },
  invoices: (_provider, args, ctx) => {
    const query = { sort: sortOf(args.sort) };
    return connectionFromOffsetFetch(
      args,
      (offset, limit) => ctx.datasources.jumpcloud.listInvoices(offset, limit, query),
      query,
    );
  },
  cases: (_provider, args, ctx) =>
    connectionFromOffsetFetch(args, (offset, limit) => ctx.datasources.jumpcloud.listCases(offset, limit)),
  billing: (_provider, _args, ctx) => ctx.datasources.jumpcloud.billing(),
};
