import type { components } from '../../__generated__/vendors/bettercloud.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * BetterCloud group writes (specs/bettercloud.yaml, paths below `https://api.bettercloud.com/v1`).
 * BetterCloud's API has no call to remove a member or change a member's role: only to add one.
 * https://developer.bettercloud.com/
 */
type Schemas = components['schemas'];
export type BetterCloudGroupCreateRequest = Schemas['BetterCloudGroupCreateRequest'];
export type BetterCloudGroupRole = Schemas['BetterCloudGroupRole'];

/** `POST /groups`: an empty group; an email used by another group (ignoring case) is a 409. Answers 201. */
export const betterCloudCreateGroup = (request: BetterCloudGroupCreateRequest): VendorWrite => ({
  operation: 'createGroup',
  method: 'POST',
  path: '/groups',
  body: request,
});

/** `DELETE /groups/{id}`: the group and its memberships; 204, or 404 for an unknown group. */
export const betterCloudDeleteGroup = (groupId: string): VendorWrite => ({
  operation: 'deleteGroup',
  method: 'DELETE',
  path: `/groups/${seg(groupId)}`,
});

/** `POST /groups/{id}/members`: a member already in the group is a 409, a deprovisioned user a 422. */
export const betterCloudAddGroupMember = (
  groupId: string,
  userId: string,
  role: BetterCloudGroupRole,
): VendorWrite => ({
  operation: 'addGroupMember',
  method: 'POST',
  path: `/groups/${seg(groupId)}/members`,
  body: { user_id: userId, role } satisfies Schemas['BetterCloudGroupMemberAddRequest'],
});
