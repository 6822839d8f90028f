import type {
  ApplicationModel,
  AtlassianOrganizationModel,
  AuditEventModel,
  GroupModel,
  IntegrationModel,
  PolicyModel,
  ProviderModel,
  ProviderOrganizationModel,
  SaasSubscriptionModel,
  UserModel,
  WorkflowModel,
} from '../datasources/model/index.js';
import { toGlobalId } from '../common/global-id.js';

/**
 * The global ID of every Node type, in one place, so that `id` fields and `node(id:)` agree.
 * Each ID holds what its vendor needs to fetch the object again (e.g. the org of an Atlassian policy).
 */
export const nodeIds = {
  user: (u: Pick<UserModel, 'email'>) => toGlobalId('User', u.email),
  group: (g: GroupModel) => toGlobalId('Group', g.source, g.externalId, ...(g.orgId ? [g.orgId] : [])),
  workflow: (w: WorkflowModel) => toGlobalId('Workflow', w.externalId),
  // Atlassian policies carry their org; JumpCloud ones their template kind (which by-ID read finds them).
  policy: (p: PolicyModel) =>
    toGlobalId(
      'Policy',
      p.vendor,
      p.externalId,
      ...(p.orgId ? [p.orgId] : p.vendor === 'JUMPCLOUD' && p.vendorType ? [p.vendorType] : []),
    ),
  integration: (i: IntegrationModel) => toGlobalId('Integration', i.vendor, i.externalId),
  atlassianOrganization: (o: AtlassianOrganizationModel) =>
    toGlobalId('Organization', 'ATLASSIAN', o.externalId),
  providerOrganization: (o: ProviderOrganizationModel) =>
    toGlobalId('Organization', 'JUMPCLOUD', o.externalId),
  provider: (p: ProviderModel) => toGlobalId('Provider', p.externalId),
  auditEvent: (e: AuditEventModel) =>
    toGlobalId('AuditEvent', e.vendor, e.externalId, e.occurredAt, ...(e.orgId ? [e.orgId] : [])),
  subscription: (s: SaasSubscriptionModel) => toGlobalId('SaasSubscription', s.snowUserId, s.externalId),
  application: (a: ApplicationModel) => toGlobalId('Application', a.externalId),
};
