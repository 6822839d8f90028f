import {
  atlassianRemoveDirectoryUser,
  atlassianRestoreUser,
  atlassianSuspendUser,
  betterCloudDeprovisionUser,
  betterCloudSuspendUser,
  jumpCloudRemoveAdministrator,
  scimDeleteUser,
  scimSetUserActive,
} from '../../datasources/writes.js';
import type {
  AtlassianAccountModel,
  BetterCloudAccountModel,
  JumpCloudAccountModel,
  ScimIdentityModel,
  SnowAccountModel,
} from '../../datasources/model/index.js';
import { accessRemains, alreadyDone, plannedCall, unsupported, type PlanStep } from '../plan.js';

/**
 * One plan step per account and action: the call that reaches the target state, or why none is
 * sent. Pure functions of the account's state as the identity index shows it.
 */
export type LifecycleAction = 'suspend' | 'restore' | 'deprovision';

export const NOT_SUPPORTED = 'NOT_SUPPORTED_BY_VENDOR';
export const ACCOUNT_DEPROVISIONED = 'ACCOUNT_DEPROVISIONED';
/** The account keeps its access: the vendor's API cannot suspend it (STILL_ACTIVE). */
export const CANNOT_SUSPEND = 'VENDOR_CANNOT_SUSPEND';

const CONFLICT = [409] as const;
const GONE = [404] as const;

export function betterCloudStep(action: LifecycleAction, account: BetterCloudAccountModel): PlanStep {
  const id = account.externalId;
  const on = (description: string) => ({ api: 'bettercloud' as const, externalId: id, description });
  switch (action) {
    case 'suspend':
      if (account.status === 'SUSPENDED')
        return alreadyDone(on('Suspend'), `BetterCloud user ${id} is already suspended`);
      if (account.status === 'DEPROVISIONED')
        return alreadyDone(
          on('Suspend'),
          `BetterCloud user ${id} is deprovisioned: no access is left to suspend`,
        );
      // 409: suspended or deprovisioned since the index was read — no access either way.
      return plannedCall(
        on(`Suspend BetterCloud user ${id} in every integrated application`),
        betterCloudSuspendUser(id),
        CONFLICT,
      );
    case 'restore':
      if (account.status === 'ACTIVE')
        return alreadyDone(on('Restore'), `BetterCloud user ${id} is already active`);
      if (account.status === 'DEPROVISIONED')
        return unsupported(
          on('Restore'),
          ACCOUNT_DEPROVISIONED,
          `BetterCloud user ${id} is deprovisioned and cannot be restored`,
        );
      return unsupported(
        on('Restore'),
        NOT_SUPPORTED,
        `BetterCloud's API has no restore: reactivate user ${id} in the BetterCloud console`,
      );
    case 'deprovision':
      if (account.status === 'DEPROVISIONED')
        return alreadyDone(on('Deprovision'), `BetterCloud user ${id} is already deprovisioned`);
      return plannedCall(
        on(
          `Deprovision BetterCloud user ${id}: remove access in every integrated application and every group membership`,
        ),
        betterCloudDeprovisionUser(id),
        CONFLICT,
      );
  }
}

export function atlassianStep(
  action: LifecycleAction,
  account: AtlassianAccountModel,
  fallbackDirectoryId: string,
): PlanStep {
  const ref = {
    orgId: account.orgId,
    directoryId: account.directoryId ?? fallbackDirectoryId,
    accountId: account.externalId,
  };
  const id = account.externalId;
  const on = (description: string) => ({ api: 'atlassian' as const, externalId: id, description });
  switch (action) {
    case 'suspend':
      if (account.status === 'SUSPENDED')
        return alreadyDone(
          on('Suspend'),
          `Atlassian account ${id} is already suspended in directory ${ref.directoryId}`,
        );
      if (account.status === 'DEPROVISIONED')
        return alreadyDone(
          on('Suspend'),
          `Atlassian account ${id} is ${account.vendorStatus}: no access is left to suspend`,
        );
      return plannedCall(
        on(`Suspend Atlassian account ${id}'s access in directory ${ref.directoryId}`),
        atlassianSuspendUser(ref),
        CONFLICT,
      );
    case 'restore':
      if (account.status === 'ACTIVE')
        return alreadyDone(
          on('Restore'),
          `Atlassian account ${id} is already active in directory ${ref.directoryId}`,
        );
      if (account.status === 'DEPROVISIONED')
        return unsupported(
          on('Restore'),
          ACCOUNT_DEPROVISIONED,
          `Atlassian account ${id} is ${account.vendorStatus} and cannot be restored`,
        );
      // No doneOnStatus: Atlassian's 409 also means "account closed", which is not the target state.
      return plannedCall(
        on(`Restore Atlassian account ${id}'s access in directory ${ref.directoryId}`),
        atlassianRestoreUser(ref),
      );
    case 'deprovision':
      if (account.status === 'DEPROVISIONED')
        return alreadyDone(on('Deprovision'), `Atlassian account ${id} is already ${account.vendorStatus}`);
      return plannedCall(
        on(
          `Remove Atlassian account ${id} from directory ${ref.directoryId} (and its groups and roles in the organization)`,
        ),
        atlassianRemoveDirectoryUser(ref),
        GONE,
      );
  }
}

