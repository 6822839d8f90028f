import {
  betterCloudAddGroupMember,
  scimAddGroupMember,
  scimRemoveGroupMember,
} from '../../datasources/writes.js';
import {
  normalizeEmail,
  type GroupMembershipModel,
  type GroupModel,
  type GroupRole,
  type UserModel,
} from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, Prepared } from '../pipeline.js';
import { alreadyDone, plannedCall, unsupported, type PlanStep } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { NOT_SUPPORTED, ACCOUNT_DEPROVISIONED } from '../user-lifecycle/vendor-steps.js';
import { rereadGroup, resolveWritableGroup, type WritableGroup } from './group-target.js';
import { accountsIn, resolvePerson, type PersonInput } from './person.js';

/** `AddGroupMemberInput` / `RemoveGroupMemberInput` (remove has no role). */
export interface GroupMemberInput extends PersonInput {
  groupId: string;
  role?: GroupRole | null;
}

/** The group, the person's account in its vendor, and their membership now (if any). */
interface MemberTarget {
  group: WritableGroup;
  email: string;
  /** BetterCloud user ID or SCIM user ID. */
  memberId: string;
  memberLabel: string;
  deprovisioned: boolean;
  membership: GroupMembershipModel | undefined;
  role: GroupRole;
}

/** What the payload shows: the group read again and the person. */
export interface MemberSubject {
  group: GroupModel | null;
  user: UserModel | null;
}

const ALL_MEMBERS = 100_000;

/**
 * Validation before any write: the group (BetterCloud or SCIM; Atlassian groups are read-only), the
 * person, their account in the group's vendor, a role the vendor has. Reads: the group (1 call), the
 * identity index, and the group's member list (1 call: neither vendor pages it).
 */
async function prepareMember(input: GroupMemberInput, ctx: GatewayContext): Promise<Prepared<MemberTarget>> {
  const role = input.role ?? 'MEMBER';
  const [found, person] = await Promise.all([
    resolveWritableGroup(input.groupId, ctx, ['input', 'groupId']),
    resolvePerson(input, ctx),
  ]);
  const errors: UserErrorModel[] = [];
  if ('error' in found) errors.push(found.error);
  if (!person.ok) errors.push(...person.userErrors);
  if ('group' in found && found.group.source === 'SCIM' && role !== 'MEMBER')
    errors.push(
      userError(
        ['input', 'role'],
        `SCIM groups have no roles: only MEMBER can be given, not ${role}`,
        'INVALID_ROLE',
      ),
    );
  if (errors.length > 0 || !('group' in found) || !person.ok) return { ok: false, userErrors: errors };

  const { group } = found;
  const { email } = person.target;
  const isMember = (m: GroupMembershipModel) => normalizeEmail(m.email) === email;
  if (group.source === 'BETTERCLOUD') {
    const accounts = await accountsIn(person.target, 'BETTERCLOUD', ctx);
    if ('error' in accounts) return { ok: false, userErrors: [accounts.error] };
    const account = accounts.accounts[0];
    const members = await ctx.datasources.bettercloud.listGroupMembers(group.externalId, 0, ALL_MEMBERS);
    return {
      ok: true,
      target: {
        group,
        email,
        memberId: account.externalId,
        memberLabel: `BetterCloud user ${account.externalId}`,
        deprovisioned: account.status === 'DEPROVISIONED',
        membership: members.items.find(isMember),
        role,
      },
    };
  }
  const identity = person.target.scim;
  if (!identity) {
    const failure = (await ctx.people()).failures.find((f) => f.vendor === 'ATLASSIAN');
    if (failure) throw failure;
    return {
      ok: false,
      userErrors: [
        userError(
          ['input', person.target.field],
          `${email} has no user in the SCIM directory`,
          'NO_ACCOUNT_IN_VENDOR',
        ),
      ],
    };
  }
  const members = await ctx.datasources.scim.listGroupMembers(group.externalId, 0, ALL_MEMBERS);
  return {
    ok: true,
    target: {
      group,
      email,
      memberId: identity.id,
      memberLabel: `SCIM user ${identity.userName}`,
      deprovisioned: false,
      membership: members.items.find(isMember),
      role,
    },
  };
}

