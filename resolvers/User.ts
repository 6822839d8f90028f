import type { UserResolvers } from '../__generated__/graphql.js';
import { connectionFromArray, connectionFromOffsetFetch } from '../datasources/paging/connection.js';
import { deriveUserStatus, lastActiveOf } from '../datasources/identity/user-status.js';
import type { AccountModel, SaasSubscriptionModel, UserModel } from '../datasources/model/index.js';
import type { GatewayContext } from '../mutations/context.js';
import { nodeIds } from './node-ids.js';
import { money } from './money.js';
import { scimIdentityOf } from './person.js';
import { inactiveDaysArg, toCents, wasteReasons } from '../datasources/insights/license-waste.js';

const firstOf = (user: UserModel, pick: (a: AccountModel) => string | null) =>
  user.accounts.map(pick).find((v) => v !== null && v !== '') ?? null;

const accountsOf = <V extends AccountModel['vendor']>(user: UserModel, vendor: V) =>
  user.accounts.filter((a): a is Extract<AccountModel, { vendor: V }> => a.vendor === vendor);

/** Snow's own savings figure, summed over the person's Snow accounts (null without one). */
function vendorReportedSavings(user: UserModel) {
  const snow = accountsOf(user, 'SNOW');
  if (!snow.length) return null;
  return money(snow.reduce((sum, a) => sum + (a.potentialSavings ?? 0), 0));
}

async function subscriptionsOf(user: UserModel, ctx: GatewayContext): Promise<SaasSubscriptionModel[]> {
  const lists = await Promise.all(
    accountsOf(user, 'SNOW').map((a) => ctx.loaders.subscriptionsBySnowUser.load(a.externalId)),
  );
  return lists.flat();
}

export const User: UserResolvers = {
  id: (user) => nodeIds.user(user),
  displayName: (user) => firstOf(user, (a) => a.displayName),
  department: (user) => firstOf(user, (a) => a.department),
  title: (user) => firstOf(user, (a) => a.title),
  location: (user) => firstOf(user, (a) => a.location),
  status: (user) => deriveUserStatus(user.accounts),
  vendors: (user) => [...new Set(user.accounts.map((a) => a.vendor))],
  accounts: (user) => user.accounts,
  lastActiveAt: (user) => lastActiveOf(user),
  groups: async (user, _args, ctx) => {
    const [betterCloud, scimIdentity] = await Promise.all([
      accountsOf(user, 'BETTERCLOUD').length
        ? ctx.loaders.betterCloudMembershipsByEmail.load(user.email)
        : [],
      accountsOf(user, 'ATLASSIAN').length ? scimIdentityOf(ctx, user.email) : undefined,
    ]);
    const scim = (scimIdentity?.groups ?? []).map((group) => ({
      group,
      email: user.email,
      role: 'MEMBER' as const,
    }));
    return [...betterCloud, ...scim];
  },
  subscriptions: (user, _args, ctx) => subscriptionsOf(user, ctx),
  roleAssignments: async (user, _args, ctx) => {
    const atlassian = await Promise.all(
      accountsOf(user, 'ATLASSIAN').map((a) =>
        ctx.loaders.roleAssignmentsByAtlassianAccount.load(a.externalId),
      ),
    );
    const jumpcloud = accountsOf(user, 'JUMPCLOUD')
      .filter((a) => a.role)
      .map((a) => ({ vendor: 'JUMPCLOUD' as const, role: a.role!, resource: null }));
    return [...atlassian.flat(), ...jumpcloud];
  },
  events: async (user, args, ctx) => {
    // BetterCloud filters events by target user server-side, so its feed is the per-person audit trail;
    // Atlassian's audit log cannot be filtered by person without walking all of it.
    const [betterCloud] = accountsOf(user, 'BETTERCLOUD');
    if (!betterCloud) return connectionFromArray([], args);
    return connectionFromOffsetFetch(args, (offset, limit) =>
      ctx.datasources.bettercloud.listEvents(offset, limit, { targetUserId: betterCloud.externalId }),
    );
  },
  monthlyCost: (user) => {
    const snow = accountsOf(user, 'SNOW');
    if (!snow.length) return null;
    return money(snow.reduce((sum, a) => sum + (a.monthlyCost ?? 0), 0));
  },
  potentialSavings: (user) => vendorReportedSavings(user),
  vendorReportedSavings: (user) => vendorReportedSavings(user),
  wastedSeatCost: async (user, args, ctx) => {
    if (!accountsOf(user, 'SNOW').length) return null;
    const options = { inactiveDays: inactiveDaysArg(args.inactiveDays), now: ctx.clock.now() };
    const wasted = (await subscriptionsOf(user, ctx)).filter(
      (seat) => toCents(seat.monthlyCost) > 0 && wasteReasons(seat, user, options).length > 0,
    );
    return money(wasted.reduce((sum, seat) => sum + toCents(seat.monthlyCost), 0) / 100);
  },
};
