import {
  normalizeEmail,
  type AccountStatus,
  type AdministratorModel,
  type AlertConfigurationModel,
  type SyncroBillingOptionListModel,
  type TicketingAlertModel,
  type IntegrationKind,
  type IntegrationMappingModel,
  type IntegrationModel,
  type IntegrationSettingsModel,
  type InvoiceModel,
  type JumpCloudAccountModel,
  type PolicyModel,
  type ProviderBillingModel,
  type ProviderModel,
  type ProviderOrganizationModel,
  type PsaAdditionModel,
  type PsaAgreementModel,
  type PsaCompanyModel,
  type PsaCompanyTypeModel,
  type SupportCaseModel,
  type SyncErrorModel,
} from '../model/index.js';
import type {
  JumpCloudAdministrator,
  JumpCloudAlertConfiguration,
  JumpCloudAutotaskContract,
  JumpCloudAutotaskService,
  JumpCloudBillingDetails,
  JumpCloudCase,
  JumpCloudCompanyType,
  JumpCloudConfiguredPolicyTemplate,
  JumpCloudConnectWiseAgreement,
  JumpCloudIdName,
  JumpCloudIntegrationConfiguration,
  JumpCloudIntegrationRef,
  JumpCloudIntegrationType,
  JumpCloudInvoice,
  JumpCloudMapping,
  JumpCloudOrganization,
  JumpCloudPolicyGroupTemplate,
  JumpCloudProvider,
  JumpCloudPsaSettings,
  JumpCloudSyncError,
  JumpCloudSyncroSettings,
  JumpCloudSyncroBillingConfigurations,
  JumpCloudSyncroBillingOption,
  JumpCloudTicketingAlert,
} from './types.js';

/** Pure JumpCloud JSON → internal model mappers. */

/** JumpCloud has one notion of state for an administrator: `suspended`. Anything else is active. */
export function jumpCloudAccountStatus(admin: Pick<JumpCloudAdministrator, 'suspended'>): AccountStatus {
  return admin.suspended === true ? 'SUSPENDED' : 'ACTIVE';
}

/** A provider administrator as the person's JumpCloud account (the identity index joins it by email). */
export function toJumpCloudAccount(admin: JumpCloudAdministrator): JumpCloudAccountModel {
  const status = jumpCloudAccountStatus(admin);
  return {
    vendor: 'JUMPCLOUD',
    externalId: admin.id,
    email: admin.email,
    normalizedEmail: normalizeEmail(admin.email),
    status,
    vendorStatus: status === 'SUSPENDED' ? 'suspended' : 'active',
    // JumpCloud reports neither a last login nor a creation date for administrators.
    lastActiveAt: null,
    createdAt: null,
    displayName: [admin.firstname, admin.lastname].filter(Boolean).join(' ') || null,
    department: null,
    title: null,
    location: null,
    role: admin.roleName || null,
    mfaEnabled: admin.enableMultiFactor ?? null,
    organizationAccessTotal: admin.organizationAccessTotal ?? null,
  };
}

/**
 * JumpCloud's billing details (`providerBillingGetDetails`), field by field: whatever else JumpCloud
 * adds to the object stays out of the graph until it is modelled.
 */
export function toProviderBilling(details: JumpCloudBillingDetails): ProviderBillingModel {
  return {
    hasContract: details.hasContract,
    contractType: details.contractType,
    assignedLicenses: details.assignedLicenses,
    products: details.products.map((product) => ({
      name: product.name,
      capabilities: [...product.capabilities],
      includedLicenses: product.includedLicenses,
      purchasedLicenses: product.purchasedLicenses,
    })),
  };
}

export function toAdministrator(admin: JumpCloudAdministrator): AdministratorModel {
  return {
    id: admin.id,
    email: admin.email,
    firstName: admin.firstname || null,
    lastName: admin.lastname || null,
    // `role` is a 24-hex role ID; `roleName` is what people read.
    role: admin.roleName || null,
    suspended: admin.suspended === true,
    registered: admin.registered ?? null,
    apiKeyAllowed: admin.apiKeyAllowed ?? null,
  };
}

