import type { ProviderOrganizationResolvers } from '../__generated__/graphql.js';
import { nodeIds } from './node-ids.js';

export const ProviderOrganization: ProviderOrganizationResolvers = {
  id: (organization) => nodeIds.providerOrganization(organization),
};
