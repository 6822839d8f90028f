import type { AtlassianOrgRole, AtlassianProductRole } from '../../datasources/writes.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** The roles Atlassian's Admin API knows (specs/atlassian-admin.yaml AtlassianOrgRole / AtlassianProductRole). */
export const ORG_ROLES: readonly AtlassianOrgRole[] = ['org-admin', 'trusted-user', 'user'];
export const PRODUCT_ROLES: readonly AtlassianProductRole[] = ['user', 'product-admin', 'user-access-admin'];

/** The role if it is one of `allowed` (exactly as Atlassian spells it), else the userError on `field`. */
export function checkRole<R extends string>(
  value: string,
  allowed: readonly R[],
  field: string[],
): { role: R } | { error: UserErrorModel } {
  if ((allowed as readonly string[]).includes(value)) return { role: value as R };
  return { error: userError(field, `"${value}" is not one of ${allowed.join(', ')}`, 'INVALID_ROLE') };
}

/** Every member holds `user`: Atlassian refuses to revoke it (400); removing the person from the directory does that. */
export function checkRevocableOrgRole(
  value: string,
  field: string[],
): { role: AtlassianOrgRole } | { error: UserErrorModel } {
  const checked = checkRole(value, ORG_ROLES, field);
  if ('role' in checked && checked.role === 'user')
    return {
      error: userError(
        field,
        'The basic `user` role cannot be revoked: remove the person from the directory instead',
        'INVALID_ROLE',
      ),
    };
  return checked;
}