export function toProvider(provider: JumpCloudProvider): ProviderModel {
  return { externalId: provider.id, name: provider.name || null };
}

export function toProviderOrganization(org: JumpCloudOrganization): ProviderOrganizationModel {
  return {
    vendor: 'JUMPCLOUD',
    externalId: org.id,
    name: org.name,
    maxSystemUsers: org.maxSystemUsers ?? null,
  };
}

const kindOfType: Record<JumpCloudIntegrationType, IntegrationKind> = {
  connectwise: 'CONNECTWISE',
  syncro: 'SYNCRO',
  autotask: 'AUTOTASK',
};

/** The PSA names JumpCloud's console shows: integration names, messages, call descriptions. */
export const psaNames: Record<JumpCloudIntegrationType, string> = {
  connectwise: 'ConnectWise',
  syncro: 'Syncro',
  autotask: 'Autotask',
};

export function toIntegrationKind(type: JumpCloudIntegrationType): IntegrationKind {
  return kindOfType[type];
}

/** The route segment of a JumpCloud PSA integration; undefined for any other kind (BetterCloud's). */
export function toIntegrationType(kind: IntegrationKind): JumpCloudIntegrationType | undefined {
  return (Object.keys(kindOfType) as JumpCloudIntegrationType[]).find((type) => kindOfType[type] === kind);
}

/**
 * Where the PSA is: ConnectWise's `url`, Syncro's account URL (https://{subdomain}.syncromsp.com,
 * https://api-docs.syncromsp.com/), Autotask's API `username`. Read field by field from the public
 * configuration so that a credential can never slip through, whatever the vendor sends.
 */
export function integrationEndpoint(
  type: JumpCloudIntegrationType,
  config: JumpCloudIntegrationConfiguration,
): string | null {
  const fields = config as Partial<Record<'url' | 'subdomain' | 'username', unknown>>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  if (type === 'connectwise') return text(fields.url);
  if (type === 'syncro') {
    const subdomain = text(fields.subdomain);
    return subdomain && `https://${subdomain}.syncromsp.com`;
  }
  return text(fields.username);
}

/**
 * A PSA integration. JumpCloud's integration list names only the ID and type; `config` (one more
 * call per integration) adds the endpoint and whether the credentials are configured. Never copies
 * a credential field (ConnectWise `privateKey`/`publicKey`, Syncro `apiToken`, Autotask `secret`).
 */
export function toIntegration(
  ref: JumpCloudIntegrationRef,
  config?: JumpCloudIntegrationConfiguration,
): IntegrationModel {
  return {
    vendor: 'JUMPCLOUD',
    externalId: ref.integrationId,
    kind: toIntegrationKind(ref.type),
    name: psaNames[ref.type],
    // JumpCloud reports neither a connection status nor a date for PSA integrations.
    status: null,
    connectedAt: null,
    endpoint: config ? integrationEndpoint(ref.type, config) : null,
    isConfigured: config?.isMspAuthConfigured ?? null,
  };
}

/** Syncro settings have no company types. PSA company type IDs are numbers; the graph's IDs are strings. */
export function toIntegrationSettings(
  settings: JumpCloudPsaSettings | JumpCloudSyncroSettings,
): IntegrationSettingsModel {
  const companyTypeIds =
    'companyTypeIds' in settings && Array.isArray(settings.companyTypeIds) ? settings.companyTypeIds : [];
  return {
    automaticTicketing: settings.automaticTicketing ?? null,
    companyTypeIds: companyTypeIds.map(String),
  };
}

/** `{}` is JumpCloud's "none" for an id/name reference. */
function reference(
  ref: { id?: string | number; name?: string } | undefined,
): { id: string; name: string } | null {
  if (!ref || ref.id === undefined || ref.id === '') return null;
  return { id: String(ref.id), name: ref.name ?? '' };
}

