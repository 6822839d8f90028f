import type {
  AccountModel,
  AtlassianAccountModel,
  GroupMembershipModel,
  JumpCloudAccountModel,
  PrivilegedRoleModel,
  RoleAssignmentModel,
} from '../model/index.js';

/**
 * Which vendor roles count as privileged. Atlassian: the organization roles above `user` and the
 * product administration roles (the roles `getUserRoleAssignments` lists). JumpCloud: every provider
 * administrator (its list is the administrators). BetterCloud's user API has no admin role; what it
 * does give is a group role, and a group's owner or manager controls who gets the group's access.
 */
export const ATLASSIAN_ORG_ROLES: ReadonlySet<string> = new Set(['org-admin', 'trusted-user']);
export const ATLASSIAN_PRODUCT_ROLES: ReadonlySet<string> = new Set(['product-admin', 'user-access-admin']);

export function isPrivilegedAtlassianRole(role: string): boolean {
  return ATLASSIAN_ORG_ROLES.has(role) || ATLASSIAN_PRODUCT_ROLES.has(role);
}

const ofAccount = (account: AccountModel) => ({
  account,
  accountStatus: account.status,
  lastActiveAt: account.lastActiveAt,
});

/** The privileged Atlassian roles among an account's assignments (organization roles apply org-wide: no resource). */
export function atlassianPrivilegedRoles(
  account: AtlassianAccountModel,
  assignments: readonly RoleAssignmentModel[],
): PrivilegedRoleModel[] {
  return assignments
    .filter((a) => isPrivilegedAtlassianRole(a.role))
    .map((a) => ({
      vendor: 'ATLASSIAN' as const,
      role: a.role,
      resource: ATLASSIAN_ORG_ROLES.has(a.role) ? null : a.resource,
      ...ofAccount(account),
    }));
}

/** A JumpCloud account is a provider administrator: its role is privileged whatever its name. */
export function jumpCloudPrivilegedRole(account: JumpCloudAccountModel): PrivilegedRoleModel {
  return {
    vendor: 'JUMPCLOUD',
    role: account.role ?? 'administrator',
    resource: null,
    ...ofAccount(account),
  };
}

/** BetterCloud group owners and managers (lower-case roles, the group's name as the resource). */
export function betterCloudPrivilegedRoles(
  memberships: readonly GroupMembershipModel[],
  account: AccountModel | undefined,
): PrivilegedRoleModel[] {
  return memberships
    .filter((m) => m.role === 'OWNER' || m.role === 'MANAGER')
    .map((m) => ({
      vendor: 'BETTERCLOUD' as const,
      role: m.role.toLowerCase(),
      resource: m.group.name,
      account: account ?? null,
      accountStatus: account?.status ?? null,
      lastActiveAt: account?.lastActiveAt ?? null,
    }));
}
