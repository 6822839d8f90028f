import type { MutationResolvers } from '../../__generated__/graphql.js';
import {
  deprovisionUserMutation,
  restoreUserMutation,
  suspendUserMutation,
} from '../../mutations/user-lifecycle/user-lifecycle.js';

import { mutationResolver, subjectAs } from './payload.js';

export const userLifecycleMutations: Pick<
  MutationResolvers,
  'suspendUser' | 'restoreUser' | 'deprovisionUser'
> = {
  suspendUser: mutationResolver(suspendUserMutation, subjectAs('user')),
  restoreUser: mutationResolver(restoreUserMutation, subjectAs('user')),
  deprovisionUser: mutationResolver(deprovisionUserMutation, subjectAs('user')),
};
