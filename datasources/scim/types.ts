import type { components } from '../../__generated__/vendors/atlassian-scim.js';

/**
 * Raw shapes of Atlassian's SCIM 2.0 provisioning API, generated from specs/atlassian-scim.yaml.
 * Vendor docs: https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/
 */
type Schemas = components['schemas'];

export type ScimUser = Schemas['AtlassianScimUser'];
export type ScimUserGroup = Schemas['AtlassianScimUserGroup'];
export type ScimGroup = Schemas['AtlassianScimGroup'];
export type ScimGroupMember = Schemas['AtlassianScimGroupMember'];
export type ScimUserListResponse = Schemas['AtlassianScimUserListResponse'];
export type ScimGroupListResponse = Schemas['AtlassianScimGroupListResponse'];
