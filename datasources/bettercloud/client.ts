import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient } from '../http/vendor-client.js';
import type {
  BetterCloudEventListResponse,
  BetterCloudEventQuery,
  BetterCloudGroupListResponse,
  BetterCloudGroupMemberListResponse,
  BetterCloudGroupResponse,
  BetterCloudIntegrationListResponse,
  BetterCloudUserListResponse,
  BetterCloudUserResponse,
  BetterCloudUserStatus,
  BetterCloudWorkflowListResponse,
  BetterCloudWorkflowResponse,
  BetterCloudWorkflowStatus,
} from './types.js';

/**
 * One typed method per BetterCloud Platform API v1 operation AdminGraph reads (`operation` is the
 * spec's operationId, specs/bettercloud.yaml). Paths are relative to `https://api.bettercloud.com/v1`.
 * Docs: https://developer.bettercloud.com/ (the operation named above each method).
 */
export class BetterCloudClient {
  constructor(private readonly http: VendorClient) {}

  /** `listUsers`: https://developer.bettercloud.com/ (Users). `email` matches case-insensitively, exactly. */
  listUsers(page: number, perPage: number, filter: { email?: string; status?: BetterCloudUserStatus } = {}) {
    return this.http.request<BetterCloudUserListResponse>({
      operation: 'listUsers',
      path: '/users',
      query: { page, per_page: perPage, email: filter.email, status: filter.status },
    });
  }

  /** `getUser`: https://developer.bettercloud.com/ (Users). Undefined on 404. */
  getUser(userId: string) {
    return this.http.request<BetterCloudUserResponse | undefined>({
      operation: 'getUser',
      path: `/users/${seg(userId)}`,
      allowNotFound: true,
    });
  }

  /** `listGroups`: https://developer.bettercloud.com/ (Groups). Oldest first. */
  listGroups(page: number, perPage: number) {
    return this.http.request<BetterCloudGroupListResponse>({
      operation: 'listGroups',
      path: '/groups',
      query: { page, per_page: perPage },
    });
  }

  /** `getGroup`: https://developer.bettercloud.com/ (Groups). Undefined on 404. */
  getGroup(groupId: string) {
    return this.http.request<BetterCloudGroupResponse | undefined>({
      operation: 'getGroup',
      path: `/groups/${seg(groupId)}`,
      allowNotFound: true,
    });
  }

  /** `listGroupMembers`: https://developer.bettercloud.com/ (Groups). Not paginated: the whole list in one answer. */
  listGroupMembers(groupId: string) {
    return this.http.request<BetterCloudGroupMemberListResponse | undefined>({
      operation: 'listGroupMembers',
      path: `/groups/${seg(groupId)}/members`,
      allowNotFound: true,
    });
  }

  /** `listWorkflows`: https://developer.bettercloud.com/ (Workflows). Oldest first; `status` filters. */
  listWorkflows(page: number, perPage: number, filter: { status?: BetterCloudWorkflowStatus } = {}) {
    return this.http.request<BetterCloudWorkflowListResponse>({
      operation: 'listWorkflows',
      path: '/workflows',
      query: { page, per_page: perPage, status: filter.status },
    });
  }

  /** `getWorkflow`: https://developer.bettercloud.com/ (Workflows). Undefined on 404. */
  getWorkflow(workflowId: string) {
    return this.http.request<BetterCloudWorkflowResponse | undefined>({
      operation: 'getWorkflow',
      path: `/workflows/${seg(workflowId)}`,
      allowNotFound: true,
    });
  }

  /** `listEvents`: https://developer.bettercloud.com/ (Events). Newest first; `from`/`to` inclusive. */
  listEvents(page: number, perPage: number, filter: BetterCloudEventQuery) {
    return this.http.request<BetterCloudEventListResponse>({
      operation: 'listEvents',
      path: '/events',
      query: {
        page,
        per_page: perPage,
        from: filter.from,
        to: filter.to,
        type: filter.type,
        user_id: filter.userId,
      },
    });
  }

  /** `listIntegrations`: https://developer.bettercloud.com/ (Integrations). A short list, not paginated. */
  listIntegrations() {
    return this.http.request<BetterCloudIntegrationListResponse>({
      operation: 'listIntegrations',
      path: '/integrations',
    });
  }
}
