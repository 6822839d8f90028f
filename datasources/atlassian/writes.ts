import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * Atlassian Admin API directory-user writes (specs/atlassian-admin.yaml, paths below
 * `https://api.atlassian.com/admin`).
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-directory/
 */
export interface AtlassianDirectoryUserRef {
  orgId: string;
  directoryId: string;
  accountId: string;
}

const directoryUser = ({ orgId, directoryId, accountId }: AtlassianDirectoryUserRef) =>
  `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/users/${seg(accountId)}`;

/** Suspends the user's access in the directory; an already suspended user is a 409 (USER_ALREADY_SUSPENDED). */
export const atlassianSuspendUser = (ref: AtlassianDirectoryUserRef): VendorWrite => ({
  operation: 'suspendUser',
  method: 'POST',
  path: `${directoryUser(ref)}/suspend`,
});

/** Restores a suspended user's access; a user not suspended (or a closed account) is a 409. */
export const atlassianRestoreUser = (ref: AtlassianDirectoryUserRef): VendorWrite => ({
  operation: 'restoreUser',
  method: 'POST',
  path: `${directoryUser(ref)}/restore`,
});

/** Removes the user from the directory (and its groups and roles in the org); the Atlassian account stays. */
export const atlassianRemoveDirectoryUser = (ref: AtlassianDirectoryUserRef): VendorWrite => ({
  operation: 'removeDirectoryUser',
  method: 'DELETE',
  path: directoryUser(ref),
});
