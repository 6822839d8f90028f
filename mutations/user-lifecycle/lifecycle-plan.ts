import type { TenantIds } from '../../datasources/index.js';
import { blocked, type MutationPlan, type PlanStep, type WriteApi } from '../plan.js';
import type { LifecycleTarget } from './lifecycle-target.js';
import {
  atlassianStep,
  betterCloudStep,
  jumpCloudStep,
  scimStep,
  snowStep,
  type LifecycleAction,
} from './vendor-steps.js';

const mainApi = {
  BETTERCLOUD: 'bettercloud',
  ATLASSIAN: 'atlassian',
  SNOW: 'snow',
  JUMPCLOUD: 'jumpcloud',
} as const satisfies Record<string, WriteApi>;

/**
 * The steps of a suspend, restore or deprovision: one per account of the person in each chosen
 * vendor, in vendor order. Atlassian's directory step comes before its SCIM step: Atlassian mirrors a
 * SCIM (de)activation onto the directory, so the directory call goes first and the SCIM call then
 * finds the directory already in the target state.
 */
export function planLifecycle(
  action: LifecycleAction,
  target: LifecycleTarget,
  ids: TenantIds,
): MutationPlan {
  const steps: PlanStep[] = [];
  for (const vendor of target.vendors) {
    const failure = target.unreadable.find((f) => f.vendor === vendor);
    if (failure)
      steps.push(
        blocked(
          { api: mainApi[vendor], externalId: null, description: `Read ${vendor}'s accounts` },
          'VENDOR_NOT_READ',
          `${vendor}'s accounts could not be read, so this person's account there was not acted on (${failure.message}); run the mutation again`,
          failure.retryable,
        ),
      );
    for (const account of target.user.accounts) {
      if (account.vendor !== vendor) continue;
      if (account.vendor === 'BETTERCLOUD') steps.push(betterCloudStep(action, account));
      if (account.vendor === 'ATLASSIAN')
        steps.push(atlassianStep(action, account, ids.atlassian.directoryId));
      if (account.vendor === 'SNOW') steps.push(snowStep(action, account));
      if (account.vendor === 'JUMPCLOUD')
        steps.push(jumpCloudStep(action, account, ids.jumpcloud.providerId));
    }
    if (vendor === 'ATLASSIAN' && target.scim)
      steps.push(scimStep(action, target.scim, ids.scim.directoryId));
  }
  return { steps };
}
