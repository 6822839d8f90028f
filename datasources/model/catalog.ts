import type { VendorName } from './account.js';

/** Internal models for everything that is not an account. Each mirrors a GraphQL type; resolvers derive the rest. */

export type GroupSource = 'BETTERCLOUD' | 'ATLASSIAN' | 'SCIM';
export type GroupRole = 'OWNER' | 'MANAGER' | 'MEMBER';

export interface GroupModel {
  vendor: VendorName;
  source: GroupSource;
  externalId: string;
  name: string;
  email: string | null;
  description: string | null;
  memberCount: number | null;
  createdAt: string | null;
  /** Atlassian org of an Atlassian group. */
  orgId?: string;
}

export interface GroupMembershipModel {
  group: GroupModel;
  email: string;
  role: GroupRole;
}

export interface RoleAssignmentModel {
  vendor: VendorName;
  role: string;
  resource: string | null;
}

export interface ScimIdentityModel {
  id: string;
  userName: string;
  active: boolean;
  externalId: string | null;
  groups: GroupModel[];
}

export interface SaasSubscriptionModel {
  externalId: string;
  name: string;
  applicationId: string | null;
  applicationName: string | null;
  softwareVendor: string | null;
  /** Normalized email of the holder. */
  userEmail: string;
  snowUserId: string;
  monthlyCost: number | null;
  currency: string;
  lastActiveAt: string | null;
  discoverySources: string[];
}

export interface ApplicationModel {
  externalId: string;
  name: string;
  softwareVendor: string | null;
  category: string | null;
}

export interface DiscoverySourceModel {
  id: string;
  name: string;
  type: number;
  createdAt: string | null;
}

export type PolicyKind =
  | 'IP_ALLOWLIST'
  | 'DATA_RESIDENCY'
  | 'AUTHENTICATION'
  | 'EXTERNAL_USER'
  | 'USER_SECURITY'
  | 'POLICY_TEMPLATE'
  | 'POLICY_GROUP_TEMPLATE'
  | 'OTHER';

export interface PolicyModel {
  vendor: VendorName;
  externalId: string;
  name: string;
  kind: PolicyKind;
  vendorType: string | null;
  enabled: boolean | null;
  description: string | null;
  attributes: unknown;
  resources: string[];
  orgId: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export type IntegrationKind = 'SAAS_APPLICATION' | 'CONNECTWISE' | 'SYNCRO' | 'AUTOTASK';

export interface IntegrationModel {
  vendor: VendorName;
  externalId: string;
  kind: IntegrationKind;
  name: string;
  status: string | null;
  connectedAt: string | null;
  endpoint: string | null;
  isConfigured: boolean | null;
}

export interface AtlassianOrganizationModel {
  vendor: 'ATLASSIAN';
  externalId: string;
  name: string;
}

export interface ProviderOrganizationModel {
  vendor: 'JUMPCLOUD';
  externalId: string;
  name: string;
  maxSystemUsers: number | null;
}

export type OrganizationModel = AtlassianOrganizationModel | ProviderOrganizationModel;

export interface ProviderModel {
  externalId: string;
  name: string | null;
}

export interface AuditEventModel {
  vendor: VendorName;
  externalId: string;
  action: string;
  occurredAt: string;
  actor: string | null;
  /** Normalized email of the person the event is about, when known. */
  targetEmail: string | null;
  targetDescription: string | null;
  description: string | null;
  /** The Atlassian organization whose audit log holds the event (needed to fetch it again). */
  orgId?: string;
}

export interface WorkflowModel {
  externalId: string;
  name: string;
  description: string | null;
  status: string;
  triggerType: string;
  actionCount: number | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** What every connection resolver returns; `extra` carries connection-level fields such as totals. */
export interface ConnectionModel<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

export interface MoneyModel {
  amount: number;
  currency: string;
}

export type WasteReason = 'HOLDER_SUSPENDED' | 'HOLDER_DEPROVISIONED' | 'INACTIVE';

export interface LicenseWasteModel {
  subscription: SaasSubscriptionModel;
  reasons: WasteReason[];
}

/** What the wasted seats of a group cost under `licenseWaste`'s rule with this window (days). */
export type WastedSeatCost = (inactiveDays: number) => MoneyModel;

export interface SpendBucketModel {
  key: string;
  monthlyCost: MoneyModel;
  seats: number;
  wastedSeatCost: WastedSeatCost;
}

export interface SpendModel {
  groupBy: 'SOFTWARE_VENDOR' | 'APPLICATION' | 'DEPARTMENT';
  buckets: SpendBucketModel[];
  total: MoneyModel;
  wastedSeatCost: WastedSeatCost;
}
