import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorWrite } from '../vendor-write.js';
import type { components } from '../../__generated__/vendors/bettercloud.js';

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

/**
 * BetterCloud workflow writes (specs/bettercloud.yaml, paths below `https://api.bettercloud.com/v1`).
 * https://developer.bettercloud.com/
 */

export type BetterCloudWorkflowCreateRequest = Schemas['BetterCloudWorkflowCreateRequest'];
export type BetterCloudWorkflowStatus = Schemas['BetterCloudWorkflowStatus'];
export type BetterCloudWorkflowTriggerType = Schemas['BetterCloudWorkflowTriggerType'];

export const betterCloudWorkflowStatuses: readonly BetterCloudWorkflowStatus[] = [
  'active',
  'inactive',
  'draft',
];
export const betterCloudTriggerTypes: readonly BetterCloudWorkflowTriggerType[] = [
  'manual',
  'event',
  'scheduled',
];
/** The create request's own status enum: a workflow starts active or as a draft, never inactive. */
export const betterCloudInitialStatuses = ['active', 'draft'] as const;

/** `POST /workflows` (`createWorkflow`): 201 with the workflow (no actions yet). */
export const betterCloudCreateWorkflow = (workflow: BetterCloudWorkflowCreateRequest): VendorWrite => ({
  operation: 'createWorkflow',
  method: 'POST',
  path: '/workflows',
  body: workflow,
});

/** `DELETE /workflows/{id}` (`deleteWorkflow`): 204; 404 when unknown. */
export const betterCloudDeleteWorkflow = (workflowId: string): VendorWrite => ({
  operation: 'deleteWorkflow',
  method: 'DELETE',
  path: `/workflows/${seg(workflowId)}`,
});

/** `POST /workflows/{id}/run` (`runWorkflow`): 202, run started; 409 unless active, 422 for unknown user IDs. */
export const betterCloudRunWorkflow = (workflowId: string, userIds: string[]): VendorWrite => ({
  operation: 'runWorkflow',
  method: 'POST',
  path: `/workflows/${seg(workflowId)}/run`,
  body: { user_ids: userIds },
});
