import type { components } from '../../__generated__/vendors/atlassian-scim.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * Atlassian SCIM 2.0 user writes (specs/atlassian-scim.yaml, paths below `https://api.atlassian.com`).
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-users/
 */
type ScimPatchRequest = components['schemas']['AtlassianScimPatchRequest'];

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const scimUser = (directoryId: string, userId: string) =>
  `/scim/directory/${seg(directoryId)}/Users/${seg(userId)}`;

/** RFC 7644 §3.5.2 PatchOp `replace active`: false deactivates the user, true reactivates it. */
export function scimSetUserActive(directoryId: string, userId: string, active: boolean): VendorWrite {
  const body: ScimPatchRequest = {
    schemas: [PATCH_OP],
    Operations: [{ op: 'replace', path: 'active', value: active }],
  };
  return {
    operation: 'patchUserInformationInAnActiveDirectory',
    method: 'PATCH',
    path: scimUser(directoryId, userId),
    body,
  };
}

/**
 * DELETE: Atlassian does not delete provisioned users; it deactivates them, drops their group
 * memberships, and answers 404 for them from then on (until the IdP provisions the userName again).
 */
export const scimDeleteUser = (directoryId: string, userId: string): VendorWrite => ({
  operation: 'deleteAUserFromAnActiveDirectory',
  method: 'DELETE',
  path: scimUser(directoryId, userId),
});
