import type { VendorDocument } from './http/vendor-client.js';
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
  AlertConfigurationOptionsModel,
  SyncroBillingOptionListModel,
  TicketingAlertModel,
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
  /** Compare text ignoring case (JumpCloud `sortIgnoreCase`). */
  ignoreCase?: boolean;
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
  /** Case-insensitive part of the email. */
  emailContains?: string;
  suspended?: boolean;
  sort?: ListSort<'EMAIL' | 'LAST_NAME'>;
  /** JumpCloud record fields to read (`fields`); all when absent. Not part of the cursor scope: it changes no offset. */
  fields?: readonly string[];
}

export interface ProviderOrganizationQuery {
  /** Case-insensitive part of the name. */
  nameContains?: string;
  sort?: ListSort<'NAME'>;
  /** JumpCloud record fields to read (`fields`); all when absent. */
  fields?: readonly string[];
}

export interface InvoiceQuery {
  /** The graph's status word (`OPEN`, `PARTIALLY_PAID`, `PAID`). */
  status?: string;
  /** ISO instants; compared by calendar day (JumpCloud's due dates are days). */
  dueAfter?: string;
  dueBefore?: string;
  sort?: ListSort<'DUE_DATE'>;
}

export interface SupportCaseQuery {
  status?: string;
  subjectContains?: string;
  createdAfter?: string;
  sort?: ListSort<'CREATED_AT' | 'SUBJECT' | 'STATUS'>;
}

/** PSA lists by name (companies, agreements, additions). */
export interface PsaNameQuery {
  nameContains?: string;
  id?: string;
  sort?: ListSort<'NAME' | 'ID'>;
  /** JumpCloud record fields to read (`fields`); all when absent. */
  fields?: readonly string[];
}

export interface PsaAgreementQuery {
  nameContains?: string;
  companyId?: string;
  additionNameContains?: string;
  sort?: ListSort<'NAME' | 'ID'>;
  /** JumpCloud `fields` of the agreements and of their additions; all when absent. */
  fields?: readonly string[];
  additionFields?: readonly string[];
}

export interface IntegrationMappingQuery {
  organizationId?: string;
  companyId?: string;
  lastSyncStatus?: string;
  sort?: ListSort<'ORGANIZATION_NAME' | 'COMPANY_NAME' | 'LAST_SYNC_AT'>;
  /** The `IntegrationMapping` fields the query selects: the datasource asks JumpCloud for only their records' fields. */
  selected?: readonly string[];
}

/** `accounts(vendor:, filter:, sort:)`: what each vendor is asked to filter and sort by. */
export interface AccountQuery {
  email?: string;
  emailContains?: string;
  status?: 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED';
  department?: string;
  lastActiveAfter?: string;
  lastActiveBefore?: string;
  sort?: ListSort<'EMAIL' | 'DISPLAY_NAME' | 'LAST_ACTIVE' | 'MONTHLY_COST'>;
}

/** Filters and sorts of one Snow user's lists (applications, subscriptions, discovery sources). */
export interface SnowApplicationQuery {
  nameContains?: string;
  softwareVendor?: string;
  lastActiveAfter?: string;
  sort?: ListSort<'NAME' | 'SOFTWARE_VENDOR' | 'LAST_ACTIVE'>;
}
export interface SnowSubscriptionQuery {
  nameContains?: string;
  applicationContains?: string;
  minMonthlyCost?: number;
  lastActiveBefore?: string;
  sort?: ListSort<'NAME' | 'MONTHLY_COST' | 'LAST_ACTIVE'>;
}
export interface SnowDiscoverySourceQuery {
  nameContains?: string;
  type?: number;
  sort?: ListSort<'NAME' | 'CREATED_AT'>;
}

/** A vendor document passed through as bytes (billing contract, invoice PDF). */
export type VendorDocumentModel = VendorDocument;

export interface AccountSource<A> {
  /** Every account of this vendor, for the identity index. */
  listAllAccounts(): Promise<A[]>;
  /**
   * The calls of `listAllAccounts`, each page's accounts handed to `take` as it arrives (in any
   * order) and kept nowhere else: the identity walk writes them away page by page.
   */
  eachAccountPage(take: (accounts: A[]) => void | Promise<void>): Promise<void>;
  /** Accounts whose email matches (normalized), pushed down to the vendor's filter where it has one. */
  findAccountsByEmail(email: string): Promise<A[]>;
  /** One account by the vendor's own ID, with the vendor's by-ID read where it has one; undefined when unknown. */
  getAccount(externalId: string): Promise<A | undefined>;
}

/** A vendor whose account list pages by offset and filters or sorts (BetterCloud, Snow, JumpCloud). */
export interface FilterableAccountSource<A> extends AccountSource<A> {
  /**
   * A window of the vendor's account list with `query` done by the vendor. A condition or sort the
   * vendor cannot apply is a BAD_USER_INPUT (never applied here in memory).
   */
  listAccounts(offset: number, limit: number, query: AccountQuery): Promise<Window<A>>;
}

export interface BetterCloudDatasource extends FilterableAccountSource<BetterCloudAccountModel> {
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
  /** The vendor's event type (BetterCloud `type`, Atlassian `action`), sent as is. */
  action?: string;
  targetEmail?: string;
  /** The vendor's own user ID of the target, when the caller already knows it (saves a lookup). */
  targetUserId?: string;
}

