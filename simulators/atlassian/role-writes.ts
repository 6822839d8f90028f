import { badRequest, conflict } from '../core/http-types.js';
import type {
  DirectoryMember,
  OrgRole,
  Organization,
  ProductGrant,
  ProductKey,
  ProductRole,
} from './model.js';
import { orgRoles, productRoles } from './model.js';
import { userContext } from './seed/events.js';
import type { AtlassianState } from './state.js';
import { viaApiKey } from './user-writes.js';

export interface ProductRoleChange {
  key: ProductKey;
  role: ProductRole;
}

/** Reads `{role}` of an org-role request: one of org-admin, trusted-user, user, else 400. */
export function parseOrgRole(body: Record<string, unknown>): OrgRole {
  const role = body.role;
  if (typeof role !== 'string' || !(orgRoles as readonly string[]).includes(role))
    throw badRequest(`role must be one of ${orgRoles.join(', ')}; got ${JSON.stringify(role)}`, {
      errorCode: 'INVALID_ROLE',
    });
  return role as OrgRole;
}

/**
 * Reads `[{role, resource: {id, type}}]`: each role must be a product role and each resource one of
 * this organization's products (its ARI, with the product key as type), else 400.
 */
export function parseProductRoles(org: Organization, raw: unknown, field: string): ProductRoleChange[] {
  if (!Array.isArray(raw)) throw badRequest(`${field} must be an array`, { errorCode: 'INVALID_REQUEST' });
  return raw.map((entry, i) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as {
      role?: unknown;
      resource?: { id?: unknown; type?: unknown };
    };
    if (typeof item.role !== 'string' || !(productRoles as readonly string[]).includes(item.role))
      throw badRequest(
        `${field}[${i}].role must be one of ${productRoles.join(', ')}; got ${JSON.stringify(item.role)}`,
        { errorCode: 'INVALID_ROLE' },
      );
    const resource = org.products.find((p) => p.id === item.resource?.id);
    if (!resource || (item.resource?.type !== undefined && item.resource.type !== resource.key))
      throw badRequest(
        `${field}[${i}].resource ${JSON.stringify(item.resource?.id)} is not a product of organization ${org.id}`,
        {
          errorCode: 'INVALID_RESOURCE',
        },
      );
    return { key: resource.key, role: item.role as ProductRole };
  });
}

/** Grants for an invite: the changes grouped by product. */
export function grantsFrom(changes: ProductRoleChange[]): ProductGrant[] {
  const grants: ProductGrant[] = [];
  for (const change of changes) {
    const grant =
      grants.find((g) => g.key === change.key) ?? grants[grants.push({ key: change.key, roles: [] }) - 1];
    if (!grant.roles.includes(change.role)) grant.roles = [...grant.roles, change.role];
  }
  return grants;
}

/** Assigning the role already held changes nothing (and records nothing). */
export function assignOrgRole(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  role: OrgRole,
): void {
  if (member.orgRole === role) return;
  member.orgRole = role;
  state.recordEvent(org, {
    action: 'org_role_assigned',
    ...viaApiKey,
    context: userContext(member, [{ key: 'role', value: role }]),
    directory: org.directory,
  });
}

export function revokeOrgRole(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  role: OrgRole,
): void {
  if (role === 'user')
    throw badRequest('The basic user role cannot be revoked; remove the user from the directory instead', {
      errorCode: 'INVALID_ROLE',
    });
  if (member.orgRole !== role)
    throw conflict(`User ${member.account.accountId} does not hold role ${role}`, {
      errorCode: 'ROLE_NOT_ASSIGNED',
    });
  member.orgRole = 'user';
  state.recordEvent(org, {
    action: 'org_role_revoked',
    ...viaApiKey,
    context: userContext(member, [{ key: 'role', value: role }]),
    directory: org.directory,
  });
}

export function grantProductRoles(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  changes: ProductRoleChange[],
): void {
  for (const { key, role } of changes) {
    let grant = member.products.find((p) => p.key === key);
    if (grant?.roles.includes(role)) continue;
    if (!grant) member.products.push((grant = { key, roles: [] }));
    grant.roles = [...grant.roles, role];
    state.recordEvent(org, {
      action: 'product_role_granted',
      ...viaApiKey,
      context: userContext(member, [
        { key: 'product', value: key },
        { key: 'role', value: role },
      ]),
      directory: org.directory,
    });
  }
}

/** All-or-nothing: if any role is not held, nothing is revoked (409). */
export function revokeProductRoles(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  changes: ProductRoleChange[],
): void {
  for (const { key, role } of changes)
    if (!member.products.find((p) => p.key === key)?.roles.includes(role))
      throw conflict(`User ${member.account.accountId} does not hold role ${role} on ${key}`, {
        errorCode: 'ROLE_NOT_ASSIGNED',
      });
  for (const { key, role } of changes) {
    const grant = member.products.find((p) => p.key === key);
    if (!grant || !grant.roles.includes(role)) continue; // the same role twice in one request
    grant.roles = grant.roles.filter((r) => r !== role);
    if (grant.roles.length === 0) member.products = member.products.filter((p) => p !== grant);
    state.recordEvent(org, {
      action: 'product_role_revoked',
      ...viaApiKey,
      context: userContext(member, [
        { key: 'product', value: key },
        { key: 'role', value: role },
      ]),
      directory: org.directory,
    });
  }
}
