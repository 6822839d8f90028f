import type { components } from '../../__generated__/vendors/atlassian-admin.js';
import { pathSegment as seg, type VendorWrite } from '../vendor-write.js';

/**
 * Atlassian Admin API policy writes (specs/atlassian-admin.yaml).
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-policies/#api-v1-orgs-orgid-policies-policyid-put
 */
export type AtlassianPolicyUpdateRequest = components['schemas']['AtlassianPolicyUpdateRequest'];

/** `updatePolicy` (PUT): changes the fields sent; `attributes` keys replace stored keys of the same name. */
export const atlassianUpdatePolicy = (
  orgId: string,
  policyId: string,
  request: AtlassianPolicyUpdateRequest,
): VendorWrite => ({
  operation: 'updatePolicy',
  method: 'PUT',
  path: `/v1/orgs/${seg(orgId)}/policies/${seg(policyId)}`,
  body: request,
});
