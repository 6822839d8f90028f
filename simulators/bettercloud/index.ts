import type { Company } from '../company/company.js';
import { Router } from '../core/router.js';
import type { VendorSimulator, VendorSurface } from '../core/surface.js';
import { betterCloudErrorRenderer } from './errors.js';
import { eventRoutes } from './routes/events.js';
import { groupRoutes } from './routes/groups.js';
import { integrationRoutes } from './routes/integrations.js';
import { userRoutes } from './routes/users.js';
import { workflowRoutes } from './routes/workflows.js';
import { BetterCloudState } from './state.js';

export const BETTERCLOUD_DEFAULT_API_KEY = 'dev-bettercloud-key';

/**
 * The BetterCloud Platform API v1 (`specs/bettercloud.yaml`) over the seeded company, at
 * `http://127.0.0.1:4101/v1/...`. Auth is the vendor's `X-API-Key` header; the accepted key is
 * `BETTERCLOUD_SIM_API_KEY` or `dev-bettercloud-key`.
 */
export function createBetterCloudSimulator(
  company: Company,
  apiKey = process.env.BETTERCLOUD_SIM_API_KEY || BETTERCLOUD_DEFAULT_API_KEY,
): VendorSimulator {
  const state = new BetterCloudState(company);
  const router = new Router();
  userRoutes(router, state);
  groupRoutes(router, state);
  workflowRoutes(router, state);
  eventRoutes(router, state);
  integrationRoutes(router, state);

  const surface: VendorSurface = {
    name: 'BetterCloud Platform API v1',
    pathPrefix: '/v1/',
    router,
    authenticate: ({ headers }) => {
      const presented = headers['x-api-key'];
      if (presented === undefined || presented === '') return 'Missing X-API-Key header';
      return presented === apiKey ? undefined : 'Invalid API key';
    },
    errorBody: betterCloudErrorRenderer(),
  };
  return { vendor: 'bettercloud', defaultPort: 4101, surfaces: [surface], state };
}
