import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient } from '../http/vendor-client.js';
import type {
  AtlassianDirectory,
  AtlassianDomain,
  AtlassianEvent,
  AtlassianGroup,
  AtlassianGroupMember,
  AtlassianOrganization,
  AtlassianPage,
  AtlassianPolicy,
  AtlassianPolicyType,
  AtlassianRoleAssignmentList,
  AtlassianUser,
  AtlassianUserCount,
} from './types.js';

/**
 * One typed method per Atlassian Admin API operation AdminGraph reads (operation names are the
 * spec's operationIds). Paths are relative to the Admin API base, `https://api.atlassian.com/admin`.
 * Docs: https://developer.atlassian.com/cloud/admin/organization/rest/intro/
 */
export class AtlassianAdminClient {
  constructor(private readonly http: VendorClient) {}

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-get */
  getOrganizations(cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianOrganization>>({
      operation: 'getOrganizations',
      path: '/v1/orgs',
      query: { cursor },
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-orgid-get */
  getOrganizationById(orgId: string) {
    return this.http.request<AtlassianOrganization | undefined>({
      operation: 'getOrganizationById',
      path: `/v1/orgs/${seg(orgId)}`,
      allowNotFound: true,
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-directory/ (v2 directory users: carry the suspension) */
  getDirectoryUsers(orgId: string, directoryId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianUser>>({
      operation: 'getDirectoryUsers',
      path: `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/users`,
      query: { cursor },
    });
  }

  /** `getOrganizationUsers`: the org's managed accounts (account_status, product access), cursor-paged. */
  getOrganizationUsers(orgId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianUser>>({
      operation: 'getOrganizationUsers',
      path: `/v1/orgs/${seg(orgId)}/users`,
      query: { cursor },
    });
  }

  /** `getDirectoryUser`: one account of a directory; undefined on 404. */
  getDirectoryUser(orgId: string, directoryId: string, accountId: string) {
    return this.http.request<AtlassianUser | undefined>({
      operation: 'getDirectoryUser',
      path: `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/users/${seg(accountId)}`,
      allowNotFound: true,
    });
  }

  /** `getDomainById`; undefined on 404. */
  getDomainById(orgId: string, domainId: string) {
    return this.http.request<AtlassianDomain | undefined>({
      operation: 'getDomainById',
      path: `/v1/orgs/${seg(orgId)}/domains/${seg(domainId)}`,
      allowNotFound: true,
    });
  }

  getDirectoryUserCount(orgId: string, directoryId: string) {
    return this.http.request<AtlassianUserCount | undefined>({
      operation: 'getDirectoryUserCount',
      path: `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/users/count`,
      allowNotFound: true,
    });
  }

  /** The org role and every product role of one account: Atlassian has no batch form of this call. */
  getUserRoleAssignments(orgId: string, directoryId: string, accountId: string) {
    return this.http.request<AtlassianRoleAssignmentList | undefined>({
      operation: 'getUserRoleAssignments',
      path: `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/users/${seg(accountId)}/role-assignments`,
      allowNotFound: true,
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/#api-v1-orgs-orgid-domains-get */
  getOrganizationDomains(orgId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianDomain>>({
      operation: 'getOrganizationDomains',
      path: `/v1/orgs/${seg(orgId)}/domains`,
      query: { cursor },
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-policies/#api-v1-orgs-orgid-policies-get */
  getOrganizationPolicies(orgId: string, options: { cursor?: string; type?: AtlassianPolicyType }) {
    return this.http.request<AtlassianPage<AtlassianPolicy>>({
      operation: 'getOrganizationPolicies',
      path: `/v1/orgs/${seg(orgId)}/policies`,
      query: { type: options.type, cursor: options.cursor },
    });
  }

  getPolicyById(orgId: string, policyId: string) {
    return this.http.request<AtlassianPolicy | undefined>({
      operation: 'getPolicyById',
      path: `/v1/orgs/${seg(orgId)}/policies/${seg(policyId)}`,
      allowNotFound: true,
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-events/#api-v1-orgs-orgid-events-get */
  getOrganizationEvents(
    orgId: string,
    options: { cursor?: string; from?: string; to?: string; action?: string },
  ) {
    return this.http.request<AtlassianPage<AtlassianEvent>>({
      operation: 'getOrganizationEvents',
      path: `/v1/orgs/${seg(orgId)}/events`,
      query: { from: options.from, to: options.to, action: options.action, cursor: options.cursor },
    });
  }

  /** `getEventById`: https://developer.atlassian.com/cloud/admin/organization/rest/api-group-events/ */
  getEventById(orgId: string, eventId: string) {
    return this.http.request<AtlassianEvent | undefined>({
      operation: 'getEventById',
      path: `/v1/orgs/${seg(orgId)}/events/${seg(eventId)}`,
      allowNotFound: true,
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-groups/ */
  getOrganizationGroups(orgId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianGroup>>({
      operation: 'getOrganizationGroups',
      path: `/v1/orgs/${seg(orgId)}/groups`,
      query: { cursor },
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-directory/#api-v2-orgs-orgid-directories-get */
  getDirectories(orgId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianDirectory>>({
      operation: 'getDirectories',
      path: `/v2/orgs/${seg(orgId)}/directories`,
      query: { cursor },
    });
  }

  /** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-groups/ (v2 group memberships) */
  getGroupMemberships(orgId: string, directoryId: string, groupId: string, cursor?: string) {
    return this.http.request<AtlassianPage<AtlassianGroupMember>>({
      operation: 'getGroupMemberships',
      path: `/v2/orgs/${seg(orgId)}/directories/${seg(directoryId)}/groups/${seg(groupId)}/memberships`,
      query: { cursor },
    });
  }
}