const reread = async (target: MemberTarget, ctx: GatewayContext): Promise<MemberSubject> => ({
  group: await rereadGroup(target.group, ctx),
  user: (await (await ctx.people()).person(target.email)) ?? null,
});

function addStep(target: MemberTarget, ctx: GatewayContext): PlanStep {
  const { group, memberLabel, membership, role } = target;
  const where = `${group.source === 'SCIM' ? 'SCIM' : 'BetterCloud'} group "${group.name}" (${group.externalId})`;
  if (group.source === 'SCIM') {
    const on = {
      api: 'scim' as const,
      externalId: group.externalId,
      description: `Add ${memberLabel} to ${where}`,
    };
    if (membership) return alreadyDone(on, `${memberLabel} is already a member of ${where}`);
    return plannedCall(
      on,
      scimAddGroupMember(ctx.mutations.tenantIds.scim.directoryId, group.externalId, target.memberId),
    );
  }
  const on = {
    api: 'bettercloud' as const,
    externalId: group.externalId,
    description: `Add ${memberLabel} to ${where} as ${role}`,
  };
  if (membership?.role === role) return alreadyDone(on, `${memberLabel} is already a ${role} of ${where}`);
  if (membership)
    return unsupported(
      on,
      NOT_SUPPORTED,
      `${memberLabel} is already a ${membership.role} of ${where}: BetterCloud's API cannot change a member's role (change it in the BetterCloud console)`,
    );
  if (target.deprovisioned)
    return unsupported(on, ACCOUNT_DEPROVISIONED, `${memberLabel} is deprovisioned and cannot join groups`);
  // 409 ALREADY_A_MEMBER: joined since the member list was read.
  return plannedCall(
    on,
    betterCloudAddGroupMember(
      group.externalId,
      target.memberId,
      role.toLowerCase() as 'owner' | 'manager' | 'member',
    ),
    [409],
  );
}

function removeStep(target: MemberTarget, ctx: GatewayContext): PlanStep {
  const { group, memberLabel, membership } = target;
  const where = `${group.source === 'SCIM' ? 'SCIM' : 'BetterCloud'} group "${group.name}" (${group.externalId})`;
  const api = group.source === 'SCIM' ? ('scim' as const) : ('bettercloud' as const);
  const on = { api, externalId: group.externalId, description: `Remove ${memberLabel} from ${where}` };
  if (!membership) return alreadyDone(on, `${memberLabel} is not a member of ${where}`);
  if (group.source === 'BETTERCLOUD')
    return unsupported(
      on,
      NOT_SUPPORTED,
      `BetterCloud's API has no call to remove a group member: remove ${memberLabel} from ${where} in the BetterCloud console (deprovisioning the user also removes every membership)`,
    );
  return plannedCall(
    on,
    scimRemoveGroupMember(ctx.mutations.tenantIds.scim.directoryId, group.externalId, target.memberId),
  );
}

/** BetterCloud `addGroupMember` (with a role) or SCIM PatchOp `add members`. */
export const addGroupMemberMutation: MutationDefinition<GroupMemberInput, MemberTarget, MemberSubject> = {
  name: 'addGroupMember',
  prepare: prepareMember,
  plan: (target, _input, ctx) => ({ steps: [addStep(target, ctx)] }),
  touchedEmails: (target) => [target.email],
  reread,
};

/** SCIM PatchOp `remove members[value eq "id"]`; BetterCloud has no such call (SKIPPED, NOT_SUPPORTED_BY_VENDOR). */
export const removeGroupMemberMutation: MutationDefinition<GroupMemberInput, MemberTarget, MemberSubject> = {
  name: 'removeGroupMember',
  prepare: (input, ctx) => prepareMember({ ...input, role: null }, ctx),
  plan: (target, _input, ctx) => ({ steps: [removeStep(target, ctx)] }),
  touchedEmails: (target) => [target.email],
  reread,
};
