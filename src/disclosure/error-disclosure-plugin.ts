import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { roleAllows } from '../../common/principal.js';
import type { GatewayContext } from '../../mutations/context.js';

/**
 * Vendor error texts can carry vendor URLs, account names and request details, and internal errors
 * can carry file paths: only admins (who may read the upstream trace anyway) see them. Everyone else
 * gets the same `extensions.code`, `vendor` and `retryable` with a message naming only the vendor.
 * Listed after the plugin that adds partial-failure errors, so those are covered too.
 */
const generic: Record<string, (vendor: string) => string> = {
  VENDOR_UNAVAILABLE: (v) => `${v} is unavailable`,
  VENDOR_RATE_LIMITED: (v) => `${v} is rate limiting AdminGraph`,
  VENDOR_AUTH_FAILED: (v) => `${v} rejected AdminGraph's credentials`,
  VENDOR_BAD_RESPONSE: (v) => `${v} answered something AdminGraph cannot read`,
  VENDOR_REJECTED: (v) => `${v} rejected the request`,
};

/** What a client may see of an error's extensions whatever its role. */
const publicExtensions = [
  'code',
  'vendor',
  'retryable',
  'retryAfterSeconds',
  'httpStatus',
  'argument',
  'requiredRole',
];

export function errorForNonAdmin(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const describe = generic[code];
  if (!describe && code !== 'INTERNAL_SERVER_ERROR') return error;
  const extensions = Object.fromEntries(
    Object.entries(error.extensions ?? {}).filter(([key]) => publicExtensions.includes(key)),
  );
  const message = describe
    ? `${describe(String(error.extensions?.vendor ?? 'A vendor'))} (details are shown to admins)`
    : 'Internal server error';
  return { ...error, message, extensions: { ...extensions, code } };
}

export const errorDisclosurePlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !contextValue.principal) return;
        if (roleAllows(contextValue.principal.role, 'admin')) return;
        const result = response.body.singleResult;
        if (result.errors) result.errors = result.errors.map(errorForNonAdmin);
      },
    };
  },
};
