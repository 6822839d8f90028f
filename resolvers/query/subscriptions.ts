import type { QueryResolvers } from '../../__generated__/graphql.js';
import {
  inactiveDaysArg,
  licenseWasteOf,
  pageLicenseWaste,
} from '../../datasources/insights/license-waste.js';
import { PaidSeats } from '../../datasources/insights/paid-seat-store.js';
import { spendOf } from '../../datasources/insights/spend.js';
import {
  pageSubscriptionsByHolder,
  snowHolders,
} from '../../datasources/insights/subscriptions-by-holder.js';
import {
  normalizeEmail,
  type SaasSubscriptionModel,
  type SnowAccountModel,
} from '../../datasources/model/index.js';
import { connectionFromArray, connectionFromOffsetFetch } from '../../datasources/paging/connection.js';
import { pageSize } from '../../common/validation.js';
import { BadUserInputError } from '../../common/errors.js';
import type { GatewayContext } from '../../mutations/context.js';
import {
  identityReportingFailures as identity,
  reportVendorFailure as failureReporter,
  tolerateVendorFailure as tolerate,
} from '../partial-failure.js';

/** What license waste and spend count when Snow cannot be read (its failure is reported beside the data). */
const NO_SEATS = new PaidSeats([]);

const seatsOf = (ctx: GatewayContext, accounts: SnowAccountModel[]) =>
  Promise.all(accounts.map((a) => ctx.loaders.subscriptionsBySnowUser.load(a.externalId)));

/** The order of the holder-paged list: holder email, Snow user ID, subscription ID. */
const holderKey = (s: SaasSubscriptionModel) => `${s.userEmail}\u0000${s.snowUserId}\u0000${s.externalId}`;
const byHolder = (a: SaasSubscriptionModel, b: SaasSubscriptionModel) =>
  holderKey(a) < holderKey(b) ? -1 : holderKey(a) > holderKey(b) ? 1 : 0;

export const subscriptionsQuery: Pick<
  QueryResolvers,
  'subscriptions' | 'applications' | 'licenseWaste' | 'spend' | 'userKpis'
> = {
  subscriptions: async (_root, args, ctx, info) => {
    const first = pageSize(args.first);
    const report = failureReporter(ctx, info);
    const email = args.filter?.email?.trim() ? normalizeEmail(args.filter.email) : undefined;
    const contains = args.filter?.applicationContains?.trim().toLowerCase() || undefined;
    const matches = (s: SaasSubscriptionModel) =>
      !contains || (s.applicationName ?? '').toLowerCase().includes(contains);
    if (email) {
      // One Snow call finds the person (email filter pushed down), one per Snow user reads their seats.
      const seats = await tolerate(
        report,
        async () => (await seatsOf(ctx, await ctx.datasources.snow.findAccountsByEmail(email))).flat(),
        [],
      );
      return connectionFromArray(
        seats.map((s) => (s.userEmail ? s : { ...s, userEmail: email })).filter(matches),
        args,
      );
    }
    if (contains) {
      // Snow filters subscriptions per user only: across the company it is the seat walk, filtered here.
      const { seats } = await tolerate(report, () => ctx.paidSeats(), NO_SEATS);
      return connectionFromArray(seats.filter(matches).sort(byHolder), args);
    }
    if (args.before || (args.last !== undefined && args.last !== null))
      throw new BadUserInputError(
        '`last`/`before` need a `filter`: the company-wide list pages forward over the holders',
        args.before ? 'before' : 'last',
      );
    const index = await identity(ctx, report);
    return tolerate(
      report,
      () =>
        pageSubscriptionsByHolder(snowHolders(index.users), { first, after: args.after }, (accounts) =>
          seatsOf(ctx, accounts),
        ),
      connectionFromArray<SaasSubscriptionModel>([], { first }),
    );
  },

  applications: (_root, args, ctx, info) => {
    const report = failureReporter(ctx, info);
    return connectionFromOffsetFetch(args, (offset, limit) =>
      tolerate(report, () => ctx.datasources.snow.listApplications(offset, limit), { items: [], total: 0 }),
    );
  },

  licenseWaste: async (_root, args, ctx, info) => {
    const inactiveDays = inactiveDaysArg(args.inactiveDays);
    // Bad sizes and cursors fail before any vendor call is spent.
    pageLicenseWaste([], args);
    const report = failureReporter(ctx, info);
    const [paid, index] = await Promise.all([
      tolerate(report, () => ctx.paidSeats(), NO_SEATS),
      identity(ctx, report),
    ]);
    return pageLicenseWaste(licenseWasteOf(paid, index, inactiveDays, ctx.clock.now()), args);
  },

  spend: async (_root, args, ctx, info) => {
    const report = failureReporter(ctx, info);
    const [paid, index] = await Promise.all([
      tolerate(report, () => ctx.paidSeats(), NO_SEATS),
      identity(ctx, report),
    ]);
    return spendOf(paid, index, args.groupBy, ctx.clock.now());
  },

  userKpis: (_root, args, ctx) =>
    ctx.datasources.snow.userKpis({
      from: args.from ?? undefined,
      to: args.to ?? new Date(ctx.clock.now()).toISOString(),
    }),
};
