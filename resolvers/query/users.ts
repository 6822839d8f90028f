import type { QueryResolvers } from '../../__generated__/graphql.js';
import { filterUsers, pageUsers } from '../../datasources/identity/user-query.js';
import { normalizeEmail } from '../../datasources/model/index.js';
import { pageSize } from '../../datasources/paging/cursor.js';
import type { GatewayContext } from '../../src/context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { reportVendorFailure } from '../partial-failure.js';
import { BadUserInputError } from '../../src/errors.js';

/** The identity index, with vendors that could not be read reported as errors beside the data. */
async function identityWithFailures(ctx: GatewayContext, info: GraphQLResolveInfo) {
  const index = await ctx.identity();
  index.failures.forEach(reportVendorFailure(ctx, info));
  return index;
}

export const usersQuery: Pick<QueryResolvers, 'users' | 'user'> = {
  users: async (_root, args, ctx, info) => {
    const first = pageSize(args.first);
    const index = await identityWithFailures(ctx, info);
    const matching = filterUsers(index.users, args.filter);
    return pageUsers(matching, {
      first,
      after: args.after,
      field: args.sort?.field ?? 'EMAIL',
      direction: args.sort?.direction ?? 'ASC',
    });
  },
  user: async (_root, args, ctx, info) => {
    const email = normalizeEmail(args.email);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new BadUserInputError(`"${args.email}" is not an email address`, 'email');
    const index = await identityWithFailures(ctx, info);
    return index.byEmail.get(email) ?? null;
  },
};
