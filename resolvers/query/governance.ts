import type { QueryResolvers } from '../../__generated__/graphql.js';
import { VendorError } from '../../common/errors.js';
import { pageSize } from '../../common/validation.js';
import { changeFeed } from '../../datasources/governance/change-feed.js';
import { offboardingGapConnection } from '../../datasources/governance/gap-connection.js';
import { mayBeGap, validateGapFilter } from '../../datasources/governance/offboarding-gaps.js';
import {
  findOrphanedAccounts,
  pageOrphanedAccounts,
  validateOrphanFilter,
  wholeOrphans,
} from '../../datasources/governance/orphaned-accounts.js';
import { privilegedAccessConnection } from '../../datasources/governance/privileged-access.js';
import { keyAfter, scopeOf } from '../../datasources/paging/keyset.js';
import type { DomainModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../../mutations/context.js';
import { scanCandidates } from '../scan-candidates.js';
import {
  identityReportingFailures as identity,
  peopleReportingFailures,
  reportVendorFailure,
  tolerateVendorFailure,
  type FailureReport,
} from '../partial-failure.js';

/**
 * A DataLoader's `loadMany` as a batch read that never fails the field: a vendor error is reported
 * once (partial failure) and that key reads as empty.
 */
function tolerantBatch<T>(
  load: (keys: readonly string[]) => Promise<(T[] | Error)[]>,
  report: FailureReport,
): (keys: string[]) => Promise<T[][]> {
  return async (keys) => {
    if (keys.length === 0) return [];
    return (await load(keys)).map((result) => {
      if (!(result instanceof Error)) return result;
      if (!(result instanceof VendorError)) throw result;
      report(result);
      return [];
    });
  };
}

const atlassianRoles = (ctx: GatewayContext, report: FailureReport) =>
  tolerantBatch((ids) => ctx.loaders.roleAssignmentsByAtlassianAccount.loadMany(ids), report);

export const governanceQuery: Pick<
  QueryResolvers,
  'offboardingGaps' | 'privilegedAccess' | 'orphanedAccounts' | 'changes'
> = {
  offboardingGaps: async (_root, args, ctx, info) => {
    const report = reportVendorFailure(ctx, info);
    // Only people closed somewhere can be gaps: picked from the outlines, then read whole.
    const filter = validateGapFilter(args.filter);
    return offboardingGapConnection(
      await scanCandidates(ctx, report, (user) => mayBeGap(user, filter)),
      {
        first: pageSize(args.first),
        after: args.after,
        last: args.last,
        before: args.before,
        filter: args.filter,
      },
      atlassianRoles(ctx, report),
    );
  },

  privilegedAccess: async (_root, args, ctx, info) => {
    const report = reportVendorFailure(ctx, info);
    return privilegedAccessConnection(
      await identity(ctx, report),
      {
        first: pageSize(args.first),
        after: args.after,
        last: args.last,
        before: args.before,
        filter: args.filter,
        sort: args.sort ? { field: args.sort.field, direction: args.sort.direction ?? 'ASC' } : undefined,
      },
      {
        atlassianRoles: atlassianRoles(ctx, report),
        betterCloudMemberships: tolerantBatch(
          (emails) => ctx.loaders.betterCloudMembershipsByEmail.loadMany(emails),
          report,
        ),
      },
    );
  },

  orphanedAccounts: async (_root, args, ctx, info) => {
    const first = pageSize(args.first);
    const filter = validateOrphanFilter(args.filter);
    keyAfter(args.after, scopeOf(filter));
    keyAfter(args.before, scopeOf(filter), 'before');
    const report = reportVendorFailure(ctx, info);
    const atlassian = ctx.datasources.atlassian;
    // The domains and the index (built or caught up) are read at once.
    const [domains, view] = await Promise.all([
      tolerateVendorFailure<DomainModel[] | undefined>(
        report,
        () => atlassian.listDomains(atlassian.configuredOrgId),
        undefined,
      ),
      peopleReportingFailures(ctx, report),
    ]);
    // Found and paged over the outlines (what decides an orphan is in them); only the page's people
    // are read whole, so an index in PostgreSQL is never read whole for this answer.
    const now = ctx.clock.now();
    const page = pageOrphanedAccounts(
      findOrphanedAccounts({ users: view.outlines() }, domains, filter, now),
      {
        first,
        after: args.after,
        last: args.last,
        before: args.before,
        filter,
      },
    );
    return wholeOrphans(page, (email) => view.person(email), domains, filter, now);
  },

  changes: (_root, args, ctx, info) =>
    changeFeed(
      { ...ctx.datasources, audit: ctx.mutations.audit },
      { since: args.since, first: args.first, after: args.after },
      reportVendorFailure(ctx, info),
    ),
};
