import { BadUserInputError } from '../../common/errors.js';
import type { IdentitySnapshot } from '../identity/build-identity.js';
import { toCents } from '../insights/license-waste.js';
import {
  normalizeEmail,
  type AccountModel,
  type AtlassianAccountModel,
  type OffboardingGapModel,
  type RemainingAccessKind,
  type RemainingAccessModel,
  type RemedyModel,
  type RoleAssignmentModel,
  type ScimIdentityModel,
  type UserModel,
  type VendorName,
} from '../model/index.js';
import { atlassianPrivilegedRoles, jumpCloudPrivilegedRole } from './privileged-roles.js';
import {
  closedSummary,
  distinctRemedies,
  removeAdministratorRemedy,
  revokeAtlassianRoleRemedy,
  suspendRemedy,
  vendorLabel,
} from './remedies.js';

/**
 * Offboarding gaps: people whom one vendor already shows suspended, deprovisioned or closed while
 * another still gives them access (an active account, a SCIM identity, a privileged role) or still
 * bills for them (Snow's monthly cost). Everything but Atlassian roles is in the identity index;
 * Atlassian roles cost one `getUserRoleAssignments` call per account (no list or batch endpoint), so
 * they are read only where they can change the answer: for people not already a gap without them
 * (or when the filter asks for roles), and for the people on the page shown.
 */
export interface OffboardingGapFilter {
  vendor?: VendorName | null;
  kinds?: readonly RemainingAccessKind[] | null;
  closedIn?: VendorName | null;
  minMonthlyCost?: number | null;
  email?: string | null;
}

export const CURRENCY = 'USD';

/** A person who is closed somewhere: the candidates, before access elsewhere is looked at. */
export interface GapCandidate {
  user: UserModel;
  closed: AccountModel[];
  /** Found from the index alone (no role reads). */
  indexAccess: RemainingAccessModel[];
  /** The Atlassian account whose roles may add access (present, not closed), if any. */
  atlassian: AtlassianAccountModel | undefined;
}

export function validateGapFilter(filter: OffboardingGapFilter | null | undefined): OffboardingGapFilter {
  const f = filter ?? {};
  if (f.minMonthlyCost !== undefined && f.minMonthlyCost !== null && !(f.minMonthlyCost >= 0))
    throw new BadUserInputError('`filter.minMonthlyCost` must be 0 or more', 'filter.minMonthlyCost');
  if (f.kinds && f.kinds.length === 0)
    throw new BadUserInputError('`filter.kinds` must name at least one kind', 'filter.kinds');
  return { ...f, email: f.email ? normalizeEmail(f.email) : f.email };
}

/** Access that counts: held in a vendor other than one that already closed the person. */
const elsewhere = (closed: readonly AccountModel[], vendor: VendorName) =>
  closed.some((a) => a.vendor !== vendor);

function indexAccessOf(
  user: UserModel,
  scim: ScimIdentityModel | undefined,
  closed: readonly AccountModel[],
): RemainingAccessModel[] {
  const why = closedSummary(closed);
  const access: RemainingAccessModel[] = [];
  const base = { role: null, resource: null, monthlyCost: null };
  for (const account of user.accounts) {
    if (!elsewhere(closed, account.vendor)) continue;
    const label = vendorLabel[account.vendor];
    if ((account.vendor === 'BETTERCLOUD' || account.vendor === 'ATLASSIAN') && account.status === 'ACTIVE')
      access.push({
        ...base,
        kind: 'ACTIVE_ACCOUNT',
        vendor: account.vendor,
        account,
        remedy: suspendRemedy(user.email, account.vendor),
        description: `${label} account still active while ${why}`,
      });
    if (account.vendor === 'JUMPCLOUD' && account.status === 'ACTIVE') {
      const role = jumpCloudPrivilegedRole(account);
      access.push({
        ...base,
        kind: 'PRIVILEGED_ROLE',
        vendor: 'JUMPCLOUD',
        account,
        role: role.role,
        remedy: removeAdministratorRemedy(account),
        description: `Still a JumpCloud provider administrator (${role.role}) while ${why}`,
      });
    }
    if (account.vendor === 'SNOW' && toCents(account.monthlyCost) > 0)
      access.push({
        ...base,
        kind: 'MONTHLY_COST',
        vendor: 'SNOW',
        account,
        monthlyCost: { amount: toCents(account.monthlyCost) / 100, currency: CURRENCY },
        // Snow is an inventory: no API call reclaims the seats; they end in the applications themselves.
        remedy: null,
        description: `Snow still counts subscriptions costing ${(toCents(account.monthlyCost) / 100).toFixed(2)} per month while ${why}`,
      });
  }
  const atlassian = user.accounts.find((a) => a.vendor === 'ATLASSIAN');
  if (scim?.active && atlassian?.status !== 'ACTIVE' && elsewhere(closed, 'ATLASSIAN'))
    access.push({
      ...base,
      kind: 'ACTIVE_SCIM_IDENTITY',
      vendor: 'ATLASSIAN',
      account: null,
      remedy: suspendRemedy(user.email, 'ATLASSIAN'),
      description: `Atlassian SCIM identity ${scim.userName} still active while ${why}`,
    });
  return access;
}

