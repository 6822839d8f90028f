import type { Company } from '../company/company.js';
import { SeededRandom } from '../core/random.js';
import { buildAlertConfigurations } from './alert-seed.js';
import {
  adminRoleNames,
  caseCatalog,
  organizationNameParts,
  policyGroupCatalog,
  policyTemplateCatalog,
  ticketingAlertCatalog,
} from './catalog.js';
import { objectId } from './ids.js';
import type {
  IntegrationMapping,
  IntegrationType,
  JumpCloudAdministrator,
  JumpCloudData,
  JumpCloudIntegration,
  JumpCloudOrganization,
  ProviderInvoice,
} from './model.js';
import { buildPsaSide } from './psa-seed.js';

const DAY = 86_400_000;

/**
 * The seeded provider tenant: administrators are the company's `jumpcloudAdmin` people, the rest
 * (client organizations, PSA integrations and their data, billing) is drawn from the company seed.
 * The tenant stays small whatever the company size (an MSP has tens of clients, not thousands), so
 * organizations grow only with the logarithm of the headcount.
 */
export function buildJumpCloudData(company: Company): JumpCloudData {
  const random = new SeededRandom(company.config.seed).fork('jumpcloud');
  const now = company.config.now;
  const roles = adminRoleNames.map((name) => ({ id: objectId(random), name }));
  const organizations = buildOrganizations(random.fork('organizations'), company.config.people);
  const administrators = buildAdministrators(
    company,
    random.fork('administrators'),
    roles,
    organizations.length,
  );
  const integrations = buildIntegrations(random.fork('integrations'), organizations, now);
  const alertsRandom = random.fork('alerts');
  const ticketingAlerts = ticketingAlertCatalog.map((alert, i) => ({
    id: i + 1,
    alertId: alertsRandom.uuid(),
    ...alert,
  }));
  const templates = buildPolicyTemplates(random.fork('policies'));
  const assignedLicenses = organizations.reduce((sum, org) => sum + Math.round(org.maxSystemUsers * 0.8), 0);

  return {
    provider: {
      id: objectId(random),
      name: `${company.config.domain.split('.')[0]} MSP`,
      disallowOrgCreation: false,
    },
    foreignProvider: buildForeignProvider(random.fork('foreign-provider')),
    roles,
    administrators,
    organizations,
    integrations,
    ticketingAlerts,
    alertConfigurations: buildAlertConfigurations(ticketingAlerts, alertsRandom),
    configuredPolicyTemplates: templates.configured,
    policyGroupTemplates: templates.groups,
    invoices: buildInvoices(random.fork('invoices'), now, assignedLicenses),
    cases: buildCases(random.fork('cases'), now, administrators, organizations, company.config.people),
    billingDetails: {
      assignedLicenses,
      contractType: 'MSP Annual Commit',
      hasContract: true,
      products: [
        {
          name: 'JumpCloud Platform Prime',
          capabilities: ['directory', 'sso', 'mfa', 'device-management', 'patch-management'],
          includedLicenses: 100,
          purchasedLicenses: Math.ceil(assignedLicenses / 50) * 50,
        },
        {
          name: 'JumpCloud Remote Assist',
          capabilities: ['remote-assist'],
          includedLicenses: 0,
          purchasedLicenses: 25,
        },
      ],
    },
    contractStartDate: new Date(now.getTime() - 300 * DAY).toISOString().slice(0, 10),
  };
}

function buildForeignProvider(random: SeededRandom): JumpCloudData['foreignProvider'] {
  return {
    id: objectId(random),
    integrationIds: { connectwise: random.uuid(), syncro: random.uuid(), autotask: random.uuid() },
  };
}

function buildOrganizations(random: SeededRandom, people: number): JumpCloudOrganization[] {
  const count = Math.round(15 + 3.3 * Math.log10(Math.max(10, people)));
  const names = new Set<string>();
  while (names.size < count)
    names.add(`${random.pick(organizationNameParts.first)} ${random.pick(organizationNameParts.second)}`);
  return [...names].map((name) => ({
    id: objectId(random),
    name,
    maxSystemUsers: random.pick([25, 50, 75, 100, 150, 250, 500]),
  }));
}

