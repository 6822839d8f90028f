import { objectBody } from '../../core/query-params.js';
import { renderRoleAssignments } from '../render.js';
import {
  assignOrgRole,
  grantProductRoles,
  parseOrgRole,
  parseProductRoles,
  revokeOrgRole,
  revokeProductRoles,
} from '../role-writes.js';
import type { AtlassianState } from '../state.js';
import type { AddRoute } from './route-table.js';

/**
 * Organization and product roles:
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/#api-v1-orgs-orgid-users-accountid-roles-assign-post
 */
export function roleRoutes(route: AddRoute, state: AtlassianState): void {
  const orgMember = (params: Record<string, string>) => {
    const org = state.org(params.orgId);
    return { org, member: state.member(org.directory, params.userId) };
  };

  route(
    'GET',
    '/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments',
    'getUserRoleAssignments',
    (req) => {
      const org = state.org(req.params.orgId);
      const member = state.member(state.directory(org.id, req.params.directoryId), req.params.accountId);
      return { body: renderRoleAssignments(member, org) };
    },
  );

  route('POST', '/v1/orgs/{orgId}/users/{userId}/roles/assign', 'grantUserAccess', (req) => {
    const { org, member } = orgMember(req.params);
    grantProductRoles(state, org, member, parseProductRoles(org, objectBody(req).roles, 'roles'));
    return { body: renderRoleAssignments(member, org) };
  });

  route('POST', '/v1/orgs/{orgId}/users/{userId}/roles/revoke', 'revokeUserAccess', (req) => {
    const { org, member } = orgMember(req.params);
    revokeProductRoles(state, org, member, parseProductRoles(org, objectBody(req).roles, 'roles'));
    return { body: renderRoleAssignments(member, org) };
  });

  route(
    'POST',
    '/v1/orgs/{orgId}/users/{userId}/role-assignments/assign',
    'assignOrganizationRole',
    (req) => {
      const { org, member } = orgMember(req.params);
      assignOrgRole(state, org, member, parseOrgRole(objectBody(req)));
      return { status: 204 };
    },
  );

  route(
    'POST',
    '/v1/orgs/{orgId}/users/{userId}/role-assignments/revoke',
    'revokeOrganizationRole',
    (req) => {
      const { org, member } = orgMember(req.params);
      revokeOrgRole(state, org, member, parseOrgRole(objectBody(req)));
      return { status: 204 };
    },
  );
}
