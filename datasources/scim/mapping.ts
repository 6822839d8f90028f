import {
  normalizeEmail,
  type GroupMembershipModel,
  type GroupModel,
  type ScimIdentityModel,
} from '../model/index.js';
import type { ScimGroup, ScimGroupMember, ScimUser, ScimUserGroup } from './types.js';

/** Pure raw SCIM → internal model mappers. SCIM groups are Atlassian's, provisioned by the IdP. */

/** A group as a user's `groups` entry names it: ID and name only. */
export function toGroupReference(ref: ScimUserGroup): GroupModel {
  return {
    vendor: 'ATLASSIAN',
    source: 'SCIM',
    externalId: ref.value,
    name: ref.display,
    email: null,
    description: null,
    memberCount: null,
    createdAt: null,
  };
}

export function toScimIdentity(user: ScimUser): ScimIdentityModel {
  return {
    id: user.id,
    userName: user.userName ?? '',
    // SCIM's `active` defaults to true; only an explicit false means deactivated.
    active: user.active !== false,
    externalId: user.externalId ?? null,
    groups: (user.groups ?? []).map(toGroupReference),
  };
}

export function toScimGroup(group: ScimGroup): GroupModel {
  return {
    vendor: 'ATLASSIAN',
    source: 'SCIM',
    externalId: group.id,
    name: group.displayName,
    email: null,
    description: null,
    memberCount: group.members?.length ?? 0,
    createdAt: group.meta?.created ?? null,
  };
}

/** Atlassian gives a member's userName (its email) as `display`. SCIM groups have no roles. */
export function toScimMembership(member: ScimGroupMember, group: GroupModel): GroupMembershipModel {
  return { group, email: normalizeEmail(member.display), role: 'MEMBER' };
}
