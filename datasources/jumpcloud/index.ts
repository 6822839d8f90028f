import { BadUserInputError, vendorBadResponse } from '../../common/errors.js';
import type { AccountQuery, JumpCloudDatasource, PsaNameQuery, Window } from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import { normalizeEmail, type IntegrationModel, type PsaAgreementModel } from '../model/index.js';
import { JumpCloudClient } from './client.js';
import type { JumpCloudListParams } from './client.js';
import { allOf, compare, contains, equals } from './filter.js';
import {
  administratorSortFields,
  caseSortFields,
  clientCondition,
  firstDayFrom,
  invoiceSortFields,
  jumpCloudInvoiceStatuses,
  mappingProjection,
  mappingSortFields,
  organizationSortFields,
  psaNameSortFields,
  sortOf,
} from './list-params.js';
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
  toSyncroBillingOptionList,
  toTicketingAlert,
} from './mapping.js';
import { allJumpCloudItems, eachJumpCloudPage, jumpCloudPageWindow, jumpCloudWindow } from './pagination.js';
import type { JumpCloudIntegrationType } from './types.js';

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

  /** `name:search`, `id:eq` and `sort` of the PSA lists by name. */
  const psaNameParams = (query: PsaNameQuery): JumpCloudListParams => ({
    filter: allOf(
      ...(query.nameContains !== undefined
        ? [clientCondition('nameContains', query.nameContains.trim(), (v) => contains('name', v))]
        : []),
      ...(query.id !== undefined ? [clientCondition('id', query.id, (v) => equals('id', v))] : []),
    ),
    ...sortOf(query.sort, psaNameSortFields),
    fields: query.fields,
  });

  const mapWindow = async <Raw, Model>(
    window: Promise<Window<Raw>>,
    map: (raw: Raw) => Model,
  ): Promise<Window<Model>> => {
    const { items, total } = await window;
    return { items: items.map(map), total };
  };

  const datasource: JumpCloudDatasource = {
    async listAllAccounts() {
      return (await allJumpCloudItems((page) => api.listAdministrators(page))).map(toJumpCloudAccount);
    },

    eachAccountPage(take) {
      return eachJumpCloudPage(
        (page) => api.listAdministrators(page),
        (admins) => take(admins.map(toJumpCloudAccount)),
      );
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
      const admins = await allJumpCloudItems((page) =>
        api.listAdministrators(page, { filter: allOf(condition) }),
      );
      return admins.map(toJumpCloudAccount).filter((account) => account.normalizedEmail === wanted);
    },

    /** JumpCloud has no single-administrator GET: `filter=id:eq:…`, one call. */
    async getAccount(externalId) {
      if (!/^[0-9a-f]{24}$/i.test(externalId)) return undefined;
      const { items } = await jumpCloudWindow(0, 1, (page) =>
        api.listAdministrators(page, { filter: allOf(equals('id', externalId)) }),
      );
      return items.map(toJumpCloudAccount).find((account) => account.externalId === externalId);
    },

    /** `email:eq`, `email:search`, `suspended:eq` and `sort=email`, pushed down: one call a window. */
    async listAccounts(offset, limit, query: AccountQuery) {
      const unsupported = (['department', 'lastActiveAfter', 'lastActiveBefore'] as const).find(
        (key) => query[key] !== undefined,
      );
      if (unsupported)
        throw new BadUserInputError(`JumpCloud cannot filter administrators by \`${unsupported}\``, 'filter');
      if (query.sort && query.sort.field !== 'EMAIL')
        throw new BadUserInputError(`JumpCloud cannot sort administrators by ${query.sort.field}`, 'sort');
      // No JumpCloud administrator is ever deprovisioned (removed ones are gone): nothing to ask.
      if (query.status === 'DEPROVISIONED') return { items: [], total: 0 };
      const conditions = [
        ...(query.email !== undefined
          ? [clientCondition('email', normalizeEmail(query.email), (v) => equals('email', v))]
          : []),
        ...(query.emailContains !== undefined
          ? [clientCondition('emailContains', query.emailContains.trim(), (v) => contains('email', v))]
          : []),
        ...(query.status !== undefined ? [equals('suspended', query.status === 'SUSPENDED')] : []),
      ];
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listAdministrators(page, {
            filter: allOf(...conditions),
            ...sortOf(query.sort, { EMAIL: 'email' } as Record<string, string>),
          }),
        ),
        toJumpCloudAccount,
      );
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
        ...(query.emailContains !== undefined
          ? [clientCondition('emailContains', query.emailContains.trim(), (v) => contains('email', v))]
          : []),
        ...(query.suspended !== undefined ? [equals('suspended', query.suspended)] : []),
      ];
      const sort = sortOf(query.sort, administratorSortFields);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listAdministrators(page, { filter: allOf(...conditions), ...sort, fields: query.fields }),
        ),
        toAdministrator,
      );
    },

    /** `filter=name:search:…` (case-insensitive substring) and `sort=…`, pushed down: one call a window. */
    listOrganizations(offset, limit, query = {}) {
      const conditions =
        query.nameContains !== undefined
          ? [clientCondition('nameContains', query.nameContains.trim(), (v) => contains('name', v))]
          : [];
      const sort = sortOf(query.sort, organizationSortFields);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listOrganizations(page, { filter: allOf(...conditions), ...sort, fields: query.fields }),
        ),
        toProviderOrganization,
      );
    },

    async listAllOrganizations() {
      return (await allJumpCloudItems((page) => api.listOrganizations(page))).map(toProviderOrganization);
    },

    /** `status:eq`, `dueDate:ge`/`lt` (calendar days) and `sort=…`, pushed down: one call a window. */
    listInvoices(offset, limit, query = {}) {
      const status = query.status === undefined ? undefined : jumpCloudInvoiceStatuses[query.status];
      if (query.status !== undefined && !status)
        throw new BadUserInputError(
          `\`filter.status\` must be one of ${Object.keys(jumpCloudInvoiceStatuses).join(', ')}`,
          'filter',
        );
      const conditions = [
        ...(status ? [equals('status', status)] : []),
        ...(query.dueAfter ? [compare('dueDate', 'ge', firstDayFrom(query.dueAfter, 'dueAfter'))] : []),
        ...(query.dueBefore ? [compare('dueDate', 'lt', firstDayFrom(query.dueBefore, 'dueBefore'))] : []),
      ];
      const sort = sortOf(query.sort, invoiceSortFields);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listInvoices(page, { filter: allOf(...conditions), ...sort }),
        ),
        toInvoice,
      );
    },

    async invoiceDocument(invoiceId) {
      return api.invoiceDocument(invoiceId);
    },

    async contractDocument() {
      return api.contractDocument();
    },

    /** `status:eq`, `subject:search`, `date:ge` and `sort=…` (tied on `caseNumber`), pushed down. */
    listCases(offset, limit, query = {}) {
      const conditions = [
        ...(query.status !== undefined
          ? [clientCondition('status', query.status, (v) => equals('status', v))]
          : []),
        ...(query.subjectContains !== undefined
          ? [clientCondition('subjectContains', query.subjectContains.trim(), (v) => contains('subject', v))]
          : []),
        ...(query.createdAfter !== undefined ? [compare('date', 'ge', query.createdAfter)] : []),
      ];
      const sort = sortOf(query.sort, caseSortFields, 'caseNumber');
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listCases(page, { filter: allOf(...conditions), ...sort }),
        ),
        toSupportCase,
      );
    },

    async ticketingAlerts() {
      const answer = await api.ticketingAlerts();
      if (!Array.isArray(answer?.records))
        throw vendorBadResponse('JUMPCLOUD', 'ticketing alerts without `records`');
      return answer.records.map(toTicketingAlert);
    },

    async alertConfigurationOptions(integration) {
      const answer = await api.alertConfigurationOptions(typeOf(integration));
      if (answer === undefined) return undefined;
      return {
        options: (answer.records ?? answer.options ?? []).map((list) => ({
          name: list.name,
          values: list.values.map(({ label, value }) => ({ label, value })),
        })),
        resources: (answer.resources ?? []).map((r) => ({
          id: r.id,
          name: r.name,
          roles: r.roles.map(({ label, value }) => ({ label, value })),
        })),
      };
    },

    /** `filter=name:search:…` pushed down; the option lists are few: walked whole. */
    async billingMappingOptions(integration, nameContains) {
      if (typeOf(integration) !== 'syncro') return undefined;
      const filter =
        nameContains === undefined
          ? undefined
          : allOf(clientCondition('nameContains', nameContains.trim(), (v) => contains('name', v)));
      const answer = await api.syncroBillingOptions(
        integration.externalId,
        { skip: 0, limit: 100 },
        { filter },
      );
      if (!Array.isArray(answer?.options))
        throw vendorBadResponse('JUMPCLOUD', 'Syncro billing options without `options`');
      return answer.options.map(toSyncroBillingOptionList);
    },

    /** A configured policy template has a by-ID GET; a policy group template is found in its list. */
    async getPolicy(externalId, vendorType) {
      if (vendorType === 'configuredpolicytemplate') {
        const raw = await api.getConfiguredPolicyTemplate(externalId);
        return raw ? toConfiguredPolicyTemplate(raw) : undefined;
      }
      if (vendorType === 'policygrouptemplate') {
        const groups = await allJumpCloudItems((page) =>
          api.listPolicyGroupTemplates(page, { filter: allOf(equals('id', externalId)) }),
        );
        return groups.map(toPolicyGroupTemplate).find((p) => p.externalId === externalId);
      }
      return (await datasource.listPolicies()).find((p) => p.externalId === externalId);
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

    /** `organization.id`/`company.id`/`lastSyncStatus` `eq` and `sort=…` (tied on `organization.id`), pushed down. */
    listMappings(integration, offset, limit, query = {}) {
      const type = typeOf(integration);
      const conditions = [
        ...(query.organizationId !== undefined
          ? [clientCondition('organizationId', query.organizationId, (v) => equals('organization.id', v))]
          : []),
        ...(query.companyId !== undefined
          ? [clientCondition('companyId', query.companyId, (v) => equals('company.id', v))]
          : []),
        ...(query.lastSyncStatus !== undefined
          ? [clientCondition('lastSyncStatus', query.lastSyncStatus, (v) => equals('lastSyncStatus', v))]
          : []),
      ];
      const params = {
        filter: allOf(...conditions),
        ...sortOf(query.sort, mappingSortFields, 'organization.id'),
        fields: query.selected && mappingProjection(type, query.selected),
      };
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listMappings(type, integration.externalId, page, params),
        ),
        toIntegrationMapping,
      );
    },

    listCompanies(integration, offset, limit, query = {}) {
      const type = typeOf(integration);
      const params = psaNameParams(query);
      return mapWindow(
        jumpCloudWindow(offset, limit, (page) =>
          api.listCompanies(type, integration.externalId, page, params),
        ),
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

    /**
     * ConnectWise: agreements with `name:search`/`companyId:eq` and `sort`, and each one's additions
     * with `name:search` and the same sort, all pushed down. Autotask contracts and Syncro have no
     * such lists: a filter or sort there is a BAD_USER_INPUT.
     */
    async agreements(integration, query = {}): Promise<PsaAgreementModel[]> {
      const type = typeOf(integration);
      const uuid = integration.externalId;
      // A projection is not a filter: only conditions and a sort are refused where there is no such list.
      const asked = [query.nameContains, query.companyId, query.additionNameContains, query.sort].some(
        (v) => v !== undefined,
      );
      if (type === 'connectwise') {
        const agreementParams = {
          filter: allOf(
            ...(query.nameContains !== undefined
              ? [clientCondition('nameContains', query.nameContains.trim(), (v) => contains('name', v))]
              : []),
            ...(query.companyId !== undefined
              ? [clientCondition('companyId', query.companyId, (v) => equals('companyId', v))]
              : []),
          ),
          ...sortOf(query.sort, psaNameSortFields),
          // `id` always: each agreement's additions are read by it.
          fields: query.fields && [...new Set(['id', ...query.fields])],
        };
        const additionParams = psaNameParams({
          nameContains: query.additionNameContains,
          sort: query.sort,
          fields: query.additionFields,
        });
        const agreements = await allJumpCloudItems((page) =>
          api.connectWiseAgreements(uuid, page, agreementParams),
        );
        const additions = await Promise.all(
          agreements.map((agreement) =>
            allJumpCloudItems((page) => api.connectWiseAdditions(uuid, agreement.id, page, additionParams)),
          ),
        );
        return agreements.map((agreement, i) => toConnectWiseAgreement(agreement, additions[i]));
      }
      if (asked)
        throw new BadUserInputError(
          `Only ConnectWise agreements can be filtered or sorted (this is ${integration.kind})`,
          'filter',
        );
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
  return datasource;
}
