import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorClient } from '../http/vendor-client.js';
import { normalizeEmail } from '../model/index.js';
import { JumpCloudClient } from './client.js';
import { allOf, equals } from './filter.js';
import { allJumpCloudItems } from './pagination.js';
import type {
  JumpCloudAdministrator,
  JumpCloudAlertConfiguration,
  JumpCloudAutotaskContract,
  JumpCloudAutotaskService,
  JumpCloudConnectWiseAgreement,
  JumpCloudIdName,
  JumpCloudIntegrationRef,
  JumpCloudIntegrationType,
  JumpCloudMapping,
  JumpCloudSyncroBillingOption,
} from './types.js';

/** One option list of a PSA's alert configuration options (`priority`, `source`, `queue`, ...). */
export interface JumpCloudAlertOption {
  name: string;
  values: { label: string; value: number }[];
}

/** Autotask resources a ticket may go to, each with the roles it may work under. */
export interface JumpCloudAlertResource {
  id: number;
  name: string;
  roles: { label: string; value: number }[];
}

/**
 * The reads JumpCloud writes are validated against, in the vendor's own shapes (the write bodies
 * reference raw IDs): whole catalogues a mapping row may name, an agreement's additions, the alert
 * option lists. Sent through the request's write client, before any write: its GETs are shared
 * within the request, so this is never used to re-read after a write (that is the datasource's job).
 */
export function createJumpCloudWriteReads(http: VendorClient, providerId: string) {
  const api = new JumpCloudClient(http, providerId);
  const provider = `/providers/${seg(providerId)}`;
  return {
    /** Every PSA integration of the provider (ID and type): ⌈N / 100⌉ calls. */
    integrations: (): Promise<JumpCloudIntegrationRef[]> =>
      allJumpCloudItems((page) => api.listIntegrations(page)),

    /** An integration's public configuration (never a credential); undefined when unknown. */
    configuration: (type: JumpCloudIntegrationType, uuid: string) => api.getConfiguration(type, uuid),

    /** Every company of the integration's PSA: ⌈C / 100⌉ calls. */
    companies: (type: JumpCloudIntegrationType, uuid: string): Promise<JumpCloudIdName[]> =>
      allJumpCloudItems((page) => api.listCompanies(type, uuid, page)),

    /** Every mapping row: ⌈M / 100⌉ calls. */
    mappings: (type: JumpCloudIntegrationType, uuid: string): Promise<JumpCloudMapping[]> =>
      allJumpCloudItems((page) => api.listMappings(type, uuid, page)),

    connectWiseAgreements: (uuid: string): Promise<JumpCloudConnectWiseAgreement[]> =>
      allJumpCloudItems((page) => api.connectWiseAgreements(uuid, page)),

    /** One agreement's additions (no batch endpoint: one call per agreement named). */
    connectWiseAdditions: (uuid: string, agreementId: string): Promise<JumpCloudIdName[]> =>
      allJumpCloudItems((page) => api.connectWiseAdditions(uuid, agreementId, page)),

    autotaskContracts: (uuid: string): Promise<JumpCloudAutotaskContract[]> =>
      allJumpCloudItems((page) => api.autotaskContracts(uuid, page)),

    autotaskServices: (uuid: string): Promise<JumpCloudAutotaskService[]> =>
      allJumpCloudItems((page) => api.autotaskServices(uuid, page)),

    /** Syncro's billing option lists (schedules with their line items): one call. */
    async syncroBillingOptions(uuid: string): Promise<JumpCloudSyncroBillingOption[]> {
      return (await api.syncroBillingOptions(uuid, { skip: 0, limit: 100 }))?.options ?? [];
    },

    /** The type's alert configurations as JumpCloud stores them (a PUT replaces them whole). */
    async alertConfigurations(type: JumpCloudIntegrationType): Promise<JumpCloudAlertConfiguration[]> {
      return (await api.alertConfigurations(type))?.records ?? [];
    },

    /**
     * `GET /providers/{provider_id}/integrations/{type}/alerts/configuration/options`
     * (`<type>RetrieveAllAlertConfigurationOptions`): ConnectWise and Syncro answer `{records}`,
     * Autotask `{options, resources}`.
     */
    async alertOptions(
      type: JumpCloudIntegrationType,
    ): Promise<{ options: JumpCloudAlertOption[]; resources: JumpCloudAlertResource[] }> {
      const body = await http.request<{
        records?: JumpCloudAlertOption[];
        options?: JumpCloudAlertOption[];
        resources?: JumpCloudAlertResource[];
      }>({
        operation: `${type}RetrieveAllAlertConfigurationOptions`,
        path: `${provider}/integrations/${type}/alerts/configuration/options`,
      });
      return { options: body.records ?? body.options ?? [], resources: body.resources ?? [] };
    },

    /** Administrators with this (normalized) email: 1 call, `email:eq` pushed down (JumpCloud stores them lower-cased). */
    async administratorsByEmail(email: string): Promise<JumpCloudAdministrator[]> {
      const wanted = normalizeEmail(email);
      // `*` is JumpCloud's wildcard and cannot be escaped: such an address is looked for in the whole list.
      const filter = wanted.includes('*') ? undefined : allOf(equals('email', wanted));
      const admins = await allJumpCloudItems((page) => api.listAdministrators(page, { filter }));
      return admins.filter((admin) => normalizeEmail(admin.email) === wanted);
    },

    /** Every administrator: ⌈N / 100⌉ calls (JumpCloud has no single-administrator GET). */
    administrators: (): Promise<JumpCloudAdministrator[]> =>
      allJumpCloudItems((page) => api.listAdministrators(page)),
  };
}

export type JumpCloudWriteReads = ReturnType<typeof createJumpCloudWriteReads>;
