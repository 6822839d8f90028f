import type {
  AtlassianAccountModel,
  BetterCloudAccountModel,
  JumpCloudAccountModel,
  SnowAccountModel,
} from './model/account.js';
import type {
  ApplicationModel,
  AtlassianOrganizationModel,
  AuditEventModel,
  DiscoverySourceModel,
  GroupMembershipModel,
  GroupModel,
  IntegrationModel,
  PolicyModel,
  ProviderModel,
  ProviderOrganizationModel,
  RoleAssignmentModel,
  SaasSubscriptionModel,
  ScimIdentityModel,
  WorkflowModel,
} from './model/catalog.js';
import type {
  AdministratorModel,
  DirectoryModel,
  DomainModel,
  InvoiceModel,
  ProviderBillingModel,
  PsaAgreementModel,
  PsaCompanyModel,
  AlertConfigurationModel,
  SyncErrorModel,
  IntegrationMappingModel,
  IntegrationSettingsModel,
  SupportCaseModel,
  UserKpisModel,
  PsaCompanyTypeModel,
} from './model/vendor-objects.js';

/**
 * What each vendor datasource offers the resolvers. One instance per GraphQL request (built in the
 * context factory over the process-wide transports), so DataLoaders inside never outlive a request.
 *
 * Conventions:
 * - `Window<T>` is one slice of a vendor list: the items from an offset and the vendor's total.
 *   Methods taking `(offset, limit)` read exactly that window with as few vendor calls as the dialect allows.
 * - `listAll*` walk a whole list with the vendor's largest page size (for the identity index and
 *   small catalogues). `find*`/`get*` return undefined when the vendor says 404.
 * - Every failure is a `VendorError`/`NotFoundError` from `common/errors.ts`, thrown by the HTTP core.
 */
export interface Window<T> {
  items: T[];
  total: number;
}

/**
 * One page of a vendor list paged by an opaque vendor cursor (Atlassian): the page's items, the
 * vendor cursor of the page after it (absent on the last page) and the vendor's total when it sends one.
 */
export interface VendorCursorPage<T> {
  items: T[];
  nextCursor?: string;
  total?: number;
}

/** A sort the vendor applies: one of the list's sortable fields (named as in the schema) and a direction. */
export interface ListSort<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

/** Filters and sorts of the vendor-paged lists, pushed down to the vendor (never applied in memory). */
export interface WorkflowQuery {
  status?: 'ACTIVE' | 'INACTIVE' | 'DRAFT';
}

export interface AdministratorQuery {
  /** Exact; normalized (trimmed, lower case) before it is sent. */
  email?: string;
  /** Exact role name. */
  role?: string;
  sort?: ListSort<'EMAIL' | 'LAST_NAME'>;
}

export interface ProviderOrganizationQuery {
  /** Case-insensitive part of the name. */
  nameContains?: string;
  sort?: ListSort<'NAME'>;
}

export interface InvoiceQuery {
  sort?: ListSort<'DUE_DATE'>;
}

export interface AccountSource<A> {
  /** Every account of this vendor, for the identity index. */
  listAllAccounts(): Promise<A[]>;
  /** Accounts whose email matches (normalized), pushed down to the vendor's filter where it has one. */
  findAccountsByEmail(email: string): Promise<A[]>;
}

export interface BetterCloudDatasource extends AccountSource<BetterCloudAccountModel> {
  listGroups(offset: number, limit: number): Promise<Window<GroupModel>>;
  getGroup(groupId: string): Promise<GroupModel | undefined>;
  listGroupMembers(groupId: string, offset: number, limit: number): Promise<Window<GroupMembershipModel>>;
  /** Group memberships of these people (normalized emails), one list per email, in order. */
  membershipsOf(emails: readonly string[]): Promise<GroupMembershipModel[][]>;
  listWorkflows(offset: number, limit: number, query?: WorkflowQuery): Promise<Window<WorkflowModel>>;
  getWorkflow(workflowId: string): Promise<WorkflowModel | undefined>;
  /** Newest first. `targetEmail` pushes down to the vendor's filter where it has one. */
  listEvents(offset: number, limit: number, filter: EventFilter): Promise<Window<AuditEventModel>>;
  listIntegrations(): Promise<IntegrationModel[]>;
  /** BetterCloud cannot fetch one event by ID: read the events of its instant (`from` = `to`) and pick it. */
  findEvent(eventId: string, occurredAt: string): Promise<AuditEventModel | undefined>;
}

export interface EventFilter {
  from?: string;
  to?: string;
  targetEmail?: string;
  /** The vendor's own user ID of the target, when the caller already knows it (saves a lookup). */
  targetUserId?: string;
}