function buildAdministrators(
  company: Company,
  random: SeededRandom,
  roles: JumpCloudData['roles'],
  organizationCount: number,
): JumpCloudAdministrator[] {
  const admins: JumpCloudAdministrator[] = [];
  // Few people are admins, but at 100,000 people a filter-free loop is still only a field read each.
  for (const person of company.people) {
    if (!person.jumpcloudAdmin) continue;
    const role =
      person.index === 0
        ? roles[0]
        : random.weighted(roles.slice(1).map((r, i) => [r, [30, 25, 5, 10, 20, 10][i]] as const));
    const allOrgs = role.name.startsWith('Administrator');
    admins.push({
      id: objectId(random),
      email: person.email,
      firstname: person.firstName,
      lastname: person.lastName,
      role: role.id,
      roleName: role.name,
      enableMultiFactor: person.index === 0 || random.chance(0.8),
      registered: person.index === 0 || random.chance(0.9),
      suspended: false,
      organizationAccessTotal: allOrgs ? organizationCount : random.int(1, organizationCount),
    });
  }
  return admins;
}

/** Two ConnectWise instances (the second newly connected, nothing mapped yet), one Syncro, one Autotask. */
function buildIntegrations(
  random: SeededRandom,
  organizations: JumpCloudOrganization[],
  now: Date,
): JumpCloudIntegration[] {
  const orgNames = organizations.map((o) => o.name);
  const plan: { type: IntegrationType; config: Record<string, string>; mapsShare: number }[] = [
    {
      type: 'connectwise',
      config: { url: 'https://na.myconnectwise.net', companyId: 'examplemsp' },
      mapsShare: 0.5,
    },
    {
      type: 'connectwise',
      config: { url: 'https://eu.myconnectwise.net', companyId: 'examplemsp-eu' },
      mapsShare: 0,
    },
    { type: 'syncro', config: { subdomain: 'examplemsp' }, mapsShare: 0.25 },
    { type: 'autotask', config: { username: 'jumpcloud-api@examplemsp.com' }, mapsShare: 0.25 },
  ];
  // Each organization is billed through at most one PSA: split them across the mapping shares.
  const owner = organizations.map(() =>
    random.weighted(plan.map((p, i) => [i, p.mapsShare] as const).concat([[-1, 0.1]])),
  );

  return plan.map((entry, index) => {
    const integrationRandom = random.fork(`integration-${index}`);
    const integration = newIntegration(
      entry.type,
      integrationRandom.uuid(),
      entry.config,
      integrationRandom,
      orgNames,
    );
    integration.isMspAuthConfigured = entry.mapsShare > 0;
    organizations.forEach((org, orgIndex) => {
      if (owner[orgIndex] !== index) return;
      const mapping = seededMapping(integration, org, integrationRandom, now);
      integration.mappings.set(org.id, mapping);
      if (mapping.lastSyncStatus === 'failed')
        integration.syncErrors.push({
          errorType: integrationRandom.pick([
            'company_not_found',
            'agreement_inactive',
            'addition_update_failed',
            'rate_limited',
          ]),
          message: `Could not update billing for organization ${org.name}: the PSA rejected the change`,
          orgId: org.id,
          timestamp: mapping.lastSyncDateTime!,
        });
    });
    return integration;
  });
}

/** A fresh integration of `type` with its PSA data; used by the seed and by POST .../integrations/{type}. */
export function newIntegration(
  type: IntegrationType,
  id: string,
  config: Record<string, string>,
  random: SeededRandom,
  organizationNames: string[],
  credentials: Record<string, string> = {},
): JumpCloudIntegration {
  return {
    id,
    type,
    config,
    credentials,
    isMspAuthConfigured: false,
    settings:
      type === 'syncro'
        ? { automaticTicketing: false }
        : { automaticTicketing: random.chance(0.5), companyTypeIds: [1, 6] },
    ...buildPsaSide(type, random, organizationNames),
    mappings: new Map(),
    syncErrors: [],
  };
}

