import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * JumpCloud provider (MSP) writes (specs/jumpcloud.yaml, paths below `https://console.jumpcloud.com/api/v2`).
 * The API offers no suspend or restore of a provider administrator: only removal.
 * https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers
 */

/** `DELETE /providers/{provider_id}/administrators/{id}`: answers 204, or 404 for an unknown administrator. */
export const jumpCloudRemoveAdministrator = (providerId: string, administratorId: string): VendorWrite => ({
  operation: 'providersRemoveAdministrator',
  method: 'DELETE',
  path: `/providers/${seg(providerId)}/administrators/${seg(administratorId)}`,
});
