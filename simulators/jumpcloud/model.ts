/**
 * The JumpCloud provider (MSP) tenant the simulator serves, in JumpCloud's own field names
 * (https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers), so routes hand records out as they are.
 * Secrets (ConnectWise privateKey, Syncro apiToken, Autotask secret) live only in `credentials`,
 * which no route ever serialises.
 */

export type IntegrationType = 'connectwise' | 'syncro' | 'autotask';
export const integrationTypes: readonly IntegrationType[] = ['connectwise', 'syncro', 'autotask'];

export interface IdName {
  id: string;
  name: string;
}

export interface JumpCloudProvider {
  id: string;
  name: string;
  disallowOrgCreation: boolean;
}

export interface JumpCloudRole {
  id: string;
  name: string;
}

export interface JumpCloudAdministrator {
  id: string;
  email: string;
  firstname: string;
  lastname: string;
  role: string;
  roleName: string;
  enableMultiFactor: boolean;
  registered: boolean;
  suspended: boolean;
  organizationAccessTotal: number;
}

export interface JumpCloudOrganization {
  id: string;
  name: string;
  maxSystemUsers: number;
}

export interface PsaCompanyType {
  id: number;
  name: string;
}

export interface ConnectWiseAgreement {
  id: string;
  name: string;
  companyId: string;
}

export interface AutotaskContract {
  id: string;
  name: string;
  companyId: string;
}

export interface AutotaskService {
  id: string;
  name: string;
  contractId: string;
}

export interface AutotaskContractField {
  name: string;
  values: { label: string; value: string }[];
}

/** Syncro billing dependencies: schedules, each with its line items. */
export interface SyncroBillingOption {
  name: string;
  values: { label: string; value: number; lines?: { label: string; value: number }[] }[];
}

/** One row of an integration's mapping table: a JumpCloud organization linked to a PSA company. */
export interface IntegrationMapping {
  organization: IdName;
  company: IdName;
  /** ConnectWise only. */
  agreement?: IdName;
  addition?: IdName;
  /** Autotask only. */
  contract?: IdName;
  service?: IdName & { nonBillableUsers?: number };
  /** Syncro only: the billing schedule and line item the org's seats are billed on. */
  billingConfigurations?: { fields: Record<string, { value: string | number }> };
  lastSyncDateTime?: string;
  lastSyncStatus?: string;
}

export interface IntegrationSyncError {
  errorType: string;
  message: string;
  orgId: string;
  timestamp: string;
}

export interface IntegrationSettings {
  automaticTicketing: boolean;
  /** ConnectWise and Autotask only. */
  companyTypeIds?: number[];
}

export interface JumpCloudIntegration {
  id: string;
  type: IntegrationType;
  /** Public configuration, as GET returns it (url/companyId, subdomain, username). */
  config: Record<string, string>;
  /** Write-only secrets: accepted on create/update, never returned. */
  credentials: Record<string, string>;
  isMspAuthConfigured: boolean;
  settings: IntegrationSettings;
  companies: IdName[];
  companyTypes: PsaCompanyType[];
  agreements: ConnectWiseAgreement[];
  /** Agreement id → its additions. */
  additions: Map<string, IdName[]>;
  contracts: AutotaskContract[];
  services: AutotaskService[];
  contractFields: AutotaskContractField[];
  billingOptions: SyncroBillingOption[];
  /** Keyed by organization id: one row per organization. */
  mappings: Map<string, IntegrationMapping>;
  syncErrors: IntegrationSyncError[];
}

export interface TicketingAlert {
  id: number;
  /** The UUID the alert-configuration routes address it by. */
  alertId: string;
  name: string;
  description: string;
  category: string;
}

/** Alert configuration per PSA type, keyed by alertId; fields follow each PSA's configuration schema. */
export type AlertConfiguration = Record<string, unknown> & { shouldCreateTickets: boolean };

export interface ConfiguredPolicyTemplate {
  id: string;
  name: string;
  policyTemplateId: string;
  values: { configFieldId: string; name: string; value: unknown }[];
}

export interface PolicyGroupTemplate {
  id: string;
  name: string;
  description: string;
  members: { id: string; name: string; policyTemplateId: string }[];
}

export interface ProviderInvoice {
  id: string;
  amountBilled: string;
  amountPaid: string;
  amountRemaining: string;
  currency: string;
  dueDate: string;
  status: string;
}

export interface SupportCase {
  caseNumber: string;
  caseSubmissionProductType: string;
  date: string;
  description: string;
  label: string;
  organization: string;
  os: string;
  reporter: string;
  reporterEmail: string;
  status: string;
  subject: string;
}

export interface BillingDetails {
  assignedLicenses: number;
  contractType: string;
  hasContract: boolean;
  products: { name: string; capabilities: string[]; includedLicenses: number; purchasedLicenses: number }[];
}

/**
 * Another MSP's provider, which JumpCloud knows but this API key's administrators are not associated
 * with: its ID and its integrations' UUIDs answer 403 ("You must be associated to the provider"),
 * where IDs JumpCloud does not know at all answer 404.
 */
export interface ForeignProvider {
  id: string;
  integrationIds: Record<IntegrationType, string>;
}

export interface JumpCloudData {
  provider: JumpCloudProvider;
  foreignProvider: ForeignProvider;
  roles: JumpCloudRole[];
  administrators: JumpCloudAdministrator[];
  organizations: JumpCloudOrganization[];
  integrations: JumpCloudIntegration[];
  ticketingAlerts: TicketingAlert[];
  alertConfigurations: Record<IntegrationType, Map<string, AlertConfiguration>>;
  configuredPolicyTemplates: ConfiguredPolicyTemplate[];
  policyGroupTemplates: PolicyGroupTemplate[];
  invoices: ProviderInvoice[];
  cases: SupportCase[];
  billingDetails: BillingDetails;
  /** Contract start date, printed on the contract document. */
  contractStartDate: string;
}
