import type { MutationResolvers } from '../../__generated__/graphql.js';
import { createGroupMutation, deleteGroupMutation } from '../../mutations/access/group-lifecycle.js';
import {
  addGroupMemberMutation,
  removeGroupMemberMutation,
  type MemberSubject,
} from '../../mutations/access/group-membership.js';
import { inviteUsersMutation } from '../../mutations/access/invite-users.js';
import {
  assignOrganizationRoleMutation,
  revokeOrganizationRoleMutation,
} from '../../mutations/access/organization-roles.js';
import { grantProductRoleMutation, revokeProductRoleMutation } from '../../mutations/access/product-roles.js';
import { updatePolicyMutation } from '../../mutations/access/update-policy.js';
import { updateUserMutation } from '../../mutations/access/update-user.js';
import { runMutation, type MutationOutcome } from '../../mutations/pipeline.js';

/** Payload fields named after what each mutation changes; `results`, `plannedCalls`, `userErrors` as they come. */
const as =
  <K extends string>(key: K) =>
  <S>({ subject, ...rest }: MutationOutcome<S>) =>
    ({ [key]: subject, ...rest }) as { [P in K]: S | null } & Omit<MutationOutcome<S>, 'subject'>;
const user = as('user');
const group = as('group');
const policy = as('policy');
const membership = ({ subject, ...rest }: MutationOutcome<MemberSubject>) => ({
  group: subject?.group ?? null,
  user: subject?.user ?? null,
  ...rest,
});

/** The group is gone when the run was real, accepted, and every step succeeded or found it already deleted. */
const deleted = (groupId: string, dryRun: boolean | null | undefined, outcome: MutationOutcome<unknown>) =>
  !dryRun &&
  outcome.userErrors.length === 0 &&
  outcome.subject === null &&
  outcome.results.every((r) => r.status === 'SUCCEEDED' || r.status === 'ALREADY_DONE')
    ? groupId
    : null;

export const accessMutations: Pick<
  MutationResolvers,
  | 'assignOrganizationRole'
  | 'revokeOrganizationRole'
  | 'grantProductRole'
  | 'revokeProductRole'
  | 'addGroupMember'
  | 'removeGroupMember'
  | 'createGroup'
  | 'deleteGroup'
  | 'inviteUsers'
  | 'updatePolicy'
  | 'updateUser'
> = {
  assignOrganizationRole: async (_root, { input }, ctx) =>
    user(await runMutation(assignOrganizationRoleMutation, input, ctx)),
  revokeOrganizationRole: async (_root, { input }, ctx) =>
    user(await runMutation(revokeOrganizationRoleMutation, input, ctx)),
  grantProductRole: async (_root, { input }, ctx) =>
    user(await runMutation(grantProductRoleMutation, input, ctx)),
  revokeProductRole: async (_root, { input }, ctx) =>
    user(await runMutation(revokeProductRoleMutation, input, ctx)),
  addGroupMember: async (_root, { input }, ctx) =>
    membership(await runMutation(addGroupMemberMutation, input, ctx)),
  removeGroupMember: async (_root, { input }, ctx) =>
    membership(await runMutation(removeGroupMemberMutation, input, ctx)),
  createGroup: async (_root, { input }, ctx) => group(await runMutation(createGroupMutation, input, ctx)),
  deleteGroup: async (_root, { input }, ctx) => {
    const outcome = await runMutation(deleteGroupMutation, input, ctx);
    return { ...group(outcome), deletedGroupId: deleted(input.groupId, input.dryRun, outcome) };
  },
  inviteUsers: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(inviteUsersMutation, input, ctx);
    return { users: subject ?? [], ...rest };
  },
  updatePolicy: async (_root, { input }, ctx) => policy(await runMutation(updatePolicyMutation, input, ctx)),
  updateUser: async (_root, { input }, ctx) => user(await runMutation(updateUserMutation, input, ctx)),
};
