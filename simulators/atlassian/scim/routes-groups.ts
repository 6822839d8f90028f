import type { SimRequest } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import type { ScimDirectoryState } from './directory.js';
import { parseEqualityFilter } from './list-filter.js';
import { listResponse, pageRequest } from './list-page.js';
import { patchOperations, scimBody } from './request-body.js';
import { renderGroup } from './render.js';
import { GROUP_SCHEMA } from './schema-urns.js';

type DirectoryBase = (req: SimRequest) => string;

/**
 * /scim/directory/{directoryId}/Groups: list, get, create, replace, patch (membership), delete.
 * The doc gives no operationId for get/put/patch of one group: ours follow its naming.
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-groups/
 */
export function addGroupRoutes(
  router: Router,
  directory: ScimDirectoryState,
  directoryBase: DirectoryBase,
): void {
  const base = '/scim/directory/{directoryId}/Groups';

  router
    .get(base, 'getAllGroupsFromAnActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      const page = pageRequest(req);
      const filter = parseEqualityFilter(req.query.get('filter'), ['displayName'], GROUP_SCHEMA);
      // Group displayName is caseExact=false (RFC 7643 §4.2).
      const groups = filter
        ? directory.groups.all().filter((g) => g.displayName.toLowerCase() === filter.value.toLowerCase())
        : directory.groups.all();
      return { body: listResponse(groups, page, (g) => renderGroup(directory, g, baseUrl)) };
    })
    .post(base, 'createAGroupInActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      return {
        status: 201,
        body: renderGroup(directory, directory.createGroup(scimBody(req, GROUP_SCHEMA)), baseUrl),
      };
    })
    .get(`${base}/{id}`, 'getAGroupFromAnActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      return { body: renderGroup(directory, directory.group(req.params.id), baseUrl) };
    })
    .put(`${base}/{id}`, 'updateAGroupInAnActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      directory.group(req.params.id);
      return {
        body: renderGroup(
          directory,
          directory.replaceGroup(req.params.id, scimBody(req, GROUP_SCHEMA)),
          baseUrl,
        ),
      };
    })
    .patch(`${base}/{id}`, 'patchAGroupInAnActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      directory.group(req.params.id);
      return {
        body: renderGroup(directory, directory.patchGroup(req.params.id, patchOperations(req)), baseUrl),
      };
    })
    .delete(`${base}/{id}`, 'deleteAGroup', (req) => {
      directoryBase(req);
      directory.deleteGroup(req.params.id);
      return { status: 204 };
    });
}
