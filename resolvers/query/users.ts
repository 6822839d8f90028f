import type { QueryResolvers } from '../../__generated__/graphql.js';
import { snapshotPeople } from '../../datasources/identity/people-view.js';
import { pageSize, parseEmail } from '../../common/validation.js';
import { BadUserInputError } from '../../common/errors.js';
import { findUserByEmail } from '../../datasources/identity/find-user.js';
import type { GatewayContext } from '../../mutations/context.js';
import { peopleReportingFailures, reportVendorFailure, type FailureReport } from '../partial-failure.js';

/** One person asked of each vendor by email (no index walk), with the vendors that failed reported. */
async function personReportingFailures(ctx: GatewayContext, email: string, report: FailureReport) {
  const person = await findUserByEmail(ctx.datasources, email);
  person.failures.forEach(report);
  return snapshotPeople(person);
}

export const usersQuery: Pick<QueryResolvers, 'users' | 'user'> = {
  users: async (_root, args, ctx, info) => {
    const first = pageSize(args.first);
    // One exact email needs no index: before it exists, each vendor is asked by email.
    const email = args.filter?.email ? parseEmail(args.filter.email) : undefined;
    const people =
      email && !ctx.builtPeople()
        ? await personReportingFailures(ctx, email, reportVendorFailure(ctx, info))
        : await peopleReportingFailures(ctx, reportVendorFailure(ctx, info));
    return people.users(args.filter, {
      first,
      after: args.after,
      last: args.last,
      before: args.before,
      field: args.sort?.field ?? 'EMAIL',
      direction: args.sort?.direction ?? 'ASC',
    });
  },
  user: async (_root, args, ctx, info) => {
    const email = parseEmail(args.email);
    if (email === undefined) throw new BadUserInputError(`"${args.email}" is not an email address`, 'email');
    const report = reportVendorFailure(ctx, info);
    const people = ctx.builtPeople()
      ? await peopleReportingFailures(ctx, report)
      : await personReportingFailures(ctx, email, report);
    return (await people.person(email)) ?? null;
  },
};