function roleAccessOf(
  user: UserModel,
  account: AtlassianAccountModel,
  assignments: readonly RoleAssignmentModel[],
  closed: readonly AccountModel[],
): RemainingAccessModel[] {
  if (!elsewhere(closed, 'ATLASSIAN')) return [];
  const why = closedSummary(closed);
  return atlassianPrivilegedRoles(account, assignments).map((role) => ({
    kind: 'PRIVILEGED_ROLE' as const,
    vendor: 'ATLASSIAN' as const,
    account,
    role: role.role,
    resource: role.resource,
    monthlyCost: null,
    remedy: revokeAtlassianRoleRemedy(user.email, role.role, role.resource),
    description: `Still holds the Atlassian role ${role.role}${role.resource ? ` on ${role.resource}` : ''} while ${why}`,
  }));
}

/** Everyone closed somewhere, with the access the index alone shows (cheap: no vendor call). */
/**
 * Whether a person can be a gap at all: closed somewhere (in `filter.closedIn` if given). Needs only
 * each account's vendor and status, so a scan over outlines picks the candidates to read whole.
 */
export function mayBeGap(user: Pick<UserModel, 'email' | 'accounts'>, filter: OffboardingGapFilter): boolean {
  if (filter.email && user.email !== filter.email) return false;
  const closed = user.accounts.filter((a) => a.status !== 'ACTIVE');
  return closed.length > 0 && (!filter.closedIn || closed.some((a) => a.vendor === filter.closedIn));
}

export function gapCandidates(
  snapshot: Pick<IdentitySnapshot, 'users' | 'scimByEmail'>,
  filter: OffboardingGapFilter,
): GapCandidate[] {
  const candidates: GapCandidate[] = [];
  for (const user of snapshot.users) {
    if (!mayBeGap(user, filter)) continue;
    const closed = user.accounts.filter((a) => a.status !== 'ACTIVE');
    const atlassian = user.accounts.find(
      (a): a is AtlassianAccountModel => a.vendor === 'ATLASSIAN' && a.status !== 'DEPROVISIONED',
    );
    candidates.push({
      user,
      closed,
      indexAccess: indexAccessOf(user, snapshot.scimByEmail.get(user.email), closed),
      atlassian: atlassian && elsewhere(closed, 'ATLASSIAN') ? atlassian : undefined,
    });
  }
  return candidates;
}

/** The access a filter keeps (vendor, kinds): what a gap lists, and what its cost is judged on. */
function kept(access: readonly RemainingAccessModel[], filter: OffboardingGapFilter) {
  return access.filter(
    (a) => (!filter.vendor || a.vendor === filter.vendor) && (!filter.kinds || filter.kinds.includes(a.kind)),
  );
}

const monthlyCents = (access: readonly RemainingAccessModel[]) =>
  access.reduce((sum, a) => sum + Math.round((a.monthlyCost?.amount ?? 0) * 100), 0);

