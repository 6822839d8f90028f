import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * BetterCloud user lifecycle writes (specs/bettercloud.yaml, paths below `https://api.bettercloud.com/v1`).
 * BetterCloud has no restore: suspend and deprovision are one-way in its API.
 * https://developer.bettercloud.com/
 */

/** `POST /users/{id}/suspend`: a suspended or deprovisioned user is answered 409. */
export const betterCloudSuspendUser = (userId: string): VendorWrite => ({
  operation: 'suspendUser',
  method: 'POST',
  path: `/users/${seg(userId)}/suspend`,
});

/** `POST /users/{id}/deprovision`: also removes every group membership; an already deprovisioned user is a 409. */
export const betterCloudDeprovisionUser = (userId: string): VendorWrite => ({
  operation: 'deprovisionUser',
  method: 'POST',
  path: `/users/${seg(userId)}/deprovision`,
});
