import DataLoader from 'dataloader';
import type { Datasources } from './contracts.js';

/**
 * Request-scoped DataLoaders over the datasources' batch methods: a query asking for the
 * subscriptions of 100 users makes each vendor call once per distinct key, however the
 * resolvers are nested. Never shared across requests (that would leak one caller's data to another).
 */
export function createLoaders(datasources: Datasources) {
  return {
    subscriptionsBySnowUser: new DataLoader((ids: readonly string[]) =>
      datasources.snow.subscriptionsOf(ids),
    ),
    applicationsBySnowUser: new DataLoader((ids: readonly string[]) => datasources.snow.applicationsOf(ids)),
    discoverySourcesBySnowUser: new DataLoader((ids: readonly string[]) =>
      datasources.snow.discoverySourcesOf(ids),
    ),
    roleAssignmentsByAtlassianAccount: new DataLoader((ids: readonly string[]) =>
      datasources.atlassian.roleAssignmentsOf(ids),
    ),
    betterCloudMembershipsByEmail: new DataLoader((emails: readonly string[]) =>
      datasources.bettercloud.membershipsOf(emails),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
