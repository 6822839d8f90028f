import type { components } from '../../__generated__/vendors/atlassian-admin.js';

/**
 * Raw Atlassian Admin API shapes, generated from specs/atlassian-admin.yaml (`npm run codegen`).
 * Vendor docs: https://developer.atlassian.com/cloud/admin/organization/rest/intro/
 */
type Schemas = components['schemas'];

export type AtlassianOrganization = Schemas['AtlassianOrganization'];
export type AtlassianUser = Schemas['AtlassianUser'];
export type AtlassianAccountStatus = Schemas['AtlassianAccountStatus'];
export type AtlassianProductAccess = Schemas['AtlassianProductAccess'];
export type AtlassianUserCount = Schemas['AtlassianUserCount'];
export type AtlassianRoleAssignment = Schemas['AtlassianRoleAssignment'];
export type AtlassianRoleAssignmentList = Schemas['AtlassianRoleAssignmentList'];
export type AtlassianDomain = Schemas['AtlassianDomain'];
export type AtlassianPolicy = Schemas['AtlassianPolicy'];
export type AtlassianPolicyType = Schemas['AtlassianPolicyType'];
export type AtlassianEvent = Schemas['AtlassianEvent'];
export type AtlassianGroup = Schemas['AtlassianGroup'];
export type AtlassianPaginationLinks = Schemas['AtlassianPaginationLinks'];
/** v2, beyond the seed document (Atlassian's public API): camelCase fields. */
export type AtlassianDirectory = Schemas['AtlassianDirectory'];
export type AtlassianGroupMember = Schemas['AtlassianGroupMember'];

/** Every Atlassian list answers this envelope: `data`, `links` (complete URLs) and `meta.total`. */
export interface AtlassianPage<T> {
  data: T[];
  links: AtlassianPaginationLinks;
  meta?: Schemas['AtlassianPageMeta'];
}
