import { VendorHttpError } from '../../core/http-types.js';
import type { SeededRandom } from '../../core/random.js';

/** RFC 7644 §3.12: every SCIM error answer carries this schema, the status as a string and a detail. */
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type ScimErrorType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  detail: string;
  scimType?: ScimErrorType;
}

export function scimError(status: number, detail: string, scimType?: ScimErrorType): VendorHttpError {
  return new VendorHttpError(status, detail, scimType ? { scimType } : {});
}

export const invalidValue = (detail: string) => scimError(400, detail, 'invalidValue');
export const invalidSyntax = (detail: string) => scimError(400, detail, 'invalidSyntax');
export const invalidPath = (detail: string) => scimError(400, detail, 'invalidPath');
export const noTarget = (detail: string) => scimError(400, detail, 'noTarget');
export const mutability = (detail: string) => scimError(400, detail, 'mutability');
export const uniqueness = (detail: string) => scimError(409, detail, 'uniqueness');
export const resourceNotFound = (detail: string) => scimError(404, detail);

/**
 * Atlassian's answer to a request it refuses before the SCIM service sees it (401: no or a wrong API
 * key; 403: a key without access): not a SCIM error but the platform's `Failure` body, as the
 * vendor document (../shared/reference-specs/atlassian-scim-user-provisioning.json) gives it.
 */
export interface ScimFailureBody {
  error: string;
  traceId: string;
}

/** Statuses Atlassian answers with a `Failure` body rather than a SCIM error. */
export const FAILURE_STATUSES: readonly number[] = [401, 403];

/**
 * Renders a failure in the body the vendor document gives its status: `Failure` for 401/403, else
 * a SCIM error. Trace IDs are 16 hex characters drawn from `traceIds`.
 */
export function atlassianScimErrorRenderer(traceIds: SeededRandom) {
  return (
    status: number,
    message: string,
    details: Record<string, unknown>,
  ): ScimErrorBody | ScimFailureBody =>
    FAILURE_STATUSES.includes(status)
      ? { error: message, traceId: traceIds.hex(16) }
      : scimErrorBody(status, message, details);
}

/**
 * Renders any other failure (route errors, injected faults, the server's own 400 for a body that is
 * not JSON) as a SCIM error. A 400 without a more precise type is a body the server could not read:
 * RFC 7644 calls that `invalidSyntax`.
 */
export function scimErrorBody(
  status: number,
  message: string,
  details: Record<string, unknown>,
): ScimErrorBody {
  const scimType =
    (details.scimType as ScimErrorType | undefined) ?? (status === 400 ? 'invalidSyntax' : undefined);
  return {
    schemas: [SCIM_ERROR_SCHEMA],
    status: String(status),
    detail: message,
    ...(scimType ? { scimType } : {}),
  };
}
