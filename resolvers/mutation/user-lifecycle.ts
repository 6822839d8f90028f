import type { MutationResolvers } from '../../__generated__/graphql.js';
import type { UserModel } from '../../datasources/model/index.js';
import { runMutation, type MutationOutcome } from '../../mutations/pipeline.js';
import {
  deprovisionUserMutation,
  restoreUserMutation,
  suspendUserMutation,
} from '../../mutations/user-lifecycle/user-lifecycle.js';

const userPayload = ({ subject, ...rest }: MutationOutcome<UserModel>) => ({ user: subject, ...rest });

export const userLifecycleMutations: Pick<
  MutationResolvers,
  'suspendUser' | 'restoreUser' | 'deprovisionUser'
> = {
  suspendUser: async (_root, { input }, ctx) =>
    userPayload(await runMutation(suspendUserMutation, input, ctx)),
  restoreUser: async (_root, { input }, ctx) =>
    userPayload(await runMutation(restoreUserMutation, input, ctx)),
  deprovisionUser: async (_root, { input }, ctx) =>
    userPayload(await runMutation(deprovisionUserMutation, input, ctx)),
};
