import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { VendorError } from '../src/errors.js';
import type { GatewayContext } from '../src/context.js';

/**
 * For cross-vendor lists: a vendor that failed is left out of the answer and reported as an error
 * at this field's path (with its `code`, `vendor` and `retryable`), while the other vendors' data returns.
 */
export function reportVendorFailure(ctx: GatewayContext, info: GraphQLResolveInfo) {
  return (failure: VendorError) => {
    const path: (string | number)[] = [];
    for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) path.unshift(p.key);
    ctx.partialFailures.push(
      new GraphQLError(`${failure.message} (its items are missing from this list)`, { path, extensions: failure.extensions }),
    );
  };
}
