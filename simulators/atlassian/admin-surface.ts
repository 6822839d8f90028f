import { bearerToken } from '../core/query-params.js';
import { Router } from '../core/router.js';
import type { VendorSurface } from '../core/surface.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { organizationRoutes } from './routes/organization-routes.js';
import { policyRoutes } from './routes/policy-routes.js';
import { atlassianRouteTable } from './routes/route-table.js';
import { roleRoutes } from './routes/role-routes.js';
import { userRoutes } from './routes/user-routes.js';
import type { AtlassianState } from './state.js';

const DEFAULT_TOKEN = 'dev-atlassian-token';

const errorCodes: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/**
 * The Atlassian Admin API (specs/atlassian-admin.yaml): an organization API key as a bearer token
 * (https://developer.atlassian.com/cloud/admin/organization/rest/intro/#auth), errors as the
 * vendor document's `{code, message, errors: [{code, message}]}`.
 */
export function createAdminSurface(
  state: AtlassianState,
  token = process.env.ATLASSIAN_SIM_TOKEN || DEFAULT_TOKEN,
): VendorSurface {
  const router = new Router();
  const route = atlassianRouteTable(router);
  organizationRoutes(route, state);
  userRoutes(route, state);
  roleRoutes(route, state);
  policyRoutes(route, state);
  eventRoutes(route, state);
  directoryRoutes(route, state);
  return {
    name: 'Atlassian Admin API',
    pathPrefix: '/',
    router,
    authenticate(req) {
      const presented = bearerToken(req.headers);
      if (!presented) return 'Unauthorized; an API key is required as a bearer token';
      if (presented !== token) return 'Unauthorized; the API key is not valid';
      return undefined;
    },
    errorBody(status, message, details) {
      const code =
        typeof details.errorCode === 'string'
          ? details.errorCode
          : (errorCodes[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'ERROR'));
      return { code: status, message, errors: [{ code, message }] };
    },
  };
}
