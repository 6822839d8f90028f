import { pathSegment as seg } from '../http/path-segment.js';
import type { VendorWrite } from '../vendor-write.js';
import type { components } from '../../__generated__/vendors/jumpcloud.js';
import type { JumpCloudIntegrationType } from './types.js';

/**
 * JumpCloud provider (MSP) writes (specs/jumpcloud.yaml, paths below `https://console.jumpcloud.com/api/v2`).
 * The API offers no suspend or restore of a provider administrator: only removal.
 * https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers
 */

/** `DELETE /providers/{provider_id}/administrators/{id}`: answers 204, or 404 for an unknown administrator. */
export const jumpCloudRemoveAdministrator = (providerId: string, administratorId: string): VendorWrite => ({
  operation: 'providersRemoveAdministrator',
  method: 'DELETE',
  path: `/providers/${seg(providerId)}/administrators/${seg(administratorId)}`,
});

/**
 * JumpCloud provider writes other than removal (writes.ts): inviting administrators and creating or
 * changing client organizations (specs/jumpcloud.yaml; https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers).
 */
type Schemas = components['schemas'];

export type JumpCloudAdministratorRequest = Schemas['ProviderAdminReq'];
export type JumpCloudCreateOrganizationRequest = Schemas['CreateOrganization'];
export type JumpCloudOrganizationUpdate = Schemas['OrganizationUpdate'];

/**
 * JumpCloud's built-in administrator roles, by the names `roleName` takes
 * (https://jumpcloud.com/support/admin-portal-roles). The API has no role list endpoint.
 */
export const jumpCloudAdminRoleNames = [
  'Administrator with Billing',
  'Administrator',
  'Manager',
  'Command Runner with Billing',
  'Command Runner',
  'Help Desk',
  'Read Only',
] as const;

/** `POST /providers/{provider_id}/administrators` (`providersPostAdmins`): 200 with the invited administrator; 409 for a used email. */
export const jumpCloudCreateAdministrator = (
  providerId: string,
  administrator: JumpCloudAdministratorRequest,
): VendorWrite => ({
  operation: 'providersPostAdmins',
  method: 'POST',
  path: `/providers/${seg(providerId)}/administrators`,
  body: administrator,
});

/** `POST /providers/{provider_id}/organizations` (`providerOrganizationsCreateOrg`): 201; 400 for a used name. */
export const jumpCloudCreateOrganization = (
  providerId: string,
  organization: JumpCloudCreateOrganizationRequest,
): VendorWrite => ({
  operation: 'providerOrganizationsCreateOrg',
  method: 'POST',
  path: `/providers/${seg(providerId)}/organizations`,
  body: organization,
});

/** `PUT /providers/{provider_id}/organizations/{id}` (`providerOrganizationsUpdateOrg`): the fields sent change; 404 when unknown. */
export const jumpCloudUpdateOrganization = (
  providerId: string,
  organizationId: string,
  update: JumpCloudOrganizationUpdate,
): VendorWrite => ({
  operation: 'providerOrganizationsUpdateOrg',
  method: 'PUT',
  path: `/providers/${seg(providerId)}/organizations/${seg(organizationId)}`,
  body: update,
});

/**
 * JumpCloud PSA integration writes (specs/jumpcloud.yaml, paths below `https://console.jumpcloud.com/api/v2`):
 * mapping rows, settings, the integration itself, and ticketing alert configurations.
 * https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers
 */

export type JumpCloudConnectWiseMappingRow = Schemas['ConnectWiseMappingRequest']['data'][number];
export type JumpCloudSyncroMappingRow = Schemas['SyncroMappingRequest']['data'][number];
export type JumpCloudAutotaskMappingRow = Schemas['AutotaskMappingRequest']['data'][number];
export type JumpCloudMappingRow =
  JumpCloudConnectWiseMappingRow | JumpCloudSyncroMappingRow | JumpCloudAutotaskMappingRow;
export type JumpCloudSettingsPatch = Schemas['PsaSettingsPatchReq'] | Schemas['SyncroSettingsPatchReq'];

/** What replaces a write-only credential wherever a call is shown (plans, results, replays). */
export const MASKED = '********';

