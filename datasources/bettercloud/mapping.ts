import {
  normalizeEmail,
  type AccountStatus,
  type AuditEventModel,
  type BetterCloudAccountModel,
  type GroupMembershipModel,
  type GroupModel,
  type GroupRole,
  type IntegrationModel,
  type WorkflowModel,
} from '../model/index.js';
import type { WorkflowQuery } from '../contracts.js';
import type {
  BetterCloudEvent,
  BetterCloudGroup,
  BetterCloudGroupMember,
  BetterCloudGroupRole,
  BetterCloudIntegration,
  BetterCloudUser,
  BetterCloudUserStatus,
  BetterCloudWorkflow,
  BetterCloudWorkflowStatus,
} from './types.js';

/** Pure raw BetterCloud → internal model mappers. */

/** BetterCloud's lifecycle words are already ours: suspension keeps the data, deprovisioning removes access for good. */
const accountStatuses: Record<BetterCloudUserStatus, AccountStatus> = {
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
  deprovisioned: 'DEPROVISIONED',
};

export function toAccountStatus(status: BetterCloudUserStatus): AccountStatus {
  return accountStatuses[status];
}

const nonEmpty = (value: string | null | undefined) => (value ? value : null);

export function toBetterCloudAccount(user: BetterCloudUser): BetterCloudAccountModel {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return {
    vendor: 'BETTERCLOUD',
    externalId: user.id,
    email: user.email,
    normalizedEmail: normalizeEmail(user.email),
    status: toAccountStatus(user.status),
    vendorStatus: user.status,
    // BetterCloud reports no sign-in or activity date (`updated_at` is a record change, not activity).
    lastActiveAt: null,
    createdAt: user.created_at,
    displayName: name || null,
    department: nonEmpty(user.department),
    title: nonEmpty(user.title),
    location: nonEmpty(user.location),
    firstName: nonEmpty(user.first_name),
    lastName: nonEmpty(user.last_name),
    managerEmail: nonEmpty(user.manager_email),
  };
}

export function toGroup(group: BetterCloudGroup): GroupModel {
  return {
    vendor: 'BETTERCLOUD',
    source: 'BETTERCLOUD',
    externalId: group.id,
    name: group.name,
    email: group.email,
    description: group.description,
    memberCount: group.member_count,
    createdAt: group.created_at,
  };
}

const groupRoles: Record<BetterCloudGroupRole, GroupRole> = {
  owner: 'OWNER',
  manager: 'MANAGER',
  member: 'MEMBER',
};

export function toGroupRole(role: BetterCloudGroupRole): GroupRole {
  return groupRoles[role];
}

/** A member of `group`; the email is normalized, as it joins the person in the identity index. */
export function toMembership(member: BetterCloudGroupMember, group: GroupModel): GroupMembershipModel {
  return { group, email: normalizeEmail(member.email), role: toGroupRole(member.role) };
}

export function toWorkflow(workflow: BetterCloudWorkflow): WorkflowModel {
  return {
    externalId: workflow.id,
    name: workflow.name,
    description: workflow.description,
    status: workflow.status,
    triggerType: workflow.trigger_type,
    actionCount: workflow.action_count,
    createdAt: workflow.created_at,
    updatedAt: workflow.updated_at,
  };
}

const betterCloudWorkflowStatuses: Record<NonNullable<WorkflowQuery['status']>, BetterCloudWorkflowStatus> = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  DRAFT: 'draft',
};

/** The schema's workflow status as BetterCloud's `listWorkflows` `status` parameter spells it. */
export function toBetterCloudWorkflowStatus(
  status: WorkflowQuery['status'],
): BetterCloudWorkflowStatus | undefined {
  return status && betterCloudWorkflowStatuses[status];
}

/**
 * `target_email` names a user or a group; it becomes the join key (normalized) and stays readable
 * as the vendor wrote it in `targetDescription`. Whether it is a person is decided by the identity index.
 */
export function toAuditEvent(event: BetterCloudEvent): AuditEventModel {
  return {
    vendor: 'BETTERCLOUD',
    externalId: event.id,
    action: event.type,
    occurredAt: event.occurred_at,
    actor: event.actor_email,
    targetEmail: event.target_email ? normalizeEmail(event.target_email) : null,
    targetDescription: event.target_email,
    description: event.description,
  };
}

export function toIntegration(integration: BetterCloudIntegration): IntegrationModel {
  return {
    vendor: 'BETTERCLOUD',
    externalId: integration.id,
    kind: 'SAAS_APPLICATION',
    name: integration.name,
    status: integration.status,
    connectedAt: integration.connected_at,
    // BetterCloud returns no endpoint, and "configured" is a PSA notion (JumpCloud).
    endpoint: null,
    isConfigured: null,
  };
}

/** The account state asked for, in BetterCloud's `status` words (one each: the mapping is one to one). */
export function toBetterCloudUserStatus(
  status: 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED' | undefined,
): BetterCloudUserStatus | undefined {
  if (status === undefined) return undefined;
  return ({ ACTIVE: 'active', SUSPENDED: 'suspended', DEPROVISIONED: 'deprovisioned' } as const)[status];
}
