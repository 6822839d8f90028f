import type { LicenseWasteResolvers } from '../__generated__/graphql.js';
import { money } from './money.js';
import { holderOf } from './SaasSubscription.js';

export const LicenseWaste: LicenseWasteResolvers = {
  user: (waste, _args, ctx) => holderOf(waste.subscription, ctx),
  monthlyCost: (waste) => money(waste.subscription.monthlyCost ?? 0, waste.subscription.currency)!,
};