/**
 * `PATCH /integrations/{type}/{UUID}/mappings` (`connectwisePatchMappings`, `syncroPatchMappings`,
 * `autotaskPatchMappings`): creates, replaces and deletes rows in one call, all or nothing (204).
 */
export const jumpCloudPatchMappings = (
  type: JumpCloudIntegrationType,
  uuid: string,
  rows: JumpCloudMappingRow[],
): VendorWrite => ({
  operation: `${type}PatchMappings`,
  method: 'PATCH',
  path: `/integrations/${type}/${seg(uuid)}/mappings`,
  body: { data: rows },
});

/** `PATCH /integrations/{type}/{UUID}/settings`: only the fields sent change; answers the settings. */
export const jumpCloudPatchSettings = (
  type: JumpCloudIntegrationType,
  uuid: string,
  settings: JumpCloudSettingsPatch,
): VendorWrite => ({
  operation: `${type}PatchSettings`,
  method: 'PATCH',
  path: `/integrations/${type}/${seg(uuid)}/settings`,
  body: settings,
});

/** Copies a connection body with every secret field masked: what is shown of a call carrying credentials. */
export function maskSecrets(
  body: Record<string, unknown>,
  secretFields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, secretFields.includes(key) ? MASKED : value]),
  );
}

/**
 * `POST /providers/{provider_id}/integrations/{type}` (`connectwiseCreateConfiguration`, ...): 201 with
 * the new `integrationId`; 422 when the PSA refuses the credentials, 409 for a second integration on
 * the same PSA account. The body carries credentials: shown masked.
 */
export const jumpCloudCreateIntegration = (
  providerId: string,
  type: JumpCloudIntegrationType,
  connection: Record<string, string>,
  secretFields: readonly string[],
): VendorWrite => ({
  operation: `${type}CreateConfiguration`,
  method: 'POST',
  path: `/providers/${seg(providerId)}/integrations/${type}`,
  body: connection,
  shownBody: maskSecrets(connection, secretFields),
});

/** `PATCH /integrations/{type}/{UUID}` (`connectwiseUpdateConfiguration`, ...): the fields sent change; shown masked. */
export const jumpCloudUpdateIntegration = (
  type: JumpCloudIntegrationType,
  uuid: string,
  connection: Record<string, string>,
  secretFields: readonly string[],
): VendorWrite => ({
  operation: `${type}UpdateConfiguration`,
  method: 'PATCH',
  path: `/integrations/${type}/${seg(uuid)}`,
  body: connection,
  shownBody: maskSecrets(connection, secretFields),
});

/** `DELETE /providers/{provider_id}/policygrouptemplates/{id}` (`policyGroupTemplatesDelete`): 204; 404 when unknown. */
export const jumpCloudDeletePolicyGroupTemplate = (providerId: string, templateId: string): VendorWrite => ({
  operation: 'policyGroupTemplatesDelete',
  method: 'DELETE',
  path: `/providers/${seg(providerId)}/policygrouptemplates/${seg(templateId)}`,
});

/** `DELETE /integrations/{type}/{UUID}` (`connectwiseDeleteConfiguration`, ...): 204, with its mappings; 404 when unknown. */
export const jumpCloudDeleteIntegration = (type: JumpCloudIntegrationType, uuid: string): VendorWrite => ({
  operation: `${type}DeleteConfiguration`,
  method: 'DELETE',
  path: `/integrations/${type}/${seg(uuid)}`,
});

/**
 * `PUT /providers/{provider_id}/integrations/{type}/alerts/{alert_UUID}/configuration`
 * (`connectwiseUpdateAlertConfiguration`, ...): replaces the alert's ticket settings (its identity
 * fields stay); option IDs must come from the type's configuration options, otherwise 400.
 */
export const jumpCloudUpdateAlertConfiguration = (
  providerId: string,
  type: JumpCloudIntegrationType,
  alertId: string,
  configuration: Record<string, unknown>,
): VendorWrite => ({
  operation: `${type}UpdateAlertConfiguration`,
  method: 'PUT',
  path: `/providers/${seg(providerId)}/integrations/${type}/alerts/${seg(alertId)}/configuration`,
  body: configuration,
});
