/**
 * Raw shapes of Atlassian's SCIM 2.0 provisioning API, generated from specs/atlassian-scim.yaml.
 * Vendor docs: https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/
 */
export type {
  AtlassianScimUser as ScimUser,
  AtlassianScimUserGroup as ScimUserGroup,
  AtlassianScimGroup as ScimGroup,
  AtlassianScimGroupMember as ScimGroupMember,
  AtlassianScimUserListResponse as ScimUserListResponse,
  AtlassianScimGroupListResponse as ScimGroupListResponse,
} from '../../__generated__/vendors/atlassian-scim.js';
