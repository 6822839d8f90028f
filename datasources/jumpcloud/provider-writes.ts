import type { components } from '../../__generated__/vendors/jumpcloud.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

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
