import type { components } from '../../__generated__/vendors/bettercloud.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/** Attributes BetterCloud lets a client change (status goes through suspend/deprovision). */
export type BetterCloudUserUpdateRequest = components['schemas']['BetterCloudUserUpdateRequest'];

/**
 * `PATCH /users/{id}` (specs/bettercloud.yaml `updateUser`): only the fields sent change, pushed to
 * every integrated application; a deprovisioned user is a 409 (USER_DEPROVISIONED).
 */
export const betterCloudUpdateUser = (
  userId: string,
  changes: BetterCloudUserUpdateRequest,
): VendorWrite => ({
  operation: 'updateUser',
  method: 'PATCH',
  path: `/users/${seg(userId)}`,
  body: changes,
});
