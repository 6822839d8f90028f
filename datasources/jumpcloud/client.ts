import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient, VendorDocument } from '../http/vendor-client.js';
import type { JumpCloudSortParams } from './filter.js';
import type { JumpCloudPageRequest } from './pagination.js';
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
  JumpCloudList,
  JumpCloudMapping,
  JumpCloudOrganization,
  JumpCloudPolicyGroupTemplate,
  JumpCloudProvider,
  JumpCloudPsaSettings,
  JumpCloudSyncError,
  JumpCloudSyncroSettings,
  JumpCloudTicketingAlert,
  JumpCloudAlertOptionsAnswer,
  JumpCloudSyncroBillingOption,
} from './types.js';

/** What a list call may ask JumpCloud to do beyond paging: `filter` (filter.ts `allOf`), and a sort (filter.ts `sortParams`). */
export interface JumpCloudListParams extends JumpCloudSortParams {
  filter?: string[];
  /** JumpCloud's projection: only these record fields (it always keeps `id`). */
  fields?: readonly string[];
}

/**
 * One typed method per JumpCloud v2 endpoint the graph reads, each named after its operationId
 * (specs/jumpcloud.yaml; https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers). Provider routes
 * sit under `/providers/{provider_id}`; integration routes under `/integrations/{type}/{UUID}`.
 */
export class JumpCloudClient {
  private readonly provider: string;

  constructor(
    private readonly http: VendorClient,
    providerId: string,
  ) {
    this.provider = `/providers/${seg(providerId)}`;
  }

  /** `filter` is repeated per condition (filter.ts `allOf`); `sort`/`sortIgnoreCase` one value each (filter.ts `sortParams`). */
  private list<T>(
    operation: string,
    path: string,
    page: JumpCloudPageRequest,
    params: JumpCloudListParams = {},
  ): Promise<JumpCloudList<T>> {
    return this.http.request({
      operation,
      path,
      query: {
        skip: page.skip,
        limit: page.limit,
        filter: params.filter,
        sort: params.sort,
        sortIgnoreCase: params.sortIgnoreCase,
        fields: params.fields?.length ? params.fields.join(',') : undefined,
      },
    });
  }

  /** GET /providers/{provider_id} */
  getProvider(): Promise<JumpCloudProvider> {
    return this.http.request({ operation: 'providersGetProvider', path: this.provider });
  }

  /** GET /providers/{provider_id}/administrators (https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers/operation/providers_listAdministrators). */
  listAdministrators(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudAdministrator>(
      'providersListAdministrators',
      `${this.provider}/administrators`,
      page,
      params,
    );
  }

  /** GET /providers/{provider_id}/organizations: the provider's client organizations. */
  listOrganizations(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudOrganization>(
      'providersListOrganizations',
      `${this.provider}/organizations`,
      page,
      params,
    );
  }

  /** GET /providers/{provider_id}/invoices, newest first unless sorted. */
  listInvoices(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudInvoice>(
      'providersRetrieveInvoices',
      `${this.provider}/invoices`,
      page,
      params,
    );
  }

  /** GET /providers/{provider_id}/invoices/{ID}: the invoice itself, a PDF document (not JSON). */
  invoiceDocument(invoiceId: string): Promise<VendorDocument | undefined> {
    return this.http.download({
      operation: 'providersRetrieveInvoice',
      path: `${this.provider}/invoices/${seg(invoiceId)}`,
      allowNotFound: true,
    });
  }

  /** GET /providers/{provider_id}/billing/contract: the signed contract, a PDF document (not JSON). */
  contractDocument(): Promise<VendorDocument | undefined> {
    return this.http.download({
      operation: 'providerBillingGetContract',
      path: `${this.provider}/billing/contract`,
      allowNotFound: true,
    });
  }

  /** GET /providers/{provider_id}/cases: support cases and feature requests, newest first unless sorted. */
  listCases(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudCase>('providerListCase', `${this.provider}/cases`, page, params);
  }

