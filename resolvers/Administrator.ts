import type { AdministratorResolvers } from '../__generated__/graphql.js';
import { normalizeEmail } from '../datasources/model/index.js';

export const Administrator: AdministratorResolvers = {
  /** The person with this email across vendors (the identity index); null when no vendor account lists it. */
  user: async (admin, _args, ctx) => (await (await ctx.people()).person(normalizeEmail(admin.email))) ?? null,
};
