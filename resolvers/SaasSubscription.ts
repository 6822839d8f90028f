import type { SaasSubscriptionResolvers } from '../__generated__/graphql.js';
import { holderLookup } from '../datasources/insights/holders.js';
import { daysSince } from '../datasources/insights/license-waste.js';
import type { SaasSubscriptionModel, UserModel } from '../datasources/model/index.js';
import { applicationOfSubscription } from '../datasources/snow/mapping.js';
import type { GatewayContext } from '../mutations/context.js';
import { money } from './money.js';
import { nodeIds } from './node-ids.js';

/** The person holding a seat, from the identity index; a minimal person when the index does not know them. */
export async function holderOf(subscription: SaasSubscriptionModel, ctx: GatewayContext): Promise<UserModel> {
  const holder = holderLookup(await ctx.identity())(subscription);
  return holder ?? { email: subscription.userEmail, accounts: [] };
}

export const SaasSubscription: SaasSubscriptionResolvers = {
  id: (subscription) => nodeIds.subscription(subscription),
  application: (subscription) => applicationOfSubscription(subscription),
  user: (subscription, _args, ctx) => holderOf(subscription, ctx),
  monthlyCost: (subscription) => money(subscription.monthlyCost, subscription.currency),
  inactiveDays: (subscription, _args, ctx) => daysSince(subscription.lastActiveAt, ctx.clock.now()),
  discoverySources: async (subscription, _args, ctx) => {
    if (subscription.discoverySources.length > 0) return subscription.discoverySources;
    // Seats read from a subscription's consumption list carry only the source type: the holder's own list names it.
    const own = await ctx.loaders.subscriptionsBySnowUser.load(subscription.snowUserId);
    return own.find((s) => s.externalId === subscription.externalId)?.discoverySources ?? [];
  },
};
