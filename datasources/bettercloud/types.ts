import type { components } from '../../__generated__/vendors/bettercloud.js';

/**
 * Raw BetterCloud Platform API v1 shapes, generated from specs/bettercloud.yaml (`npm run codegen`).
 * Vendor docs: https://developer.bettercloud.com/
 */
type Schemas = components['schemas'];

export type BetterCloudMeta = Schemas['BetterCloudMeta'];
export type BetterCloudUser = Schemas['BetterCloudUser'];
export type BetterCloudUserStatus = Schemas['BetterCloudUserStatus'];
export type BetterCloudUserListResponse = Schemas['BetterCloudUserListResponse'];
export type BetterCloudUserResponse = Schemas['BetterCloudUserResponse'];
export type BetterCloudGroup = Schemas['BetterCloudGroup'];
export type BetterCloudGroupListResponse = Schemas['BetterCloudGroupListResponse'];
export type BetterCloudGroupResponse = Schemas['BetterCloudGroupResponse'];
export type BetterCloudGroupRole = Schemas['BetterCloudGroupRole'];
export type BetterCloudGroupMember = Schemas['BetterCloudGroupMember'];
export type BetterCloudGroupMemberListResponse = Schemas['BetterCloudGroupMemberListResponse'];
export type BetterCloudWorkflow = Schemas['BetterCloudWorkflow'];
export type BetterCloudWorkflowStatus = Schemas['BetterCloudWorkflowStatus'];
export type BetterCloudWorkflowListResponse = Schemas['BetterCloudWorkflowListResponse'];
export type BetterCloudWorkflowResponse = Schemas['BetterCloudWorkflowResponse'];
export type BetterCloudEvent = Schemas['BetterCloudEvent'];
export type BetterCloudEventListResponse = Schemas['BetterCloudEventListResponse'];
export type BetterCloudIntegration = Schemas['BetterCloudIntegration'];
export type BetterCloudIntegrationListResponse = Schemas['BetterCloudIntegrationListResponse'];

/** Every paginated BetterCloud list answers this envelope: `data` and `meta.page/per_page/total`. */
export interface BetterCloudPage<T> {
  data: T[];
  meta: BetterCloudMeta;
}

/** The `listEvents` filters BetterCloud takes (combined with AND). */
export interface BetterCloudEventQuery {
  from?: string;
  to?: string;
  type?: string;
  userId?: string;
}
