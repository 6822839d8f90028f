import type { SpendBucketResolvers } from '../__generated__/graphql.js';
import { DEFAULT_INACTIVE_DAYS, inactiveDaysArg } from '../datasources/insights/license-waste.js';

export const SpendBucket: SpendBucketResolvers = {
  // The deprecated name of `wastedSeatCost` at `licenseWaste`'s default window.
  potentialSavings: (bucket) => bucket.wastedSeatCost(DEFAULT_INACTIVE_DAYS),
  wastedSeatCost: (bucket, args) => bucket.wastedSeatCost(inactiveDaysArg(args.inactiveDays)),
};
