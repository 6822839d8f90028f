import type { components } from '../../__generated__/vendors/atlassian-scim.js';
import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorWrite } from '../vendor-write.js';

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

/**
 * Atlassian SCIM 2.0 group writes (specs/atlassian-scim.yaml, paths below `https://api.atlassian.com`).
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-groups/
 */
type Schemas = components['schemas'];

const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

const groups = (directoryId: string) => `/scim/directory/${seg(directoryId)}/Groups`;
const group = (directoryId: string, groupId: string) => `${groups(directoryId)}/${seg(groupId)}`;

/** `POST /Groups`: an empty group; a displayName in use (ignoring case) is a 409 `uniqueness`. */
export const scimCreateGroup = (directoryId: string, displayName: string): VendorWrite => ({
  operation: 'createAGroupInActiveDirectory',
  method: 'POST',
  path: groups(directoryId),
  body: { schemas: [GROUP_SCHEMA], displayName, members: [] } satisfies Schemas['AtlassianScimGroupInput'],
});

/** `DELETE /Groups/{id}`: 204, or 404 for an unknown group. */
export const scimDeleteGroup = (directoryId: string, groupId: string): VendorWrite => ({
  operation: 'deleteAGroup',
  method: 'DELETE',
  path: group(directoryId, groupId),
});

/** RFC 7644 §3.5.2.1 `add` on `members`: adding a member already in the group changes nothing. */
export function scimAddGroupMember(directoryId: string, groupId: string, userId: string): VendorWrite {
  const body: ScimPatchRequest = {
    schemas: [PATCH_OP],
    Operations: [{ op: 'add', path: 'members', value: [{ value: userId }] }],
  };
  return {
    operation: 'patchAGroupInAnActiveDirectory',
    method: 'PATCH',
    path: group(directoryId, groupId),
    body,
  };
}

/** RFC 7644 §3.5.2.2 `remove` with a value filter: removes only this member. */
export function scimRemoveGroupMember(directoryId: string, groupId: string, userId: string): VendorWrite {
  const body: ScimPatchRequest = {
    schemas: [PATCH_OP],
    Operations: [{ op: 'remove', path: `members[value eq "${userId}"]` }],
  };
  return {
    operation: 'patchAGroupInAnActiveDirectory',
    method: 'PATCH',
    path: group(directoryId, groupId),
    body,
  };
}
