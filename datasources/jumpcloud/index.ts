import { BadUserInputError, vendorBadResponse } from '../../common/errors.js';
import type {
  AdministratorQuery,
  InvoiceQuery,
  JumpCloudDatasource,
  ProviderOrganizationQuery,
  Window,
} from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import { normalizeEmail, type IntegrationModel, type PsaAgreementModel } from '../model/index.js';
import { JumpCloudClient } from './client.js';
import { allOf, contains, equals, sortBy, type JumpCloudCondition } from './filter.js';
import {
  toAdministrator,
  toAlertConfiguration,
  toAutotaskAgreements,
  toProviderBilling,
  toConfiguredPolicyTemplate,
  toConnectWiseAgreement,
  toIntegration,
  toIntegrationMapping,
  toIntegrationSettings,
  toIntegrationType,
  toInvoice,
  toJumpCloudAccount,
  toPolicyGroupTemplate,
  toProvider,
  toProviderOrganization,
  toPsaCompany,
  toPsaCompanyType,
  toSupportCase,
  toSyncError,
} from './mapping.js';
import { allJumpCloudItems, jumpCloudPageWindow, jumpCloudWindow } from './pagination.js';
import type { JumpCloudIntegrationType } from './types.js';

/** The JumpCloud record field behind each sort field of the schema. */
const administratorSortFields: Record<NonNullable<AdministratorQuery['sort']>['field'], string> = {
  EMAIL: 'email',
  LAST_NAME: 'lastname',
};
const organizationSortFields: Record<NonNullable<ProviderOrganizationQuery['sort']>['field'], string> = {
  NAME: 'name',
};
const invoiceSortFields: Record<NonNullable<InvoiceQuery['sort']>['field'], string> = {
  DUE_DATE: 'dueDate',
};

/**
 * A condition on a value a client typed (`filter.<argument>`): one JumpCloud cannot match as asked
 * (empty, or holding a character its dialect cannot escape) is the client's mistake, not ours.
 */
function clientCondition(
  argument: string,
  value: string,
  build: (value: string) => JumpCloudCondition,
): JumpCloudCondition {
  if (value === '') throw new BadUserInputError(`\`filter.${argument}\` must not be empty`, 'filter');
  try {
    return build(value);
  } catch (error) {
    if (error instanceof RangeError)
      throw new BadUserInputError(`\`filter.${argument}\`: ${error.message}`, 'filter');
    throw error;
  }
}

/**
 * The JumpCloud provider (MSP) API v2 as AdminGraph reads it, for one GraphQL request; `ids.providerId`
 * is the provider every `/providers/{provider_id}` route names. Costs in vendor calls (N items, pages of 100):
 * - `listAllAccounts`, `listAllOrganizations`, `listIntegrations`: ⌈N / 100⌉ (the first page, then the rest in parallel).
 * - `findAccountsByEmail`: 1 (`filter=email:eq:<email>`, pushed down).
 * - every `(offset, limit)` window: 1 (JumpCloud's `skip` is an offset), filters and sorts included
 *   (pushed down as `filter`/`sort`); `listSyncErrors`: 1 (not paged by JumpCloud).
 * - `getProvider`, `billing`, `settings`, `companyTypes`, `alertConfigurations`: 1 each (Syncro company types: 0).
 * - `getIntegration`: the integration list (shared with `listIntegrations`) + 1 configuration.
 * - `agreements`: ConnectWise ⌈A / 100⌉ + A (one additions call per agreement: no batch endpoint);
 *   Autotask ⌈C / 100⌉ + ⌈S / 100⌉ (contracts and all services, in parallel); Syncro 0 (it has no agreements).
 * - `listPolicies`: 2 (configured templates and group templates, in parallel, each ⌈N / 100⌉).
 * Identical GETs within one GraphQL request share one call (VendorClient), so e.g. the integration
 * list read by `integrations` and again by each `getIntegration` costs one call.
 */
