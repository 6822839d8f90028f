import type {
  AccountResolvers,
  AtlassianAccountResolvers,
  BetterCloudAccountResolvers,
  JumpCloudAccountResolvers,
  SnowAccountResolvers,
} from '../__generated__/graphql.js';
import type { AccountModel } from '../datasources/model/index.js';
import { toGlobalId } from '../common/global-id.js';
import { definedOnly, sortOf } from './list-args.js';
import { money } from './money.js';
import { scimIdentityOf } from './person.js';

const typeByVendor = {
  BETTERCLOUD: 'BetterCloudAccount',
  ATLASSIAN: 'AtlassianAccount',
  SNOW: 'SnowAccount',
  JUMPCLOUD: 'JumpCloudAccount',
} as const;

export const accountGlobalId = (account: Pick<AccountModel, 'vendor' | 'externalId'>) =>
  toGlobalId('Account', account.vendor, account.externalId);

export const Account: AccountResolvers = {
  __resolveType: (account) => typeByVendor[account.vendor],
};

export const BetterCloudAccount: BetterCloudAccountResolvers = {
  id: accountGlobalId,
};

export const AtlassianAccount: AtlassianAccountResolvers = {
  id: accountGlobalId,
  organization: (account, _args, ctx) =>
    ctx.datasources.atlassian.getOrganization(account.orgId).then((org) => org ?? null),
  roleAssignments: (account, _args, ctx) =>
    ctx.loaders.roleAssignmentsByAtlassianAccount.load(account.externalId),
  scim: async (account, _args, ctx) => (await scimIdentityOf(ctx, account.normalizedEmail)) ?? null,
};

export const SnowAccount: SnowAccountResolvers = {
  id: accountGlobalId,
  // Snow's user list already carries the monthly cost: no call per account.
  monthlyCost: (account) => money(account.monthlyCost),
  potentialSavings: (account) => money(account.potentialSavings),
  vendorReportedSavings: (account) => money(account.potentialSavings),
  // Without arguments the request's loaders share one read per user; with them Snow filters and sorts.
  discoverySources: (account, args, ctx) =>
    args.filter || args.sort
      ? ctx.datasources.snow.userDiscoverySources(account.externalId, {
          ...definedOnly(args.filter),
          sort: sortOf(args.sort),
        })
      : ctx.loaders.discoverySourcesBySnowUser.load(account.externalId),
  applications: (account, args, ctx) =>
    args.filter || args.sort
      ? ctx.datasources.snow.userApplications(account.externalId, {
          ...definedOnly(args.filter),
          sort: sortOf(args.sort),
        })
      : ctx.loaders.applicationsBySnowUser.load(account.externalId),
  subscriptions: (account, args, ctx) =>
    args.filter || args.sort
      ? ctx.datasources.snow.userSubscriptions(account.externalId, {
          ...definedOnly(args.filter),
          sort: sortOf(args.sort),
        })
      : ctx.loaders.subscriptionsBySnowUser.load(account.externalId),
};

export const JumpCloudAccount: JumpCloudAccountResolvers = {
  id: accountGlobalId,
};