  /** GET /providers/{provider_id}/billing/details. */
  billingDetails(): Promise<JumpCloudBillingDetails> {
    return this.http.request({
      operation: 'providerBillingGetDetails',
      path: `${this.provider}/billing/details`,
    });
  }

  /** GET /providers/{provider_id}/configuredpolicytemplates */
  listConfiguredPolicyTemplates(page: JumpCloudPageRequest) {
    return this.list<JumpCloudConfiguredPolicyTemplate>(
      'policyGroupTemplatesListConfiguredPolicyTemplates',
      `${this.provider}/configuredpolicytemplates`,
      page,
    );
  }

  /** GET /providers/{provider_id}/configuredpolicytemplates/{id}; undefined on 404. */
  getConfiguredPolicyTemplate(templateId: string): Promise<JumpCloudConfiguredPolicyTemplate | undefined> {
    return this.http.request({
      operation: 'policyGroupTemplatesGetConfiguredPolicyTemplate',
      path: `${this.provider}/configuredpolicytemplates/${seg(templateId)}`,
      allowNotFound: true,
    });
  }

  /** GET /providers/{provider_id}/integrations/ticketing/alerts: the alerts a PSA ticket can be raised for. */
  ticketingAlerts(): Promise<{ records: JumpCloudTicketingAlert[] }> {
    return this.http.request({
      operation: 'mtpIntegrationRetrieveAlerts',
      path: `${this.provider}/integrations/ticketing/alerts`,
    });
  }

  /**
   * GET /providers/{provider_id}/integrations/{type}/alerts/configuration/options: ConnectWise and
   * Syncro answer `{records}`, Autotask `{options, resources}`; undefined on 404.
   */
  alertConfigurationOptions(
    type: JumpCloudIntegrationType,
  ): Promise<JumpCloudAlertOptionsAnswer | undefined> {
    return this.http.request({
      operation: `${type}RetrieveAllAlertConfigurationOptions`,
      path: `${this.provider}/integrations/${type}/alerts/configuration/options`,
      allowNotFound: true,
    });
  }

  /** GET /integrations/syncro/{UUID}/billing_mapping_configuration_options (filterable by `name`). */
  syncroBillingOptions(
    uuid: string,
    page: JumpCloudPageRequest,
    params?: JumpCloudListParams,
  ): Promise<{ options: JumpCloudSyncroBillingOption[] }> {
    return this.http.request({
      operation: 'syncroRetrieveBillingMappingConfigurationOptions',
      path: `/integrations/syncro/${seg(uuid)}/billing_mapping_configuration_options`,
      query: { skip: page.skip, limit: page.limit, filter: params?.filter },
    });
  }

  /** GET /providers/{provider_id}/policygrouptemplates */
  listPolicyGroupTemplates(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudPolicyGroupTemplate>(
      'policyGroupTemplatesList',
      `${this.provider}/policygrouptemplates`,
      page,
      params,
    );
  }

  /** GET /providers/{provider_id}/integrations: each integration's ID and PSA type only. */
  listIntegrations(page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudIntegrationRef>(
      'providersRetrieveIntegrations',
      `${this.provider}/integrations`,
      page,
      params,
    );
  }

  /** GET /integrations/{type}/{UUID}: the public configuration (never a credential); undefined on 404. */
  getConfiguration(
    type: JumpCloudIntegrationType,
    uuid: string,
  ): Promise<JumpCloudIntegrationConfiguration | undefined> {
    return this.http.request({
      operation: `${type}GetConfiguration`,
      path: `/integrations/${type}/${seg(uuid)}`,
      allowNotFound: true,
    });
  }

  /** GET /integrations/{type}/{UUID}/settings; undefined on 404. */
  settings(
    type: JumpCloudIntegrationType,
    uuid: string,
  ): Promise<JumpCloudPsaSettings | JumpCloudSyncroSettings | undefined> {
    return this.http.request({
      operation: `${type}RetrieveSettings`,
      path: `/integrations/${type}/${seg(uuid)}/settings`,
      allowNotFound: true,
    });
  }

