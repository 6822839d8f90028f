import type { ChangeResolvers } from '../__generated__/graphql.js';

export const Change: ChangeResolvers = {
  /** The person from the identity index; null for groups, apps and people no vendor lists. */
  user: async (change, _args, ctx) =>
    change.targetEmail ? ((await (await ctx.people()).person(change.targetEmail)) ?? null) : null,
};
