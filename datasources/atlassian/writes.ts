import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorWrite } from '../vendor-write.js';
import type { components } from '../../__generated__/vendors/atlassian-admin.js';

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

/**
 * Atlassian Admin API role and invitation writes (specs/atlassian-admin.yaml, paths below
 * `https://api.atlassian.com/admin`). `accountId` is the Atlassian account ID (the v1 paths call it userId).
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/
 */
type Schemas = components['schemas'];
export type AtlassianOrgRole = Schemas['AtlassianOrgRole'];
export type AtlassianProductRole = Schemas['AtlassianProductRole'];
export type AtlassianProductRoleRequest = Schemas['AtlassianProductRoleRequest'];
export type AtlassianInviteUsersRequest = Schemas['AtlassianInviteUsersRequest'];
/** What `inviteUsers` answers: the accounts it created (`invited[].accountId`) and the emails it could not invite. */
export type AtlassianInviteUsersResponse = Schemas['AtlassianInviteUsersResponse'];
export type AtlassianResourceRef = Schemas['AtlassianResourceRef'];

const orgUser = (orgId: string, accountId: string) => `/v1/orgs/${seg(orgId)}/users/${seg(accountId)}`;

/** `assignOrganizationRole`: replaces the one org role the user holds (the same role again changes nothing); 204. */
export const atlassianAssignOrgRole = (
  orgId: string,
  accountId: string,
  role: AtlassianOrgRole,
): VendorWrite => ({
  operation: 'assignOrganizationRole',
  method: 'POST',
  path: `${orgUser(orgId, accountId)}/role-assignments/assign`,
  body: { role },
});

/** `revokeOrganizationRole`: back to `user`; a role not held is a 409, revoking `user` a 400. */
export const atlassianRevokeOrgRole = (
  orgId: string,
  accountId: string,
  role: AtlassianOrgRole,
): VendorWrite => ({
  operation: 'revokeOrganizationRole',
  method: 'POST',
  path: `${orgUser(orgId, accountId)}/role-assignments/revoke`,
  body: { role },
});

/** `grantUserAccess`: adds product roles (idempotent); each resource must be one of the org's products (else 400). */
export const atlassianGrantProductRoles = (
  orgId: string,
  accountId: string,
  roles: AtlassianProductRoleRequest['roles'],
): VendorWrite => ({
  operation: 'grantUserAccess',
  method: 'POST',
  path: `${orgUser(orgId, accountId)}/roles/assign`,
  body: { roles } satisfies AtlassianProductRoleRequest,
});

/** `revokeUserAccess`: all or nothing; a role not held is a 409. */
export const atlassianRevokeProductRoles = (
  orgId: string,
  accountId: string,
  roles: AtlassianProductRoleRequest['roles'],
): VendorWrite => ({
  operation: 'revokeUserAccess',
  method: 'POST',
  path: `${orgUser(orgId, accountId)}/roles/revoke`,
  body: { roles } satisfies AtlassianProductRoleRequest,
});

/**
 * `inviteUsers`: adds each email to the directory (creating the account when none exists), then the
 * groups and product roles. Emails that cannot be invited come back under `failed` in a 200.
 */
export const atlassianInviteUsers = (orgId: string, request: AtlassianInviteUsersRequest): VendorWrite => ({
  operation: 'inviteUsers',
  method: 'POST',
  path: `/v2/orgs/${seg(orgId)}/users/invite`,
  body: request,
});

/**
 * Atlassian Admin API policy writes (specs/atlassian-admin.yaml).
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-policies/#api-v1-orgs-orgid-policies-policyid-put
 */
export type AtlassianPolicyUpdateRequest = components['schemas']['AtlassianPolicyUpdateRequest'];

/** `updatePolicy` (PUT): changes the fields sent; `attributes` keys replace stored keys of the same name. */
export const atlassianUpdatePolicy = (
  orgId: string,
  policyId: string,
  request: AtlassianPolicyUpdateRequest,
): VendorWrite => ({
  operation: 'updatePolicy',
  method: 'PUT',
  path: `/v1/orgs/${seg(orgId)}/policies/${seg(policyId)}`,
  body: request,
});
