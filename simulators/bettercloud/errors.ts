import { VendorHttpError } from '../core/http-types.js';

/** BetterCloud's error body (`ErrorResponse` in the vendor document). */
export interface BetterCloudErrorResponse {
  code: string;
  id: string;
  href: string;
  reason: string;
}

/** The code a status gets when the route did not name a more precise one in `details.code`. */
const codeByStatus: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'RESOURCE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMIT_EXCEEDED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Renders errors the way BetterCloud does: a code, an occurrence ID, a link to the code's
 * documentation and a readable reason. Each simulator numbers its own occurrences.
 */
export function betterCloudErrorRenderer() {
  let occurrence = 500_000;
  return (status: number, message: string, details: Record<string, unknown>): BetterCloudErrorResponse => {
    const code =
      typeof details.code === 'string'
        ? details.code
        : (codeByStatus[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_REQUEST'));
    occurrence++;
    return {
      code,
      id: `err-${occurrence}`,
      href: `https://developer.bettercloud.com/errors/${code}`,
      reason: message,
    };
  };
}

export const invalidParameter = (message: string) =>
  new VendorHttpError(400, message, { code: 'INVALID_PARAMETER' });
export const invalidRequest = (message: string) =>
  new VendorHttpError(400, message, { code: 'INVALID_REQUEST' });
export const resourceNotFound = (kind: string, id: string) =>
  new VendorHttpError(404, `${kind} ${id} not found`, { code: 'RESOURCE_NOT_FOUND' });
export const stateConflict = (code: string, message: string) => new VendorHttpError(409, message, { code });
export const unprocessable = (message: string) =>
  new VendorHttpError(422, message, { code: 'VALIDATION_FAILED' });
