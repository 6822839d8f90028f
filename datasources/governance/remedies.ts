import type { AccountModel, JumpCloudAccountModel, RemedyModel, VendorName } from '../model/index.js';
import { ATLASSIAN_ORG_ROLES } from './privileged-roles.js';

/**
 * The mutation of this API (and its dry-run input) that closes one remaining access. The inputs are
 * exactly what the mutations accept (schema/mutation*.graphql), so a client can send them as they are.
 */
export function suspendRemedy(email: string, vendor: VendorName): RemedyModel {
  return { mutation: 'suspendUser', input: { email, vendors: [vendor], dryRun: true } };
}

export function removeAdministratorRemedy(account: JumpCloudAccountModel): RemedyModel {
  return {
    mutation: 'deleteProviderAdministrator',
    input: { administratorId: account.externalId, dryRun: true },
  };
}

export function revokeAtlassianRoleRemedy(email: string, role: string, resource: string | null): RemedyModel {
  return ATLASSIAN_ORG_ROLES.has(role) || resource === null
    ? { mutation: 'revokeOrganizationRole', input: { email, role, dryRun: true } }
    : { mutation: 'revokeProductRole', input: { email, role, resource, dryRun: true } };
}

/** The same remedy once, in first-seen order (two remaining accesses may close with one call). */
export function distinctRemedies(remedies: readonly (RemedyModel | null)[]): RemedyModel[] {
  const seen = new Map<string, RemedyModel>();
  for (const remedy of remedies)
    if (remedy) seen.set(`${remedy.mutation}:${JSON.stringify(remedy.input)}`, remedy);
  return [...seen.values()];
}

export const vendorLabel: Record<VendorName, string> = {
  BETTERCLOUD: 'BetterCloud',
  ATLASSIAN: 'Atlassian',
  SNOW: 'Snow',
  JUMPCLOUD: 'JumpCloud',
};

/** "BetterCloud says deprovisioned, Atlassian says suspended": why the person counts as leaving. */
export function closedSummary(closed: readonly AccountModel[]): string {
  return closed.map((a) => `${vendorLabel[a.vendor]} says ${a.status.toLowerCase()}`).join(', ');
}
