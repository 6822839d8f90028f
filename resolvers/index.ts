import type { Resolvers } from '../__generated__/graphql.js';
import { Account, AtlassianAccount, BetterCloudAccount, JumpCloudAccount, SnowAccount } from './Account.js';
import { AuditEvent } from './AuditEvent.js';
import { AtlassianOrganization } from './AtlassianOrganization.js';
import { Group } from './Group.js';
import { GroupMembership } from './GroupMembership.js';
import { Organization } from './Organization.js';
import { Policy } from './Policy.js';
import { groupsQuery } from './query/groups.js';
import { organizationsQuery } from './query/organizations.js';
import { policiesQuery } from './query/policies.js';
import { eventsQuery } from './query/events.js';
import { nodeQuery } from './query/node.js';
import { usersQuery } from './query/users.js';
import { accountsQuery } from './query/accounts.js';
import { auditLogQuery } from './query/audit-log.js';
import { userLifecycleMutations } from './mutation/user-lifecycle.js';
import { accessMutations } from './mutation/access.js';
import { integrationMutations } from './mutation/integrations.js';
import { workflowMutations } from './mutation/workflows.js';
import { subscriptionsQuery } from './query/subscriptions.js';
import { Application } from './Application.js';
import { LicenseWaste } from './LicenseWaste.js';
import { Spend } from './Spend.js';
import { vendorIdResolvers } from './vendor-ids.js';
import { SpendBucket } from './SpendBucket.js';
import { SaasSubscription } from './SaasSubscription.js';
import { workflowsQuery } from './query/workflows.js';
import { Administrator } from './Administrator.js';
import { Integration } from './Integration.js';
import { IntegrationMapping } from './IntegrationMapping.js';
import { Invoice } from './Invoice.js';
import { Provider } from './Provider.js';
import { ProviderOrganization } from './ProviderOrganization.js';
import { integrationsQuery } from './query/integrations.js';
import { providerQuery } from './query/provider.js';
import { DateTime, JSONScalar } from './scalars.js';
import { User } from './User.js';
import { Change } from './Change.js';
import { PrivilegedHolder } from './PrivilegedHolder.js';
import { governanceQuery } from './query/governance.js';
import { Workflow } from './Workflow.js';
import { VendorActionResult } from './VendorActionResult.js';

/** The resolver map: one module per GraphQL type, root fields grouped by domain under `query/`. */
export const resolvers: Resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    ...nodeQuery,
    ...usersQuery,
    ...accountsQuery,
    ...auditLogQuery,
    ...subscriptionsQuery,
    ...workflowsQuery,
    ...eventsQuery,
    ...groupsQuery,
    ...organizationsQuery,
    ...policiesQuery,
    ...integrationsQuery,
    ...providerQuery,
    ...governanceQuery,
  },
  Mutation: {
    ...userLifecycleMutations,
    ...accessMutations,
    ...integrationMutations,
    ...workflowMutations,
  },
  User,
  VendorActionResult,
  Change,
  PrivilegedHolder,
  Account,
  BetterCloudAccount,
  AtlassianAccount,
  SnowAccount,
  JumpCloudAccount,
  SaasSubscription,
  Application,
  LicenseWaste,
  Spend,
  SpendBucket,
  Workflow,
  AuditEvent,
  Group,
  GroupMembership,
  Organization,
  AtlassianOrganization,
  Policy,
  Integration,
  IntegrationMapping,
  Provider,
  ProviderOrganization,
  ...vendorIdResolvers,
  Administrator: { ...Administrator, ...vendorIdResolvers.Administrator },
  Invoice: { ...Invoice, ...vendorIdResolvers.Invoice },
};