function seededMapping(
  integration: JumpCloudIntegration,
  org: JumpCloudOrganization,
  random: SeededRandom,
  now: Date,
): IntegrationMapping {
  const company =
    integration.companies.find((c) => c.name === org.name) ?? random.pick(integration.companies);
  const mapping: IntegrationMapping = {
    organization: { id: org.id, name: org.name },
    company: { id: company.id, name: company.name },
    lastSyncDateTime: new Date(now.getTime() - random.int(1, 7 * 24) * 3_600_000).toISOString(),
    lastSyncStatus: random.chance(0.15) ? 'failed' : 'success',
  };
  if (integration.type === 'connectwise') {
    const agreement = integration.agreements.find((a) => a.companyId === company.id)!;
    const addition = integration.additions.get(agreement.id)![0];
    mapping.agreement = { id: agreement.id, name: agreement.name };
    mapping.addition = { id: addition.id, name: addition.name };
  }
  if (integration.type === 'autotask') {
    const contract = integration.contracts.find((c) => c.companyId === company.id)!;
    const service = integration.services.find((s) => s.contractId === contract.id)!;
    mapping.contract = { id: contract.id, name: contract.name };
    mapping.service = { id: service.id, name: service.name, nonBillableUsers: random.int(0, 3) };
  }
  if (integration.type === 'syncro') {
    const schedule = random.pick(integration.billingOptions[0].values);
    const line = schedule.lines![0];
    mapping.billingConfigurations = {
      fields: {
        schedule_id: { value: schedule.value },
        schedule_name: { value: schedule.label },
        line_item_id: { value: line.value },
        line_item_name: { value: line.label },
      },
    };
  }
  return mapping;
}

function buildPolicyTemplates(random: SeededRandom) {
  const configured = policyTemplateCatalog.map((template) => ({
    id: objectId(random),
    name: template.name,
    policyTemplateId: objectId(random),
    values: [
      { configFieldId: objectId(random), name: template.field, value: random.pick<unknown>(template.values) },
    ],
  }));
  const groups = policyGroupCatalog.map((group) => ({
    id: objectId(random),
    name: group.name,
    description: group.description,
    members: configured
      .filter((t) => t.name.startsWith(group.prefix))
      .map((t) => ({ id: t.id, name: t.name, policyTemplateId: t.policyTemplateId })),
  }));
  return { configured, groups };
}

/** Twelve monthly invoices, newest first (the order JumpCloud's billing page lists them). */
function buildInvoices(random: SeededRandom, now: Date, licenses: number): ProviderInvoice[] {
  const invoices: ProviderInvoice[] = [];
  let id = 230_000 + random.int(0, 5_000);
  for (let monthsBack = 11; monthsBack >= 0; monthsBack--) {
    id += random.int(400, 900);
    const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1) + 30 * DAY);
    const billed = Math.round(licenses * (0.97 + random.next() * 0.06)) * 9;
    const status =
      monthsBack === 0 ? 'Open' : monthsBack === 1 && random.chance(0.5) ? 'Partially Paid' : 'Paid';
    const paid = status === 'Paid' ? billed : status === 'Partially Paid' ? Math.round(billed * 0.4) : 0;
    invoices.unshift({
      id: String(id),
      amountBilled: billed.toFixed(2),
      amountPaid: paid.toFixed(2),
      amountRemaining: (billed - paid).toFixed(2),
      currency: 'USD',
      dueDate: due.toISOString().slice(0, 10),
      status,
    });
  }
  return invoices;
}

function buildCases(
  random: SeededRandom,
  now: Date,
  admins: JumpCloudAdministrator[],
  orgs: JumpCloudOrganization[],
  people: number,
) {
  const count = Math.min(40, 8 + Math.floor(people / 500));
  const cases = [];
  let number = 412_000 + random.int(0, 999);
  for (let i = 0; i < count; i++) {
    const template = random.pick(caseCatalog);
    const reporter = random.pick(admins);
    const org = random.pick(orgs);
    number += random.int(20, 400);
    cases.push({
      caseNumber: String(number).padStart(8, '0'),
      caseSubmissionProductType: template.product,
      date: new Date(now.getTime() - random.int(0, 365) * DAY - random.int(0, 86_399) * 1000).toISOString(),
      description: `${template.subject}. Reported for ${org.name}.`,
      label: template.subject.startsWith('Feature request') ? 'Feature Request' : 'Support',
      organization: org.id,
      os: template.os,
      reporter: `${reporter.firstname} ${reporter.lastname}`,
      reporterEmail: reporter.email,
      status: random.weighted([
        ['Closed', 60],
        ['Open', 20],
        ['In Progress', 15],
        ['Waiting on Customer', 5],
      ] as const),
      subject: template.subject,
    });
  }
  // Newest first, as the support portal lists them.
  return cases.sort((a, b) => (a.date < b.date ? 1 : -1));
}