const costFloorMet = (access: readonly RemainingAccessModel[], filter: OffboardingGapFilter) =>
  filter.minMonthlyCost === undefined ||
  filter.minMonthlyCost === null ||
  monthlyCents(access) >= Math.round(filter.minMonthlyCost * 100);

/** Whether the access found so far makes the candidate a gap under the filter. */
function matches(access: readonly RemainingAccessModel[], filter: OffboardingGapFilter): boolean {
  const shown = kept(access, filter);
  return shown.length > 0 && costFloorMet(shown, filter);
}

/** Whether the filter keeps Atlassian roles at all: when it does not, no role is ever read. */
export function rolesMatter(filter: OffboardingGapFilter): boolean {
  return (
    (!filter.vendor || filter.vendor === 'ATLASSIAN') &&
    (!filter.kinds || filter.kinds.includes('PRIVILEGED_ROLE'))
  );
}

/** Whether Atlassian roles could make a candidate a gap that the index alone does not. */
export function needsRolesToDecide(candidate: GapCandidate, filter: OffboardingGapFilter): boolean {
  if (!candidate.atlassian || !rolesMatter(filter) || matches(candidate.indexAccess, filter)) return false;
  // Roles cost nothing per month: under a cost floor the index's access alone must meet it.
  return costFloorMet(kept(candidate.indexAccess, filter), filter);
}

/** A candidate's gap as the filter shows it, given its Atlassian roles (empty when not read or none). */
export function toGap(
  candidate: GapCandidate,
  assignments: readonly RoleAssignmentModel[],
  filter: OffboardingGapFilter,
): OffboardingGapModel {
  const all = [
    ...candidate.indexAccess,
    ...(candidate.atlassian
      ? roleAccessOf(candidate.user, candidate.atlassian, assignments, candidate.closed)
      : []),
  ];
  const remainingAccess = kept(all, filter).sort((a, b) => vendorRank(a.vendor) - vendorRank(b.vendor));
  return {
    user: candidate.user,
    closedIn: candidate.closed.map((account) => ({
      vendor: account.vendor,
      status: account.status,
      account,
    })),
    remainingAccess,
    monthlyCost: { amount: monthlyCents(remainingAccess) / 100, currency: CURRENCY },
    remedies: mergedRemedies(remainingAccess.map((a) => a.remedy)),
  };
}

const vendorRank = (v: VendorName) => ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD'].indexOf(v);

/** One `suspendUser` naming every vendor to suspend in, then the other remedies once each. */
function mergedRemedies(remedies: readonly (RemedyModel | null)[]): RemedyModel[] {
  const distinct = distinctRemedies(remedies);
  const suspends = distinct.filter((r) => r.mutation === 'suspendUser');
  if (suspends.length < 2) return distinct;
  const vendors = [...new Set(suspends.flatMap((r) => r.input.vendors as VendorName[]))];
  const merged = { mutation: 'suspendUser', input: { ...suspends[0].input, vendors } };
  return [merged, ...distinct.filter((r) => r.mutation !== 'suspendUser')];
}

export interface GapDecision {
  /** Gaps decided (with or without roles), in email order. */
  gaps: GapCandidate[];
  /** Role lists read, by candidate email. */
  roles: Map<string, RoleAssignmentModel[]>;
}

/**
 * Decides which candidates are gaps, reading Atlassian roles (through `loadRoles`, the request's
 * DataLoader) only for the candidates whose membership depends on them.
 */
export async function decideGaps(
  candidates: readonly GapCandidate[],
  filter: OffboardingGapFilter,
  loadRoles: (accountIds: string[]) => Promise<RoleAssignmentModel[][]>,
): Promise<GapDecision> {
  const undecided = candidates.filter((c) => needsRolesToDecide(c, filter));
  const lists = await loadRoles(undecided.map((c) => c.atlassian!.externalId));
  const roles = new Map(undecided.map((c, i) => [c.user.email, lists[i]]));
  const gaps = candidates.filter((c) => {
    const read = roles.get(c.user.email);
    if (!read) return matches(c.indexAccess, filter);
    return matches(toGap(c, read, filter).remainingAccess, filter);
  });
  return { gaps, roles };
}