/**
 * One mapping row, whatever the PSA: ConnectWise bills on an agreement and addition, Autotask on a
 * contract and service (the same roles under other names); Syncro's billing schedule is no agreement.
 */
export function toIntegrationMapping(row: JumpCloudMapping): IntegrationMappingModel {
  const billing = row as {
    agreement?: JumpCloudIdName;
    addition?: JumpCloudIdName;
    contract?: JumpCloudIdName;
    service?: JumpCloudIdName;
  };
  return {
    organizationId: row.organization?.id || null,
    organizationName: row.organization?.name || null,
    company: toPsaCompany(row.company),
    agreement: reference(billing.agreement ?? billing.contract),
    addition: reference(billing.addition ?? billing.service),
    lastSyncAt: row.lastSyncDateTime || null,
    lastSyncStatus: row.lastSyncStatus || null,
    billingConfiguration: toSyncroBilling(
      (row as { billingConfigurations?: JumpCloudSyncroBillingConfigurations }).billingConfigurations,
    ),
  };
}

/** Syncro's `billingConfigurations.fields` (each `{value}`), as IDs and names; null when incomplete. */
function toSyncroBilling(
  billing: JumpCloudSyncroBillingConfigurations | undefined,
): IntegrationMappingModel['billingConfiguration'] {
  const fields = billing?.fields;
  const scheduleId = Number(fields?.schedule_id?.value);
  const lineItemId = Number(fields?.line_item_id?.value);
  if (
    !Number.isInteger(scheduleId) ||
    !Number.isInteger(lineItemId) ||
    !fields?.schedule_id ||
    !fields.line_item_id
  )
    return null;
  const text = (v: { value?: string | number } | undefined) =>
    v?.value === undefined ? null : String(v.value);
  return {
    scheduleId,
    scheduleName: text(fields.schedule_name),
    lineItemId,
    lineItemName: text(fields.line_item_name),
  };
}

export function toPsaCompany(company: JumpCloudIdName): PsaCompanyModel {
  return { id: String(company.id), name: company.name };
}

export function toPsaCompanyType(type: JumpCloudCompanyType): PsaCompanyTypeModel {
  return { id: String(type.id), name: type.name };
}

export function toPsaAddition(addition: JumpCloudIdName): PsaAdditionModel {
  return { id: String(addition.id), name: addition.name };
}

export function toConnectWiseAgreement(
  agreement: JumpCloudConnectWiseAgreement,
  additions: JumpCloudIdName[],
): PsaAgreementModel {
  return {
    id: agreement.id,
    name: agreement.name,
    companyId: agreement.companyId || null,
    additions: additions.map(toPsaAddition),
  };
}

/** Autotask contracts as agreements, each with its services (the services list names each one's contract). */
export function toAutotaskAgreements(
  contracts: JumpCloudAutotaskContract[],
  services: JumpCloudAutotaskService[],
): PsaAgreementModel[] {
  const byContract = new Map<string, PsaAdditionModel[]>();
  for (const service of services) {
    const list = byContract.get(service.contractId) ?? [];
    list.push(toPsaAddition(service));
    byContract.set(service.contractId, list);
  }
  return contracts.map((contract) => ({
    id: contract.id,
    name: contract.name,
    companyId: contract.companyId || null,
    additions: byContract.get(contract.id) ?? [],
  }));
}

/**
 * A ticketing alert configuration. `alertId` (a UUID) is what JumpCloud's update route addresses;
 * ConnectWise and Autotask name priority and source as PSA options ({id, name}), Syncro as labels.
 */
export function toAlertConfiguration(raw: JumpCloudAlertConfiguration): AlertConfigurationModel {
  const optionName = (value: unknown): string | null => {
    if (typeof value === 'string') return value || null;
    if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string')
      return (value as { name: string }).name;
    return null;
  };
  const fields = raw as { priority?: unknown; source?: unknown };
  return {
    id: raw.alertId ?? String(raw.id ?? ''),
    name: raw.displayName ?? null,
    category: raw.category ?? null,
    description: raw.description ?? null,
    shouldCreateTickets: raw.shouldCreateTickets,
    priority: optionName(fields.priority),
    dueDays: raw.dueDays ?? null,
    source: optionName(fields.source),
  };
}

