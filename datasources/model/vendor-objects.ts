/** Internal models of vendor objects that hang off organizations, providers and integrations. */

export interface DomainModel {
  id: string;
  name: string;
  verificationStatus: string | null;
}

export interface DirectoryModel {
  id: string;
  name: string | null;
  userCount: number | null;
}

export interface AdministratorModel {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: string | null;
  suspended: boolean;
  registered: boolean | null;
  apiKeyAllowed: boolean | null;
}

/** The provider's JumpCloud billing details: the contract and the products it covers. */
export interface ProviderBillingModel {
  hasContract: boolean;
  contractType: string;
  assignedLicenses: number;
  products: ProviderBillingProductModel[];
}

export interface ProviderBillingProductModel {
  name: string;
  capabilities: string[];
  includedLicenses: number;
  purchasedLicenses: number;
}

export interface InvoiceModel {
  id: string;
  status: string | null;
  currency: string;
  amountBilled: number | null;
  amountPaid: number | null;
  amountRemaining: number | null;
  dueDate: string | null;
}

export interface SupportCaseModel {
  id: string;
  subject: string | null;
  status: string | null;
  createdAt: string | null;
  details: unknown;
}

export interface IntegrationSettingsModel {
  automaticTicketing: boolean | null;
  companyTypeIds: string[];
}

export interface PsaCompanyModel {
  id: string;
  name: string;
}

export interface PsaCompanyTypeModel {
  id: string;
  name: string;
}

export interface PsaAdditionModel {
  id: string;
  name: string;
}

export interface PsaAgreementModel {
  id: string;
  name: string;
  companyId: string | null;
  additions: PsaAdditionModel[];
}

export interface IntegrationMappingModel {
  organizationId: string | null;
  organizationName: string | null;
  company: PsaCompanyModel;
  agreement: { id: string; name: string } | null;
  addition: PsaAdditionModel | null;
  lastSyncAt: string | null;
  lastSyncStatus: string | null;
  /** Syncro only: the schedule and line item the row bills on. */
  billingConfiguration: {
    scheduleId: number;
    scheduleName: string | null;
    lineItemId: number;
    lineItemName: string | null;
  } | null;
}

export interface AlertConfigurationModel {
  id: string;
  name: string | null;
  category: string | null;
  description: string | null;
  shouldCreateTickets: boolean;
  priority: string | null;
  dueDays: number | null;
  source: string | null;
}

export interface SyncErrorModel {
  errorType: string | null;
  message: string;
  organizationId: string | null;
  occurredAt: string | null;
}

export interface UserKpiPointModel {
  date: string;
  total: number;
  active: number;
  inactive: number;
  noActivity: number;
}

export interface UserKpisModel {
  totalUsers: number;
  activeUsers: number;
  inactiveUsers: number;
  noActivityUsers: number;
  history: UserKpiPointModel[];
}

/** One of Syncro's billing option lists (the schedules, each with its line items). */
export interface SyncroBillingOptionListModel {
  name: string;
  values: { value: number; label: string; lines: { value: number; label: string }[] }[];
}

export interface AlertResourceModel {
  id: number;
  name: string;
  roles: { label: string; value: number }[];
}

export interface AlertConfigurationOptionsModel {
  options: { name: string; values: { label: string; value: number }[] }[];
  resources: AlertResourceModel[];
}

export interface TicketingAlertModel {
  id: string;
  name: string;
  description: string | null;
  category: string | null;
}
