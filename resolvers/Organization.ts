import type { OrganizationResolvers } from '../__generated__/graphql.js';

const typeByVendor = { ATLASSIAN: 'AtlassianOrganization', JUMPCLOUD: 'ProviderOrganization' } as const;

export const Organization: OrganizationResolvers = {
  __resolveType: (organization) => typeByVendor[organization.vendor],
};
