import type { components } from '../../__generated__/vendors/snow.js';
import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorWrite } from '../vendor-write.js';

/** The user flags Snow lets a client change: a JSON merge patch of any non-empty subset. */
export type SnowUserRequest = components['schemas']['SnowUserRequest'];

/**
 * `PATCH users/{userId}` (specs/snow.yaml `updateUser`): is-in-review, is-online, is-qualified, sent
 * as `application/merge-patch+json`, the only body type seed 002 documents for it (RFC 7396).
 * https://docs.snowsoftware.io/snow-atlas-api/api-reference/saas-users
 */
export const snowUpdateUser = (userId: string, flags: SnowUserRequest): VendorWrite => ({
  operation: 'updateUser',
  method: 'PATCH',
  path: `/api/saas/consolidated-view/v1/users/${seg(userId)}`,
  body: flags,
  contentType: 'application/merge-patch+json',
});
