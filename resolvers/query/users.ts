import type { QueryResolvers } from '../../__generated__/graphql.js';
import { filterUsers, pageUsers } from '../../datasources/identity/user-query.js';
import { pageSize, parseEmail } from '../../common/validation.js';
import { BadUserInputError } from '../../common/errors.js';
import { identityReportingFailures, reportVendorFailure } from '../partial-failure.js';

export const usersQuery: Pick<QueryResolvers, 'users' | 'user'> = {
  users: async (_root, args, ctx, info) => {
    const first = pageSize(args.first);
    const index = await identityReportingFailures(ctx, reportVendorFailure(ctx, info));
    const matching = filterUsers(index.users, args.filter);
    return pageUsers(matching, {
      first,
      after: args.after,
      field: args.sort?.field ?? 'EMAIL',
      direction: args.sort?.direction ?? 'ASC',
    });
  },
  user: async (_root, args, ctx, info) => {
    const email = parseEmail(args.email);
    if (email === undefined) throw new BadUserInputError(`"${args.email}" is not an email address`, 'email');
    const index = await identityReportingFailures(ctx, reportVendorFailure(ctx, info));
    return index.byEmail.get(email) ?? null;
  },
};
