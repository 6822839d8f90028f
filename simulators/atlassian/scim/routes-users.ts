import type { SimRequest } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import { applyProjection, projectionFromQuery } from './attribute-projection.js';
import type { ScimDirectoryState } from './directory.js';
import { parseEqualityFilter } from './list-filter.js';
import { listResponse, pageRequest } from './list-page.js';
import { patchOperations, scimBody } from './request-body.js';
import { renderUser } from './render.js';
import { USER_SCHEMA } from './schema-urns.js';
import type { ScimUserRecord } from './types.js';
import { userFieldsFromResource } from './user-attributes.js';

type DirectoryBase = (req: SimRequest) => string;

/**
 * /scim/directory/{directoryId}/Users: list, get, create, replace, patch, deactivate.
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-users/
 */
export function addUserRoutes(
  router: Router,
  directory: ScimDirectoryState,
  directoryBase: DirectoryBase,
): void {
  const base = '/scim/directory/{directoryId}/Users';
  const reply = (req: SimRequest, user: ScimUserRecord, status = 200) => ({
    status,
    body: applyProjection(renderUser(directory, user, directoryBase(req)), projectionFromQuery(req)),
  });

  router
    .get(base, 'getUsersFromAnActiveDirectory', (req) => {
      const baseUrl = directoryBase(req);
      const projection = projectionFromQuery(req);
      const page = pageRequest(req);
      const filter = parseEqualityFilter(req.query.get('filter'), ['userName', 'externalId'], USER_SCHEMA);
      let users: readonly ScimUserRecord[] = directory.users.visible();
      if (filter?.attribute === 'userName') {
        // userName is caseExact=false (RFC 7643 §4.1.1): "JSmith@Example.com" matches "jsmith@example.com".
        const user = directory.users.withUserName(filter.value);
        users = user && !user.removed ? [user] : [];
      } else if (filter) {
        // externalId is caseExact (the doc: "This field is case-sensitive").
        users = users.filter((u) => u.externalId === filter.value);
      }
      return {
        body: listResponse(users, page, (u) =>
          applyProjection(renderUser(directory, u, baseUrl), projection),
        ),
      };
    })
    .post(base, 'createAUserInAnActiveDirectory', (req) => {
      directoryBase(req);
      return reply(req, directory.createUser(userFieldsFromResource(scimBody(req, USER_SCHEMA))), 201);
    })
    .get(`${base}/{userId}`, 'getAUserFromActiveDirectory', (req) => {
      directoryBase(req);
      return reply(req, directory.user(req.params.userId));
    })
    .put(`${base}/{userId}`, 'updateUserInformationInAnActiveDirectory', (req) => {
      directoryBase(req);
      directory.user(req.params.userId); // as PATCH (and PUT of a group): an unknown user is a 404 first
      return reply(
        req,
        directory.replaceUser(req.params.userId, userFieldsFromResource(scimBody(req, USER_SCHEMA))),
      );
    })
    .patch(`${base}/{userId}`, 'patchUserInformationInAnActiveDirectory', (req) => {
      directoryBase(req);
      directory.user(req.params.userId); // an unknown user is a 404 even when the body is also wrong
      return reply(req, directory.patchUser(req.params.userId, patchOperations(req)));
    })
    .delete(`${base}/{userId}`, 'deleteAUserFromAnActiveDirectory', (req) => {
      directoryBase(req);
      directory.deleteUser(req.params.userId);
      return { status: 204 };
    });
}
