import { cursorPage } from '../cursor-page.js';
import { renderDirectory, renderGroupMember } from '../render.js';
import type { AtlassianState } from '../state.js';
import type { AddRoute } from './route-table.js';

/**
 * Directories and group memberships (v2), beyond the seed document:
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-directory/
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-groups/
 */
export function directoryRoutes(route: AddRoute, state: AtlassianState): void {
  route('GET', '/v2/orgs/{orgId}/directories', 'getDirectories', (req) => {
    const org = state.org(req.params.orgId);
    // Each simulated organization has one directory.
    const page = cursorPage(req, { items: [org.directory], rank: () => 0, list: `directories.${org.id}` });
    return { body: { ...page, data: page.data.map(renderDirectory) } };
  });

  route(
    'GET',
    '/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}/memberships',
    'getGroupMemberships',
    (req) => {
      const directory = state.directory(req.params.orgId, req.params.directoryId);
      const group = state.group(state.org(req.params.orgId), req.params.groupId);
      // Members keep their groups, not the other way round: the directory in join order, filtered.
      const page = cursorPage(req, {
        items: directory.members,
        rank: (m) => m.seq,
        list: `memberships.${group.id}`,
        matches: (m) => m.groups.includes(group),
      });
      return { body: { ...page, data: page.data.map(renderGroupMember) } };
    },
  );
}
