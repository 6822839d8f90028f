import { STATUS_CODES } from 'node:http';
import type { Company } from '../company/company.js';
import { Router } from '../core/router.js';
import type { VendorSimulator, VendorSurface } from '../core/surface.js';
import { addAlertRoutes } from './routes/alert-routes.js';
import { addBillingRoutes } from './routes/billing-routes.js';
import { addIntegrationRoutes } from './routes/integration-routes.js';
import { addMappingRoutes } from './routes/mapping-routes.js';
import { addPolicyTemplateRoutes } from './routes/policy-template-routes.js';
import { addProviderRoutes } from './routes/provider-routes.js';
import { JumpCloudStore } from './store.js';

export const JUMPCLOUD_DEFAULT_API_KEY = 'dev-jumpcloud-key';

/**
 * JumpCloud API v2, provider (MSP) endpoints: https://console.jumpcloud.com/api/v2 served at
 * http://127.0.0.1:4104/api/v2. Contract: specs/jumpcloud.yaml.
 */
export function createJumpCloudSimulator(company: Company): VendorSimulator {
  const store = new JumpCloudStore(company);
  const apiKey = process.env.JUMPCLOUD_SIM_API_KEY ?? JUMPCLOUD_DEFAULT_API_KEY;
  const router = new Router();
  addProviderRoutes(router, store);
  addBillingRoutes(router, store);
  addPolicyTemplateRoutes(router, store);
  addIntegrationRoutes(router, store);
  addMappingRoutes(router, store);
  addAlertRoutes(router, store);

  const surface: VendorSurface = {
    name: 'JumpCloud API v2 (providers)',
    pathPrefix: '/api/v2/',
    router,
    // https://docs.jumpcloud.com/api/2.0/index.html#section/Authentication-and-Authorization
    authenticate: (req) => {
      const key = req.headers['x-api-key'];
      if (typeof key !== 'string' || key !== apiKey) return 'Unauthorized';
      // x-org-id picks one managed organization for multi-tenant admins; provider routes do not need
      // it, but one naming an organization outside this provider is refused like a bad key.
      const orgId = req.headers['x-org-id'];
      if (orgId !== undefined && !store.data.organizations.some((o) => o.id === orgId)) return 'Unauthorized';
      return undefined;
    },
    errorBody: (status, message) =>
      // The reference shows 401 as a bare {message}; every other error is JumpCloud's Error object.
      status === 401 ? { message } : { code: status, message, status: STATUS_CODES[status] ?? 'Error' },
  };

  return { vendor: 'jumpcloud', defaultPort: 4104, surfaces: [surface], state: store };
}
