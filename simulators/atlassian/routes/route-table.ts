import type { RouteHandler, Router } from '../../core/router.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type AddRoute = (method: HttpMethod, path: string, operationId: string, handler: RouteHandler) => void;

/**
 * Registers each operation twice: at the spec's paths (`/v1/orgs`, the simulator's base URL standing
 * in for `https://api.atlassian.com/admin`) and under `/admin` (for a client whose base URL is the
 * bare host, as Atlassian's real URLs are `https://api.atlassian.com/admin/v1/orgs`).
 */
export function atlassianRouteTable(router: Router): AddRoute {
  return (method, path, operationId, handler) => {
    router.add(method, path, operationId, handler);
    router.add(method, `/admin${path}`, operationId, handler);
  };
}
