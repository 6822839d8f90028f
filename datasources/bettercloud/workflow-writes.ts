import type { components } from '../../__generated__/vendors/bettercloud.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * BetterCloud workflow writes (specs/bettercloud.yaml, paths below `https://api.bettercloud.com/v1`).
 * https://developer.bettercloud.com/
 */
type Schemas = components['schemas'];

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
