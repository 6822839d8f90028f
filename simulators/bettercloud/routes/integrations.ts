import type { Router } from '../../core/router.js';
import type { BetterCloudState } from '../state.js';

/** Connected SaaS applications: https://developer.bettercloud.com/ (seed 000, tag Integrations). Not paginated in the document. */
export function integrationRoutes(router: Router, state: BetterCloudState): void {
  router.get('/v1/integrations', 'listIntegrations', () => ({ body: { data: state.integrations } }));
}
