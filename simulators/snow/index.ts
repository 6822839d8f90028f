import type { Company } from '../company/company.js';
import { bearerToken } from '../core/query-params.js';
import { Router, type RouteHandler } from '../core/router.js';
import type { VendorSimulator, VendorSurface } from '../core/surface.js';
import { SNOW_BASE_PATH } from './routes/base-path.js';
import { addSubscriptionRoutes } from './routes/subscriptions.js';
import { addTaskRoutes } from './routes/tasks.js';
import { addUserRoutes } from './routes/users.js';
import { SnowState } from './state.js';
import { createSnowViews } from './views.js';

export const SNOW_DEFAULT_PORT = 4103;
export const SNOW_DEFAULT_TOKEN = 'dev-snow-token';

/**
 * Snow Atlas SaaS consolidated view (users, subscriptions, tasks) over the seeded company.
 * Auth is a bearer token (`SNOW_SIM_TOKEN`, default `dev-snow-token`) standing in for the
 * OAuth client-credentials token Snow Atlas issues.
 */
export function createSnowSimulator(company: Company): VendorSimulator {
  const state = new SnowState(company);
  const views = createSnowViews(state.now);
  const router = new SettlingRouter(state);
  addUserRoutes(router, state, views);
  addTaskRoutes(router, state);
  addSubscriptionRoutes(router, state, views);

  const token = process.env.SNOW_SIM_TOKEN || SNOW_DEFAULT_TOKEN;
  const surface: VendorSurface = {
    name: 'Snow Atlas SaaS consolidated view',
    pathPrefix: SNOW_BASE_PATH,
    router,
    authenticate: ({ headers }) => {
      const presented = bearerToken(headers);
      if (!presented) return 'Authorization header with a bearer token is required.';
      if (presented !== token) return 'The access token is invalid or has expired.';
      return undefined;
    },
    errorBody: (status, message) => ({ error: { code: status, message } }),
  };
  return { vendor: 'snow', defaultPort: SNOW_DEFAULT_PORT, surfaces: [surface], state };
}

/** Due bulk updates apply before any route runs, so their effect shows in the next answer. */
class SettlingRouter extends Router {
  constructor(private readonly state: SnowState) {
    super();
  }

  override add(method: string, pathTemplate: string, operationId: string, handler: RouteHandler): this {
    return super.add(method, pathTemplate, operationId, (req) => {
      this.state.settleTasks();
      return handler(req);
    });
  }
}
