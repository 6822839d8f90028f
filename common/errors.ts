import { GraphQLError } from 'graphql';
import type { VendorName } from './vendor.js';

/**
 * The error codes AdminGraph promises in `extensions.code`. Expected business failures of
 * mutations are data (`userErrors`); these are for client mistakes and upstream failures.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'VENDOR_UNAVAILABLE'
  | 'VENDOR_RATE_LIMITED'
  | 'VENDOR_AUTH_FAILED'
  | 'VENDOR_BAD_RESPONSE'
  | 'VENDOR_REJECTED'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_NOT_ALLOWED'
  | 'INTERNAL_SERVER_ERROR';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, vendor?: VendorName) {
    super(message, { extensions: { code: 'NOT_FOUND', ...(vendor ? { vendor } : {}), retryable: false } });
  }
}

/** The operation breaks a limit checked before execution (its cost, depth, aliases, ...): nothing ran. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', retryable: false, ...details } });
  }
}

/** The caller spent its cost budget: nothing ran; the budget refills to this cost in `retryAfterSeconds`. */
export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'RATE_LIMITED', retryable: true, retryAfterSeconds, ...details } });
  }
}

/** The gateway runs registered operations only (allowlist mode), and this request names none of them. */
export class PersistedQueryNotAllowedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', retryable: false } });
  }
}

/** A vendor call failed. `retryable` tells clients whether trying again later may help. */
export class VendorError extends GraphQLError {
  constructor(
    code: Extract<ErrorCode, `VENDOR_${string}`>,
    readonly vendor: VendorName,
    message: string,
    readonly retryable: boolean,
    readonly httpStatus?: number,
    extra: Record<string, unknown> = {},
  ) {
    super(message, {
      extensions: { code, vendor, retryable, ...(httpStatus ? { httpStatus } : {}), ...extra },
    });
  }
}

export const vendorUnavailable = (vendor: VendorName, detail: string, httpStatus?: number) =>
  new VendorError('VENDOR_UNAVAILABLE', vendor, `${vendor} is unavailable: ${detail}`, true, httpStatus);

export const vendorRateLimited = (vendor: VendorName, retryAfterSeconds: number | undefined) =>
  new VendorError(
    'VENDOR_RATE_LIMITED',
    vendor,
    `${vendor} is rate limiting AdminGraph${retryAfterSeconds !== undefined ? `; retry after ${retryAfterSeconds} s` : ''}`,
    true,
    429,
    retryAfterSeconds !== undefined ? { retryAfterSeconds } : {},
  );

export const vendorAuthFailed = (vendor: VendorName, httpStatus: number) =>
  new VendorError(
    'VENDOR_AUTH_FAILED',
    vendor,
    `${vendor} rejected AdminGraph's credentials (HTTP ${httpStatus}): check the ${vendor} settings`,
    false,
    httpStatus,
  );

export const vendorBadResponse = (vendor: VendorName, detail: string) =>
  new VendorError(
    'VENDOR_BAD_RESPONSE',
    vendor,
    `${vendor} answered something AdminGraph cannot read: ${detail}`,
    true,
  );

/** The vendor refused the request itself (4xx other than auth, rate limit and not-found). */
export const vendorRejected = (vendor: VendorName, httpStatus: number, detail: string) =>
  new VendorError(
    'VENDOR_REJECTED',
    vendor,
    `${vendor} rejected the request (HTTP ${httpStatus}): ${detail}`,
    false,
    httpStatus,
  );

/** No credentials, or credentials AdminGraph does not accept (answered with HTTP 401). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', retryable: false } });
  }
}

/** The caller is known but its role may not do this (nothing was run, no vendor was called). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, requiredRole: string) {
    super(message, { extensions: { code: 'FORBIDDEN', requiredRole, retryable: false } });
  }
}