export interface AtlassianDatasource extends AccountSource<AtlassianAccountModel> {
  /** The organization AdminGraph is configured for: its directory holds the accounts, its audit log the events. */
  readonly configuredOrgId: string;
  listOrganizations(): Promise<AtlassianOrganizationModel[]>;
  getOrganization(orgId: string): Promise<AtlassianOrganizationModel | undefined>;
  listDomains(orgId: string): Promise<DomainModel[]>;
  /** `getDomainById`; undefined when the org has no such domain. */
  getDomain(orgId: string, domainId: string): Promise<DomainModel | undefined>;
  /** One page of the org's managed accounts (`getOrganizationUsers`), paged with Atlassian's cursor. */
  listOrganizationAccountsPage(
    orgId: string,
    cursor: string | undefined,
  ): Promise<VendorCursorPage<AtlassianAccountModel>>;
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
  /** The calls of `listAllIdentities`, page by page as they arrive (see `AccountSource.eachAccountPage`). */
  eachIdentityPage(take: (identities: ScimIdentityModel[]) => void | Promise<void>): Promise<void>;
  /** `userName eq` (case-insensitive, as SCIM matches userName). */
  findIdentityByEmail(email: string): Promise<ScimIdentityModel | undefined>;
  listGroups(offset: number, limit: number, filter: { name?: string }): Promise<Window<GroupModel>>;
  getGroup(groupId: string): Promise<GroupModel | undefined>;
  listGroupMembers(groupId: string, offset: number, limit: number): Promise<Window<GroupMembershipModel>>;
}

export interface SnowDatasource extends FilterableAccountSource<SnowAccountModel> {
  /** Subscriptions of these Snow users, one list per user ID, in order (one call per user: Snow has no batch endpoint). */
  subscriptionsOf(snowUserIds: readonly string[]): Promise<SaasSubscriptionModel[][]>;
  applicationsOf(snowUserIds: readonly string[]): Promise<ApplicationModel[][]>;
  discoverySourcesOf(snowUserIds: readonly string[]): Promise<DiscoverySourceModel[][]>;
  /** One user's lists with `filter`/`sort` done by Snow (one walk each; no loader: the query is per call). */
  userApplications(snowUserId: string, query: SnowApplicationQuery): Promise<ApplicationModel[]>;
  userSubscriptions(snowUserId: string, query: SnowSubscriptionQuery): Promise<SaasSubscriptionModel[]>;
  userDiscoverySources(snowUserId: string, query: SnowDiscoverySourceQuery): Promise<DiscoverySourceModel[]>;
  listApplications(offset: number, limit: number): Promise<Window<ApplicationModel>>;
  /** Every paid seat in the company, with as few calls as Snow allows (for licenseWaste and spend). */
  listAllSubscriptions(): Promise<SaasSubscriptionModel[]>;
  /**
   * History between the dates (ISO instants; `from` defaults to 90 days before `to`), sent as
   * `fromDate`/`toDate`. `to` is required: the caller reads "now" from the gateway's clock.
   */
  userKpis(range: { from?: string; to: string }): Promise<UserKpisModel>;
}

export interface JumpCloudDatasource extends FilterableAccountSource<JumpCloudAccountModel> {
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
  /** The invoice's PDF (`providersRetrieveInvoice`); undefined when unknown. */
  invoiceDocument(invoiceId: string): Promise<VendorDocumentModel | undefined>;
  /** The billing contract's PDF (`providerBillingGetContract`). */
  contractDocument(): Promise<VendorDocumentModel | undefined>;
  listCases(offset: number, limit: number, query?: SupportCaseQuery): Promise<Window<SupportCaseModel>>;
  billing(): Promise<ProviderBillingModel>;
  ticketingAlerts(): Promise<TicketingAlertModel[]>;
  /** The option lists of the integration's PSA type; undefined when JumpCloud has none for it. */
  alertConfigurationOptions(
    integration: IntegrationModel,
  ): Promise<AlertConfigurationOptionsModel | undefined>;
  /** Syncro billing options (`filter=name:search:…` pushed down); undefined for other PSA kinds. */
  billingMappingOptions(
    integration: IntegrationModel,
    nameContains?: string,
  ): Promise<SyncroBillingOptionListModel[] | undefined>;
  /** A configured policy template by ID (its by-ID GET); a policy group template has none (listed). */
  getPolicy(externalId: string, vendorType?: string): Promise<PolicyModel | undefined>;
  listIntegrations(): Promise<IntegrationModel[]>;
  getIntegration(integrationId: string): Promise<IntegrationModel | undefined>;
  settings(integration: IntegrationModel): Promise<IntegrationSettingsModel | undefined>;
  listMappings(
    integration: IntegrationModel,
    offset: number,
    limit: number,
    query?: IntegrationMappingQuery,
  ): Promise<Window<IntegrationMappingModel>>;
  listCompanies(
    integration: IntegrationModel,
    offset: number,
    limit: number,
    query?: PsaNameQuery,
  ): Promise<Window<PsaCompanyModel>>;
  companyTypes(integration: IntegrationModel): Promise<PsaCompanyTypeModel[]>;
  /** ConnectWise agreements and their additions are filtered and sorted by JumpCloud; for Autotask and Syncro a `query` is a BAD_USER_INPUT. */
  agreements(integration: IntegrationModel, query?: PsaAgreementQuery): Promise<PsaAgreementModel[]>;
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
