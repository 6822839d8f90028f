import type { components } from '../../__generated__/vendors/atlassian-admin.js';

/**
 * Raw Atlassian Admin API shapes, generated from specs/atlassian-admin.yaml (`npm run codegen`).
 * Vendor docs: https://developer.atlassian.com/cloud/admin/organization/rest/intro/
 */
type Schemas = components['schemas'];

export type {
  AtlassianOrganization,
  AtlassianUser,
  AtlassianAccountStatus,
  AtlassianProductAccess,
  AtlassianUserCount,
  AtlassianRoleAssignment,
  AtlassianRoleAssignmentList,
  AtlassianDomain,
  AtlassianPolicy,
  AtlassianPolicyType,
  AtlassianEvent,
  AtlassianGroup,
  AtlassianPaginationLinks,
  /** v2, beyond the seed document (Atlassian's public API): camelCase fields. */
  AtlassianDirectory,
  AtlassianGroupMember,
} from '../../__generated__/vendors/atlassian-admin.js';

/** Every Atlassian list answers this envelope: `data`, `links` (complete URLs) and `meta.total`. */
export interface AtlassianPage<T> {
  data: T[];
  links: Schemas['AtlassianPaginationLinks'];
  meta?: Schemas['AtlassianPageMeta'];
}
