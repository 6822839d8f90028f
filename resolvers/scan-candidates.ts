import type { IdentitySnapshot } from '../datasources/identity/build-identity.js';
import { peopleSnapshot } from '../datasources/identity/people-view.js';
import type { UserModel } from '../datasources/model/index.js';
import type { GatewayContext } from '../mutations/context.js';
import { identityReportingFailures, peopleReportingFailures, type FailureReport } from './partial-failure.js';

/** Past this share of everyone, a scan reads the whole index instead of its candidates by email. */
export const MOST_OF_THE_INDEX = 0.25;

/**
 * What a scan reads whole: the people `test` picks from the outlines (an index in PostgreSQL then
 * reads only them), or the whole index once they are most of it. One cursor read of everything costs
 * less, in time and memory, than asking for most people by email: at 100,000 people, asking for
 * the 95% holding an orphaned account took 740 MB against 571 MB for the whole index.
 */
export async function scanCandidates(
  ctx: GatewayContext,
  report: FailureReport,
  test: (outline: UserModel) => boolean,
): Promise<Pick<IdentitySnapshot, 'users' | 'scimByEmail'>> {
  const view = await peopleReportingFailures(ctx, report);
  const emails = view.emailsWhere(test);
  if (emails.length > view.peopleCount * MOST_OF_THE_INDEX) return identityReportingFailures(ctx, report);
  return peopleSnapshot(view, emails);
}
