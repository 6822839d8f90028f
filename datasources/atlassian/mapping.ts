import {
  normalizeEmail,
  type AccountStatus,
  type AtlassianAccountModel,
  type AtlassianOrganizationModel,
  type AuditEventModel,
  type DirectoryModel,
  type DomainModel,
  type GroupMembershipModel,
  type GroupModel,
  type PolicyKind,
  type PolicyModel,
  type ProductAccessModel,
  type RoleAssignmentModel,
} from '../model/index.js';
import type {
  AtlassianAccountStatus,
  AtlassianDirectory,
  AtlassianDomain,
  AtlassianEvent,
  AtlassianGroup,
  AtlassianGroupMember,
  AtlassianOrganization,
  AtlassianPolicy,
  AtlassianPolicyType,
  AtlassianProductAccess,
  AtlassianRoleAssignment,
  AtlassianUser,
} from './types.js';

/** Pure raw Atlassian → internal model mappers. */

/**
 * Atlassian keeps two states: the account itself (`active`; `inactive` once deleted, for the 14 days
 * before it closes; `closed`) and its membership in this directory (`active` or `suspended`).
 * A deleted account is gone for good (DEPROVISIONED) whatever its membership; a suspended membership
 * of a live account can be restored (SUSPENDED).
 */
export function toAccountStatus(
  accountStatus: AtlassianAccountStatus,
  membershipStatus: AtlassianUser['membership_status'],
): AccountStatus {
  if (accountStatus === 'closed' || accountStatus === 'inactive') return 'DEPROVISIONED';
  return membershipStatus === 'suspended' ? 'SUSPENDED' : 'ACTIVE';
}

/** `account_status`, or `suspended` when the directory suspends a live account. */
export function toVendorStatus(user: Pick<AtlassianUser, 'account_status' | 'membership_status'>): string {
  return user.account_status === 'active' && user.membership_status === 'suspended'
    ? 'suspended'
    : user.account_status;
}

export function toProductAccess(access: AtlassianProductAccess): ProductAccessModel {
  return {
    key: access.key,
    name: access.name ?? null,
    url: access.url ?? null,
    lastActiveAt: access.last_active ?? null,
  };
}

export function toAtlassianAccount(
  user: AtlassianUser,
  ids: { orgId: string; directoryId: string },
): AtlassianAccountModel {
  return {
    vendor: 'ATLASSIAN',
    externalId: user.account_id,
    email: user.email,
    normalizedEmail: normalizeEmail(user.email),
    status: toAccountStatus(user.account_status, user.membership_status),
    vendorStatus: toVendorStatus(user),
    lastActiveAt: user.last_active ?? null,
    createdAt: user.created ?? null,
    displayName: user.name || null,
    // Atlassian's directory holds no HR attributes.
    department: null,
    title: null,
    location: null,
    accountType: user.account_type ?? null,
    orgId: ids.orgId,
    directoryId: ids.directoryId,
    productAccess: (user.product_access ?? []).map(toProductAccess),
  };
}

/** The org role (resource: the org ID) or a product role (resource: the product's ARI). */
export function toRoleAssignment(assignment: AtlassianRoleAssignment): RoleAssignmentModel {
  return { vendor: 'ATLASSIAN', role: assignment.role, resource: assignment.resource?.id ?? null };
}

export function toOrganization(org: AtlassianOrganization): AtlassianOrganizationModel {
  return { vendor: 'ATLASSIAN', externalId: org.id, name: org.attributes.name };
}

export function toDomain(domain: AtlassianDomain): DomainModel {
  return {
    id: domain.id,
    name: domain.attributes.name,
    verificationStatus: domain.attributes.claim?.status?.toUpperCase() ?? null,
  };
}

const kindByPolicyType: Record<AtlassianPolicyType, PolicyKind> = {
  'ip-allowlist': 'IP_ALLOWLIST',
  'data-residency': 'DATA_RESIDENCY',
  authentication: 'AUTHENTICATION',
  'external-user': 'EXTERNAL_USER',
  'user-security': 'USER_SECURITY',
};

export function toPolicyKind(type: string): PolicyKind {
  return kindByPolicyType[type as AtlassianPolicyType] ?? 'OTHER';
}

/** The Atlassian `type` a kind pushes down to, or undefined when the kind is not an Atlassian one. */
export function toAtlassianPolicyType(kind: PolicyKind): AtlassianPolicyType | undefined {
  return (Object.keys(kindByPolicyType) as AtlassianPolicyType[]).find(
    (type) => kindByPolicyType[type] === kind,
  );
}

export function toPolicy(policy: AtlassianPolicy, orgId: string): PolicyModel {
  return {
    vendor: 'ATLASSIAN',
    externalId: policy.id,
    name: policy.name,
    kind: toPolicyKind(policy.type),
    vendorType: policy.type,
    enabled: policy.status === 'enabled',
    // Atlassian policies have a name but no description.
    description: null,
    attributes: policy.attributes,
    resources: (policy.resources ?? []).map((r) => r.id),
    orgId,
    createdAt: policy.created ?? null,
    updatedAt: policy.updated ?? null,
  };
}

export function toGroup(group: AtlassianGroup, orgId: string): GroupModel {
  return {
    vendor: 'ATLASSIAN',
    source: 'ATLASSIAN',
    externalId: group.id,
    name: group.attributes.name,
    email: null,
    description: group.attributes.description || null,
    memberCount: group.attributes.member_count,
    createdAt: null,
    orgId,
  };
}

/** A directory (v2 `getDirectories`) with the user count `getDirectoryUserCount` gave (null: unknown). */
export function toDirectory(directory: AtlassianDirectory, userCount: number | null): DirectoryModel {
  return { id: directory.directoryId, name: directory.name || null, userCount };
}

/** A member of an Atlassian group: Atlassian groups have no roles, so every member is a MEMBER. */
export function toGroupMembership(member: AtlassianGroupMember, group: GroupModel): GroupMembershipModel {
  return { group, email: member.email, role: 'MEMBER' };
}

/** An audit event; the person it is about is its `email` context entry (normalized for the join). */
export function toAuditEvent(event: AtlassianEvent): AuditEventModel {
  const { time, action, actor, context } = event.attributes;
  const email = context.find((c) => c.key === 'email')?.value;
  return {
    vendor: 'ATLASSIAN',
    externalId: event.id,
    action,
    occurredAt: time,
    actor: actor.id,
    targetEmail: email ? normalizeEmail(email) : null,
    targetDescription: context.length ? context.map((c) => `${c.key}=${c.value}`).join(', ') : null,
    description: `${actor.name}: ${action.replace(/_/g, ' ')}`,
  };
}
