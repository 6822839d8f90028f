import type { SpendResolvers } from '../__generated__/graphql.js';
import { inactiveDaysArg } from '../datasources/insights/license-waste.js';

export const Spend: SpendResolvers = {
  wastedSeatCost: (spend, args) => spend.wastedSeatCost(inactiveDaysArg(args.inactiveDays)),
};
