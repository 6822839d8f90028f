import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient } from '../http/vendor-client.js';
import type { ScimGroup, ScimGroupListResponse, ScimUserListResponse } from './types.js';

/** A SCIM filter value: a JSON string literal, as RFC 7644 §3.4.2.2 quotes it. */
export const scimEq = (attribute: string, value: string) => `${attribute} eq ${JSON.stringify(value)}`;

/**
 * One typed method per SCIM operation AdminGraph reads, on one directory
 * (https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-users/).
 */
export class AtlassianScimClient {
  private readonly base: string;

  constructor(
    private readonly http: VendorClient,
    directoryId: string,
  ) {
    this.base = `/scim/directory/${seg(directoryId)}`;
  }

  getUsers(query: { startIndex: number; count: number; filter?: string }) {
    return this.http.request<ScimUserListResponse>({
      operation: 'getUsersFromAnActiveDirectory',
      path: `${this.base}/Users`,
      query: { ...query },
    });
  }

  /** https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-groups/ (members are embedded) */
  getGroups(query: { startIndex: number; count: number; filter?: string }) {
    return this.http.request<ScimGroupListResponse>({
      operation: 'getAllGroupsFromAnActiveDirectory',
      path: `${this.base}/Groups`,
      query: { ...query },
    });
  }

  getGroup(groupId: string) {
    return this.http.request<ScimGroup | undefined>({
      operation: 'getAGroupFromAnActiveDirectory',
      path: `${this.base}/Groups/${seg(groupId)}`,
      allowNotFound: true,
    });
  }
}