export function createJumpCloudDatasource(
  client: VendorClient,
  ids: { providerId: string },
): JumpCloudDatasource {
  const api = new JumpCloudClient(client, ids.providerId);
  const integrationRefs = () => allJumpCloudItems((page) => api.listIntegrations(page));

  /** The route segment of a JumpCloud integration; a BetterCloud integration here is a programming error. */
  const typeOf = (integration: IntegrationModel): JumpCloudIntegrationType => {
    const type = integration.vendor === 'JUMPCLOUD' ? toIntegrationType(integration.kind) : undefined;
    if (!type)
      throw new Error(
        `${integration.vendor} integration ${integration.externalId} is not a JumpCloud PSA integration`,
      );
    return type;
  };

  const mapWindow = async <Raw, Model>(
    window: Promise<Window<Raw>>,
    map: (raw: Raw) => Model,
  ): Promise<Window<Model>> => {
    const { items, total } = await window;
    return { items: items.map(map), total };
  };

  return {
    async listAllAccounts() {
      return (await allJumpCloudItems((page) => api.listAdministrators(page))).map(toJumpCloudAccount);
    },

    /**
     * JumpCloud stores administrator emails lower-cased (providers_postAdmins lower-cases them), so
     * `eq` (case-sensitive) on the normalized address finds them. `*` is JumpCloud's wildcard and
     * cannot be escaped: an address holding one is searched for instead. Either way the answer is
     * checked here, so a looser match never returns someone else.
     */
    async findAccountsByEmail(email) {
      const wanted = normalizeEmail(email);
      if (!wanted) return [];
      const condition = wanted.includes('*') ? contains('email', wanted) : equals('email', wanted);
      const admins = await allJumpCloudItems((page) => api.listAdministrators(page, allOf(condition)));
      return admins.map(toJumpCloudAccount).filter((account) => account.normalizedEmail === wanted);
    },

    async getProvider() {
      return toProvider(await api.getProvider());
    },

    /** `filter=email:eq:…`, `filter=roleName:eq:…` and `sort=…`, all pushed down: still one call a window. */
    listAdministrators(offset, limit, query = {}) {
      const conditions = [
        ...(query.email !== undefined
          ? [clientCondition('email', normalizeEmail(query.email), (v) => equals('email', v))]
          : []),
        // `role` is a role ID; `roleName` is the name the graph shows (toAdministrator).
        ...(query.role !== undefined
          ? [clientCondition('role', query.role, (v) => equals('roleName', v))]
          : []),
      ];
      const sort = query.sort && sortBy(administratorSortFields[query.sort.field], query.sort.direction);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listAdministrators(page, allOf(...conditions), sort)),
        toAdministrator,
      );
    },

    /** `filter=name:search:…` (case-insensitive substring) and `sort=…`, pushed down: one call a window. */
    listOrganizations(offset, limit, query = {}) {
      const conditions =
        query.nameContains !== undefined
          ? [clientCondition('nameContains', query.nameContains.trim(), (v) => contains('name', v))]
          : [];
      const sort = query.sort && sortBy(organizationSortFields[query.sort.field], query.sort.direction);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listOrganizations(page, allOf(...conditions), sort)),
        toProviderOrganization,
      );
    },

    async listAllOrganizations() {
      return (await allJumpCloudItems((page) => api.listOrganizations(page))).map(toProviderOrganization);
    },

    listInvoices(offset, limit, query = {}) {
      const sort = query.sort && sortBy(invoiceSortFields[query.sort.field], query.sort.direction);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listInvoices(page, sort)),
        toInvoice,
      );
    },

    listCases(offset, limit) {
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listCases(page)),
        toSupportCase,
      );
    },

    /** Billing details as JumpCloud defines them (the signed contract is a PDF document: not JSON, not read). */
    async billing() {
      return toProviderBilling(await api.billingDetails());
    },

    /**
     * JumpCloud's list names each integration's ID and type only: `endpoint` and `isConfigured` are
     * null here, since reading them costs one configuration call per integration. `getIntegration`
     * reads them, and the Integration resolver asks for it only when a client selects those fields.
     */
    async listIntegrations() {
      return (await integrationRefs()).map((ref) => toIntegration(ref));
    },

    async getIntegration(integrationId) {
      const ref = (await integrationRefs()).find((r) => r.integrationId === integrationId);
      if (!ref) return undefined;
      const config = await api.getConfiguration(ref.type, ref.integrationId);
      return config ? toIntegration(ref, config) : undefined;
    },

    async settings(integration) {
      const raw = await api.settings(typeOf(integration), integration.externalId);
      return raw ? toIntegrationSettings(raw) : undefined;
    },

    listMappings(integration, offset, limit) {
      const type = typeOf(integration);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listMappings(type, integration.externalId, page)),
        toIntegrationMapping,
      );
    },

    listCompanies(integration, offset, limit) {
      const type = typeOf(integration);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) => api.listCompanies(type, integration.externalId, page)),
        toPsaCompany,
      );
    },

    async companyTypes(integration) {
      const type = typeOf(integration);
      if (type === 'syncro') return [];
      return jumpCloudPageWindow(await api.companyTypes(type, integration.externalId)).items.map(
        toPsaCompanyType,
      );
    },

    async agreements(integration): Promise<PsaAgreementModel[]> {
      const type = typeOf(integration);
      const uuid = integration.externalId;
      if (type === 'connectwise') {
        const agreements = await allJumpCloudItems((page) => api.connectWiseAgreements(uuid, page));
        const additions = await Promise.all(
          agreements.map((agreement) =>
            allJumpCloudItems((page) => api.connectWiseAdditions(uuid, agreement.id, page)),
          ),
        );
        return agreements.map((agreement, i) => toConnectWiseAgreement(agreement, additions[i]));
      }
      if (type === 'autotask') {
        const [contracts, services] = await Promise.all([
          allJumpCloudItems((page) => api.autotaskContracts(uuid, page)),
          allJumpCloudItems((page) => api.autotaskServices(uuid, page)),
        ]);
        return toAutotaskAgreements(contracts, services);
      }
      // Syncro bills on schedules and line items, which are not agreements.
      return [];
    },

    async alertConfigurations(integration) {
      const answer = await api.alertConfigurations(typeOf(integration));
      if (answer === undefined) return [];
      if (!Array.isArray(answer.records))
        throw vendorBadResponse('JUMPCLOUD', 'alert configurations without `records`');
      return answer.records.map(toAlertConfiguration);
    },

    /**
     * JumpCloud answers an integration's recent sync errors in one list (no skip/limit): the window is
     * cut here, and the total is what came back, so paging never promises rows the list does not hold.
     */
    async listSyncErrors(integration, offset, limit) {
      const { items } = jumpCloudPageWindow(
        await api.syncErrors(typeOf(integration), integration.externalId),
      );
      return { items: items.slice(offset, offset + limit).map(toSyncError), total: items.length };
    },

    async listPolicies() {
      const [configured, groups] = await Promise.all([
        allJumpCloudItems((page) => api.listConfiguredPolicyTemplates(page)),
        allJumpCloudItems((page) => api.listPolicyGroupTemplates(page)),
      ]);
      return [...configured.map(toConfiguredPolicyTemplate), ...groups.map(toPolicyGroupTemplate)];
    },
  };
}