  /** GET /integrations/{type}/{UUID}/mappings: one row per mapped organization. */
  listMappings(
    type: JumpCloudIntegrationType,
    uuid: string,
    page: JumpCloudPageRequest,
    params?: JumpCloudListParams,
  ) {
    return this.list<JumpCloudMapping>(
      `${type}RetrieveMappings`,
      `/integrations/${type}/${seg(uuid)}/mappings`,
      page,
      params,
    );
  }

  /** GET /integrations/{type}/{UUID}/companies: the PSA's companies. */
  listCompanies(
    type: JumpCloudIntegrationType,
    uuid: string,
    page: JumpCloudPageRequest,
    params?: JumpCloudListParams,
  ) {
    return this.list<JumpCloudIdName>(
      `${type}RetrieveCompanies`,
      `/integrations/${type}/${seg(uuid)}/companies`,
      page,
      params,
    );
  }

  /** GET /integrations/{connectwise|autotask}/{UUID}/companytypes (Syncro has none): not paged. */
  companyTypes(type: 'connectwise' | 'autotask', uuid: string): Promise<JumpCloudList<JumpCloudCompanyType>> {
    return this.http.request({
      operation: `${type}RetrieveCompanyTypes`,
      path: `/integrations/${type}/${seg(uuid)}/companytypes`,
    });
  }

  /** GET /integrations/connectwise/{UUID}/agreements */
  connectWiseAgreements(uuid: string, page: JumpCloudPageRequest, params?: JumpCloudListParams) {
    return this.list<JumpCloudConnectWiseAgreement>(
      'connectwiseRetrieveAgreements',
      `/integrations/connectwise/${seg(uuid)}/agreements`,
      page,
      params,
    );
  }

  /** GET /integrations/connectwise/{UUID}/agreements/{agreement_ID}/additions: one agreement's additions (no batch endpoint). */
  connectWiseAdditions(
    uuid: string,
    agreementId: string,
    page: JumpCloudPageRequest,
    params?: JumpCloudListParams,
  ) {
    return this.list<JumpCloudIdName>(
      'connectwiseRetrieveAdditions',
      `/integrations/connectwise/${seg(uuid)}/agreements/${seg(agreementId)}/additions`,
      page,
      params,
    );
  }

  /** GET /integrations/autotask/{UUID}/contracts */
  autotaskContracts(uuid: string, page: JumpCloudPageRequest) {
    return this.list<JumpCloudAutotaskContract>(
      'autotaskRetrieveContracts',
      `/integrations/autotask/${seg(uuid)}/contracts`,
      page,
    );
  }

  /** GET /integrations/autotask/{UUID}/contracts/services: every contract's services, each naming its contract. */
  autotaskServices(uuid: string, page: JumpCloudPageRequest) {
    return this.list<JumpCloudAutotaskService>(
      'autotaskRetrieveServices',
      `/integrations/autotask/${seg(uuid)}/contracts/services`,
      page,
    );
  }

  /**
   * GET /providers/{provider_id}/integrations/{type}/alerts/configuration: per PSA type, not per
   * integration (two ConnectWise integrations share them); undefined on 404 (no integration of the type).
   */
  alertConfigurations(
    type: JumpCloudIntegrationType,
  ): Promise<{ records: JumpCloudAlertConfiguration[] } | undefined> {
    return this.http.request({
      operation: `${type}RetrieveAllAlertConfigurations`,
      path: `${this.provider}/integrations/${type}/alerts/configuration`,
      allowNotFound: true,
    });
  }

  /** GET /integrations/{integration_type}/{UUID}/errors: recent sync errors, newest first, not paged. */
  syncErrors(type: JumpCloudIntegrationType, uuid: string): Promise<JumpCloudList<JumpCloudSyncError>> {
    return this.http.request({
      operation: 'mtpIntegrationRetrieveSyncErrors',
      path: `/integrations/${type}/${seg(uuid)}/errors`,
    });
  }
}
