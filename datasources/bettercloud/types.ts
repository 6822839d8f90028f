import type { components } from '../../__generated__/vendors/bettercloud.js';

/**
 * Raw BetterCloud Platform API v1 shapes, generated from specs/bettercloud.yaml (`npm run codegen`).
 * Vendor docs: https://developer.bettercloud.com/
 */
type Schemas = components['schemas'];

export type {
  BetterCloudMeta,
  BetterCloudUser,
  BetterCloudUserStatus,
  BetterCloudUserListResponse,
  BetterCloudUserResponse,
  BetterCloudGroup,
  BetterCloudGroupListResponse,
  BetterCloudGroupResponse,
  BetterCloudGroupRole,
  BetterCloudGroupMember,
  BetterCloudGroupMemberListResponse,
  BetterCloudWorkflow,
  BetterCloudWorkflowStatus,
  BetterCloudWorkflowListResponse,
  BetterCloudWorkflowResponse,
  BetterCloudEvent,
  BetterCloudEventListResponse,
  BetterCloudIntegration,
  BetterCloudIntegrationListResponse,
} from '../../__generated__/vendors/bettercloud.js';

/** Every paginated BetterCloud list answers this envelope: `data` and `meta.page/per_page/total`. */
export interface BetterCloudPage<T> {
  data: T[];
  meta: Schemas['BetterCloudMeta'];
}

/** The `listEvents` filters BetterCloud takes (combined with AND). */
export interface BetterCloudEventQuery {
  from?: string;
  to?: string;
  type?: string;
  userId?: string;
}
