import type { GroupMembershipResolvers } from '../__generated__/graphql.js';
import { normalizeEmail } from '../datasources/model/index.js';

export const GroupMembership: GroupMembershipResolvers = {
  /** The person behind the member's email; one the identity index does not know still answers, with no accounts. */
  user: async (membership, _args, ctx) => {
    const email = normalizeEmail(membership.email);
    return (await (await ctx.people()).person(email)) ?? { email, accounts: [] };
  },
};