export function toSyncError(raw: JumpCloudSyncError): SyncErrorModel {
  return {
    errorType: raw.errorType || null,
    message: raw.message,
    organizationId: raw.orgId || null,
    occurredAt: raw.timestamp || null,
  };
}

const invoiceStatuses: Record<JumpCloudInvoice['status'], string> = {
  Open: 'OPEN',
  'Partially Paid': 'PARTIALLY_PAID',
  Paid: 'PAID',
};

/** JumpCloud's invoice status words (`Open`, `Partially Paid`, `Paid`) in the graph's upper-case form. */
export function toInvoiceStatus(status: string | undefined): string | null {
  if (!status) return null;
  return (
    invoiceStatuses[status as JumpCloudInvoice['status']] ?? status.trim().toUpperCase().replace(/\s+/g, '_')
  );
}

/** Amounts come as decimal text ("200.00"). */
function amount(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function toInvoice(raw: JumpCloudInvoice): InvoiceModel {
  return {
    id: raw.id,
    status: toInvoiceStatus(raw.status),
    currency: raw.currency || 'USD',
    amountBilled: amount(raw.amountBilled),
    amountPaid: amount(raw.amountPaid),
    amountRemaining: amount(raw.amountRemaining),
    // A calendar date (YYYY-MM-DD); the graph's DateTime is an instant: midnight UTC of that day.
    dueDate: /^\d{4}-\d{2}-\d{2}$/.test(raw.dueDate ?? '')
      ? `${raw.dueDate}T00:00:00.000Z`
      : raw.dueDate || null,
  };
}

export function toSupportCase(raw: JumpCloudCase): SupportCaseModel {
  return {
    id: raw.caseNumber,
    subject: raw.subject || null,
    status: raw.status || null,
    createdAt: raw.date || null,
    details: raw,
  };
}

/** A configured policy template: the provider-level template and the values it was configured with. */
export function toConfiguredPolicyTemplate(raw: JumpCloudConfiguredPolicyTemplate): PolicyModel {
  return {
    vendor: 'JUMPCLOUD',
    externalId: raw.id,
    name: raw.name,
    kind: 'POLICY_TEMPLATE',
    vendorType: 'configuredpolicytemplate',
    enabled: null,
    description: null,
    attributes: { policyTemplateId: raw.policyTemplateId, values: raw.values },
    resources: [],
    orgId: null,
    createdAt: null,
    updatedAt: null,
  };
}

/** A policy group template: a named set of configured policy templates (its `members`). */
export function toPolicyGroupTemplate(raw: JumpCloudPolicyGroupTemplate): PolicyModel {
  return {
    vendor: 'JUMPCLOUD',
    externalId: raw.id,
    name: raw.name,
    kind: 'POLICY_GROUP_TEMPLATE',
    vendorType: 'policygrouptemplate',
    enabled: null,
    description: raw.description || null,
    attributes: { members: raw.members ?? [] },
    resources: [],
    orgId: null,
    createdAt: null,
    updatedAt: null,
  };
}

export function toTicketingAlert(raw: JumpCloudTicketingAlert): TicketingAlertModel {
  return {
    id: String(raw.id),
    name: raw.name,
    description: raw.description || null,
    category: raw.category || null,
  };
}

export function toSyncroBillingOptionList(raw: JumpCloudSyncroBillingOption): SyncroBillingOptionListModel {
  return {
    name: raw.name ?? '',
    values: (raw.values ?? []).map((v) => ({
      value: v.value ?? 0,
      label: v.label ?? '',
      lines: (v.lines ?? []).map((l) => ({ value: l.value ?? 0, label: l.label ?? '' })),
    })),
  };
}
