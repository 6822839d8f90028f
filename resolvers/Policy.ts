import type { PolicyResolvers } from '../__generated__/graphql.js';
import { nodeIds } from './node-ids.js';

export const Policy: PolicyResolvers = {
  id: (policy) => nodeIds.policy(policy),
  /** The Atlassian org holding the policy; JumpCloud policies belong to the provider, not an organization. */
  organization: async (policy, _args, ctx) => {
    if (policy.vendor !== 'ATLASSIAN' || !policy.orgId) return null;
    return (await ctx.datasources.atlassian.getOrganization(policy.orgId)) ?? null;
  },
};
