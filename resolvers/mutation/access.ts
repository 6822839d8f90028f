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
import type { MutationOutcome } from '../../mutations/pipeline.js';
import { mutationResolver, subjectAs } from './payload.js';

const user = subjectAs('user');
const group = subjectAs('group');
const policy = subjectAs('policy');
const membership = (subject: MemberSubject | null) => ({
  group: subject?.group ?? null,
  user: subject?.user ?? null,
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
  assignOrganizationRole: mutationResolver(assignOrganizationRoleMutation, user),
  revokeOrganizationRole: mutationResolver(revokeOrganizationRoleMutation, user),
  grantProductRole: mutationResolver(grantProductRoleMutation, user),
  revokeProductRole: mutationResolver(revokeProductRoleMutation, user),
  addGroupMember: mutationResolver(addGroupMemberMutation, membership),
  removeGroupMember: mutationResolver(removeGroupMemberMutation, membership),
  createGroup: mutationResolver(createGroupMutation, group),
  deleteGroup: mutationResolver(deleteGroupMutation, (subject, outcome, input) => ({
    ...group(subject),
    deletedGroupId: deleted(input.groupId, input.dryRun, outcome),
  })),
  inviteUsers: mutationResolver(inviteUsersMutation, (users) => ({ users: users ?? [] })),
  updatePolicy: mutationResolver(updatePolicyMutation, policy),
  updateUser: mutationResolver(updateUserMutation, user),
};
