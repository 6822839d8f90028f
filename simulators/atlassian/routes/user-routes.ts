import { badRequest } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import { cursorPage } from '../cursor-page.js';
import type { Organization } from '../model.js';
import { renderUser } from '../render.js';
import { grantsFrom, parseProductRoles } from '../role-writes.js';
import type { AtlassianState } from '../state.js';
import { inviteToDirectory, removeFromDirectory, restoreMember, suspendMember } from '../user-writes.js';
import type { AddRoute } from './route-table.js';

const DIRECTORY_USER = '/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}';

/**
 * Managed accounts (v1) and directory users (v2):
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-directory/
 */
export function userRoutes(route: AddRoute, state: AtlassianState): void {
  const usersPage = (req: Parameters<typeof cursorPage>[0], org: Organization) => {
    const page = cursorPage(req, {
      items: org.directory.members,
      rank: (m) => m.seq,
      list: `users.${org.directory.id}`,
    });
    return { body: { ...page, data: page.data.map((m) => renderUser(m, org)) } };
  };

  route('GET', '/v1/orgs/{orgId}/users', 'getOrganizationUsers', (req) =>
    usersPage(req, state.org(req.params.orgId)),
  );

  route('GET', '/v2/orgs/{orgId}/directories/{directoryId}/users', 'getDirectoryUsers', (req) => {
    state.directory(req.params.orgId, req.params.directoryId);
    return usersPage(req, state.org(req.params.orgId));
  });

  route('GET', '/v2/orgs/{orgId}/directories/{directoryId}/users/count', 'getDirectoryUserCount', (req) => ({
    body: { data: { count: state.directory(req.params.orgId, req.params.directoryId).members.length } },
  }));

  const located = (params: Record<string, string>) => {
    const org = state.org(params.orgId);
    const member = state.member(state.directory(params.orgId, params.directoryId), params.accountId);
    return { org, member };
  };

  route('GET', DIRECTORY_USER, 'getDirectoryUser', (req) => {
    const { org, member } = located(req.params);
    return { body: renderUser(member, org) };
  });

  route('DELETE', DIRECTORY_USER, 'removeDirectoryUser', (req) => {
    const { org, member } = located(req.params);
    removeFromDirectory(state, org, member);
    return { status: 204 };
  });

  route('POST', `${DIRECTORY_USER}/suspend`, 'suspendUser', (req) => {
    const { org, member } = located(req.params);
    suspendMember(state, org, member);
    return { status: 204 };
  });

  route('POST', `${DIRECTORY_USER}/restore`, 'restoreUser', (req) => {
    const { org, member } = located(req.params);
    restoreMember(state, org, member);
    return { status: 204 };
  });

  route('POST', '/v2/orgs/{orgId}/users/invite', 'inviteUsers', (req) => {
    const org = state.org(req.params.orgId);
    const body = objectBody(req);
    const { emails, directoryId, groupIds = [], roleAssignments = [] } = body;
    if (
      !Array.isArray(emails) ||
      emails.length === 0 ||
      emails.length > 100 ||
      !emails.every((e) => typeof e === 'string')
    )
      throw badRequest('emails must be an array of 1 to 100 email addresses', {
        errorCode: 'INVALID_REQUEST',
      });
    if (directoryId !== undefined) {
      if (typeof directoryId !== 'string')
        throw badRequest('directoryId must be a string', { errorCode: 'INVALID_REQUEST' });
      state.directory(org.id, directoryId);
    }
    if (!Array.isArray(groupIds) || !groupIds.every((g) => typeof g === 'string'))
      throw badRequest('groupIds must be an array of group IDs', { errorCode: 'INVALID_REQUEST' });
    const products = grantsFrom(parseProductRoles(org, roleAssignments, 'roleAssignments'));
    return { body: { data: inviteToDirectory(state, org, { emails, groupIds, products }) } };
  });
}