export interface AtlassianDatasource extends AccountSource<AtlassianAccountModel> {
  listOrganizations(): Promise<AtlassianOrganizationModel[]>;
  getOrganization(orgId: string): Promise<AtlassianOrganizationModel | undefined>;
  listDomains(orgId: string): Promise<DomainModel[]>;
  listDirectories(orgId: string): Promise<DirectoryModel[]>;
  /** Org and product roles of these accounts, one list per account ID, in order. */
  roleAssignmentsOf(accountIds: readonly string[]): Promise<RoleAssignmentModel[][]>;
  listPolicies(orgId: string, filter: { kind?: PolicyModel['kind'] }): Promise<PolicyModel[]>;
  getPolicy(orgId: string, policyId: string): Promise<PolicyModel | undefined>;
  listGroups(orgId: string): Promise<GroupModel[]>;
  /**
   * One page of an Atlassian group's members (the group as `listGroups` returned it), paged with
   * Atlassian's own cursor (undefined for the first page); `total` is the vendor's member count.
   */
  listGroupMembers(
    group: GroupModel,
    cursor: string | undefined,
  ): Promise<VendorCursorPage<GroupMembershipModel>>;
  /**
   * Events newest first, paged with Atlassian's own cursor: `cursor` is the vendor cursor to resume
   * from (undefined for the first page); the answer carries the next vendor cursor and, when the
   * vendor sends it, how many events match the filter.
   */
  getEvent(orgId: string, eventId: string): Promise<AuditEventModel | undefined>;
  listEventsPage(
    orgId: string,
    cursor: string | undefined,
    filter: EventFilter,
  ): Promise<VendorCursorPage<AuditEventModel>>;
}

export interface ScimDatasource {
  /** Every SCIM identity with its group references, for the identity index. */
  listAllIdentities(): Promise<ScimIdentityModel[]>;
  /** `userName eq` (case-insensitive, as SCIM matches userName). */
  findIdentityByEmail(email: string): Promise<ScimIdentityModel | undefined>;
  listGroups(offset: number, limit: number, filter: { name?: string }): Promise<Window<GroupModel>>;
  getGroup(groupId: string): Promise<GroupModel | undefined>;
  listGroupMembers(groupId: string, offset: number, limit: number): Promise<Window<GroupMembershipModel>>;
}

export interface SnowDatasource extends AccountSource<SnowAccountModel> {
  /** Subscriptions of these Snow users, one list per user ID, in order (one call per user: Snow has no batch endpoint). */
  subscriptionsOf(snowUserIds: readonly string[]): Promise<SaasSubscriptionModel[][]>;
  applicationsOf(snowUserIds: readonly string[]): Promise<ApplicationModel[][]>;
  discoverySourcesOf(snowUserIds: readonly string[]): Promise<DiscoverySourceModel[][]>;
  listApplications(offset: number, limit: number): Promise<Window<ApplicationModel>>;
  /** Every paid seat in the company, with as few calls as Snow allows (for licenseWaste and spend). */
  listAllSubscriptions(): Promise<SaasSubscriptionModel[]>;
  userKpis(): Promise<UserKpisModel>;
}

export interface JumpCloudDatasource extends AccountSource<JumpCloudAccountModel> {
  getProvider(): Promise<ProviderModel>;
  /** A filter value JumpCloud cannot match literally (empty, or holding its unescapable `*`) is a BAD_USER_INPUT. */
  listAdministrators(
    offset: number,
    limit: number,
    query?: AdministratorQuery,
  ): Promise<Window<AdministratorModel>>;
  /** An empty `nameContains` is a BAD_USER_INPUT. */
  listOrganizations(
    offset: number,
    limit: number,
    query?: ProviderOrganizationQuery,
  ): Promise<Window<ProviderOrganizationModel>>;
  listAllOrganizations(): Promise<ProviderOrganizationModel[]>;
  listInvoices(offset: number, limit: number, query?: InvoiceQuery): Promise<Window<InvoiceModel>>;
  listCases(offset: number, limit: number): Promise<Window<SupportCaseModel>>;
  billing(): Promise<ProviderBillingModel>;
  listIntegrations(): Promise<IntegrationModel[]>;
  getIntegration(integrationId: string): Promise<IntegrationModel | undefined>;
  settings(integration: IntegrationModel): Promise<IntegrationSettingsModel | undefined>;
  listMappings(
    integration: IntegrationModel,
    offset: number,
    limit: number,
  ): Promise<Window<IntegrationMappingModel>>;
  listCompanies(
    integration: IntegrationModel,
    offset: number,
    limit: number,
  ): Promise<Window<PsaCompanyModel>>;
  companyTypes(integration: IntegrationModel): Promise<PsaCompanyTypeModel[]>;
  agreements(integration: IntegrationModel): Promise<PsaAgreementModel[]>;
  alertConfigurations(integration: IntegrationModel): Promise<AlertConfigurationModel[]>;
  listSyncErrors(
    integration: IntegrationModel,
    offset: number,
    limit: number,
  ): Promise<Window<SyncErrorModel>>;
  listPolicies(): Promise<PolicyModel[]>;
}

export interface Datasources {
  bettercloud: BetterCloudDatasource;
  atlassian: AtlassianDatasource;
  scim: ScimDatasource;
  snow: SnowDatasource;
  jumpcloud: JumpCloudDatasource;
}
