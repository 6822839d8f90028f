import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { IdentitySnapshot } from '../datasources/identity/build-identity.js';
import type { PeopleView } from '../datasources/identity/people-view.js';
import { VendorError } from '../common/errors.js';
import type { GatewayContext } from '../mutations/context.js';

export type FailureReport = (failure: VendorError) => void;

/**
 * For fields that combine vendors: a vendor that failed is left out of the answer and reported
 * once, as an error at this field's path (with its `code`, `vendor` and `retryable`), while the
 * other vendors' data returns.
 */
export function reportVendorFailure(ctx: GatewayContext, info: GraphQLResolveInfo): FailureReport {
  const reported = new Set<string>();
  return (failure) => {
    if (reported.has(failure.vendor)) return;
    reported.add(failure.vendor);
    const path: (string | number)[] = [];
    for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) path.unshift(p.key);
    ctx.partialFailures.push(
      new GraphQLError(`${failure.message} (its data is missing from this answer)`, {
        path,
        extensions: failure.extensions,
      }),
    );
  };
}

/** Runs one vendor read; if the vendor fails, reports it and answers `fallback` instead of failing the field. */
export async function tolerateVendorFailure<T>(
  report: FailureReport,
  read: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof VendorError)) throw error;
    report(error);
    return fallback;
  }
}

/** The identity index (or its people), with the vendors it could not read reported (their accounts are missing). */
async function reportingFailures<T extends { failures: readonly VendorError[] }>(
  read: Promise<T>,
  report: FailureReport,
): Promise<T> {
  const index = await read;
  index.failures.forEach(report);
  return index;
}

export const peopleReportingFailures = (ctx: GatewayContext, report: FailureReport): Promise<PeopleView> =>
  reportingFailures(ctx.people(), report);

export const identityReportingFailures = (
  ctx: GatewayContext,
  report: FailureReport,
): Promise<IdentitySnapshot> => reportingFailures(ctx.identity(), report);
