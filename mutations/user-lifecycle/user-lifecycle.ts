import type { UserModel } from '../../datasources/model/index.js';
import type { MutationDefinition } from '../pipeline.js';
import { planLifecycle } from './lifecycle-plan.js';
import { resolveLifecycleTarget, type LifecycleInput, type LifecycleTarget } from './lifecycle-target.js';
import type { LifecycleAction } from './vendor-steps.js';

function lifecycleMutation(
  name: string,
  action: LifecycleAction,
): MutationDefinition<LifecycleInput, LifecycleTarget, UserModel> {
  return {
    name,
    prepare: resolveLifecycleTarget,
    plan: (target, _input, ctx) => planLifecycle(action, target, ctx.mutations.tenantIds),
    touchedEmails: (target) => [target.email],
    reread: async (target, ctx) => (await (await ctx.people()).person(target.email)) ?? null,
  };
}

/** Blocks access everywhere the person has an account (accounts kept). */
export const suspendUserMutation = lifecycleMutation('suspendUser', 'suspend');
/** Gives a suspended person their access back. */
export const restoreUserMutation = lifecycleMutation('restoreUser', 'restore');
/** Removes access for good. */
export const deprovisionUserMutation = lifecycleMutation('deprovisionUser', 'deprovision');