/**
 * SCIM: suspend and restore flip `active`; deprovision is DELETE, which Atlassian turns into a
 * deactivation that also drops the user's groups (the SCIM notes in specs/atlassian-scim.yaml), the
 * counterpart of BetterCloud's deprovision, where `active=false` stays reversible like a suspension.
 */
export function scimStep(
  action: LifecycleAction,
  identity: ScimIdentityModel,
  directoryId: string,
): PlanStep {
  const id = identity.id;
  const on = (description: string) => ({ api: 'scim' as const, externalId: id, description });
  switch (action) {
    case 'suspend':
      if (!identity.active)
        return alreadyDone(on('Deactivate'), `SCIM user ${identity.userName} is already inactive`);
      return plannedCall(
        on(`Deactivate SCIM user ${identity.userName} (active=false)`),
        scimSetUserActive(directoryId, id, false),
      );
    case 'restore':
      if (identity.active)
        return alreadyDone(on('Reactivate'), `SCIM user ${identity.userName} is already active`);
      return plannedCall(
        on(`Reactivate SCIM user ${identity.userName} (active=true)`),
        scimSetUserActive(directoryId, id, true),
      );
    case 'deprovision':
      return plannedCall(
        on(`Delete SCIM user ${identity.userName} (deactivates it and removes its groups)`),
        scimDeleteUser(directoryId, id),
        GONE,
      );
  }
}

/** Snow is an inventory: it reports what the source systems say and has no call to change access. */
export function snowStep(action: LifecycleAction, account: SnowAccountModel): PlanStep {
  const id = account.externalId;
  const on = { api: 'snow' as const, externalId: id, description: `${verb[action]} in Snow` };
  const target = action === 'restore' ? 'ACTIVE' : action === 'suspend' ? 'SUSPENDED' : 'DEPROVISIONED';
  if (account.status === target || (action === 'suspend' && account.status === 'DEPROVISIONED'))
    return alreadyDone(on, `Snow already shows user ${id} as ${account.vendorStatus}`);
  return unsupported(
    on,
    NOT_SUPPORTED,
    `Snow is an inventory: its API cannot ${action} users; it shows user ${id}'s new state once the source systems report it`,
  );
}

/**
 * JumpCloud's provider API can only remove an administrator: there is no suspend or restore. A
 * suspend leaves an active administrator with full access to the provider's organizations, so it
 * is reported STILL_ACTIVE (never hidden as skipped) with the way to remove it.
 */
export function jumpCloudStep(
  action: LifecycleAction,
  account: JumpCloudAccountModel,
  providerId: string,
): PlanStep {
  const id = account.externalId;
  const on = (description: string) => ({ api: 'jumpcloud' as const, externalId: id, description });
  if (action === 'deprovision')
    return plannedCall(
      on(`Remove JumpCloud administrator ${id} from provider ${providerId}`),
      jumpCloudRemoveAdministrator(providerId, id),
      GONE,
    );
  if (
    (action === 'suspend' && account.status === 'SUSPENDED') ||
    (action === 'restore' && account.status === 'ACTIVE')
  )
    return alreadyDone(on(verb[action]), `JumpCloud administrator ${id} is already ${account.vendorStatus}`);
  if (action === 'suspend')
    return accessRemains(
      on(verb[action]),
      CANNOT_SUSPEND,
      `JumpCloud administrator ${id} (${account.email}) is still active: JumpCloud's provider API cannot suspend administrators, so they keep administrator access to provider ${providerId} and its organizations. Remove it with deprovisionUser (vendors: [JUMPCLOUD]), or delete the administrator in the JumpCloud console (DELETE /providers/${providerId}/administrators/${id}).`,
    );
  return unsupported(
    on(verb[action]),
    NOT_SUPPORTED,
    `JumpCloud's provider API cannot ${action} administrator ${id}: deprovision removes the administrator instead`,
  );
}

const verb: Record<LifecycleAction, string> = {
  suspend: 'Suspend',
  restore: 'Restore',
  deprovision: 'Deprovision',
};
