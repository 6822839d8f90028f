import type { QueryResolvers } from '../../__generated__/graphql.js';
import { BadUserInputError } from '../../common/errors.js';
import type { AccountQuery } from '../../datasources/contracts.js';
import {
  connectionFromOffsetFetch,
  connectionFromVendorCursor,
} from '../../datasources/paging/connection.js';
import { definedOnly, sortOf } from '../list-args.js';

/**
 * One vendor's account list, paged in that vendor's own dialect with the filter and sort done by the
 * vendor (the query scopes the cursor). Atlassian's managed-account list has no filter or sort: asking
 * for one there is a BAD_USER_INPUT rather than a walk filtered here.
 */
export const accountsQuery: Pick<QueryResolvers, 'accounts'> = {
  accounts: (_root, args, ctx) => {
    const query: AccountQuery = { ...definedOnly(args.filter), sort: sortOf(args.sort) };
    const scope = { vendor: args.vendor, ...query };
    switch (args.vendor) {
      case 'ATLASSIAN': {
        if (Object.values(query).some((v) => v !== undefined))
          throw new BadUserInputError(
            "Atlassian's managed-account list cannot be filtered or sorted",
            'filter',
          );
        const { atlassian } = ctx.datasources;
        return connectionFromVendorCursor('ATLASSIAN', args, (cursor) =>
          atlassian.listOrganizationAccountsPage(atlassian.configuredOrgId, cursor),
        ) as never;
      }
      case 'BETTERCLOUD':
        return connectionFromOffsetFetch(
          args,
          (offset, limit) => ctx.datasources.bettercloud.listAccounts(offset, limit, query),
          scope,
        ) as never;
      case 'SNOW':
        return connectionFromOffsetFetch(
          args,
          (offset, limit) => ctx.datasources.snow.listAccounts(offset, limit, query),
          scope,
        ) as never;
      case 'JUMPCLOUD':
        return connectionFromOffsetFetch(
          args,
          (offset, limit) => ctx.datasources.jumpcloud.listAccounts(offset, limit, query),
          scope,
        ) as never;
    }
  },
};
