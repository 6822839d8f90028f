import type { SimRequest } from '../../core/http-types.js';
import { bearerToken } from '../../core/query-params.js';
import { Router } from '../../core/router.js';
import type { VendorSurface } from '../../core/surface.js';
import type { ScimDirectoryState } from './directory.js';
import { SeededRandom } from '../../core/random.js';
import { atlassianScimErrorRenderer, resourceNotFound } from './errors.js';
import { directoryBaseUrl } from './render.js';
import { addDiscoveryRoutes } from './routes-discovery.js';
import { addGroupRoutes } from './routes-groups.js';
import { addUserRoutes } from './routes-users.js';

/** The directory API key: `ATLASSIAN_SIM_SCIM_TOKEN`, else the Atlassian simulator's token, else the dev default. */
export function scimToken(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLASSIAN_SIM_SCIM_TOKEN || env.ATLASSIAN_SIM_TOKEN || 'dev-atlassian-token';
}

/**
 * Atlassian's user provisioning (SCIM 2.0) API for one directory, served under `/scim/`.
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/
 */
export function createScimSurface(directory: ScimDirectoryState): VendorSurface {
  const token = scimToken();
  // Every route first checks the path's directory: any other directoryId is a 404 (the doc: "Directory does not exist").
  const directoryBase = (req: SimRequest) => {
    if (req.params.directoryId !== directory.directoryId)
      throw resourceNotFound(`Directory "${req.params.directoryId}" does not exist`);
    return directoryBaseUrl(req.headers, directory.directoryId);
  };
  const router = new Router();
  addUserRoutes(router, directory, directoryBase);
  addGroupRoutes(router, directory, directoryBase);
  addDiscoveryRoutes(router, directoryBase);

  return {
    name: 'atlassian-scim',
    pathPrefix: '/scim/',
    router,
    contentType: 'application/scim+json',
    authenticate(req) {
      const presented = bearerToken(req.headers);
      if (!presented) return 'Missing authorization header';
      return presented === token ? undefined : 'The API key is not valid for this directory';
    },
    // 401 (and 403) answer Atlassian's `Failure` body {error, traceId}; every other error is a SCIM error.
    errorBody: atlassianScimErrorRenderer(new SeededRandom(`scim-traces:${directory.directoryId}`)),
  };
}
