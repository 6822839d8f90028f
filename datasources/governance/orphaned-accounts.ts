import { BadUserInputError } from '../../common/errors.js';
import { daysSince, toCents } from '../insights/license-waste.js';
import type {
  ConnectionModel,
  DomainModel,
  OrphanReason,
  OrphanedAccountModel,
  UserModel,
  VendorName,
} from '../model/index.js';
import { pageByKey, scopeOf } from '../paging/keyset.js';
import { CURRENCY } from './offboarding-gaps.js';

/**
 * `orphanedAccounts`: vendor accounts (not closed) that nobody accounts for: an email on no verified
 * domain of the Atlassian organization, no account in the directory of record, or (when active)
 * unused for longer than `inactiveDays`. The index holds every account; the only vendor call on top
 * of it is the organization's domain list (⌈D / page⌉, one call for a few domains).
 */
export interface OrphanedAccountFilter {
  vendor?: VendorName | null;
  reasons?: readonly OrphanReason[] | null;
  inactiveDays?: number | null;
  directoryOfRecord?: VendorName | null;
}

export const DEFAULT_ORPHAN_INACTIVE_DAYS = 90;
const DAY_MS = 86_400_000;

/** Atlassian's `verified` claim status: only those domains belong to the organization. */
export function verifiedDomains(domains: readonly DomainModel[]): Set<string> {
  return new Set(
    domains
      .filter((d) => d.verificationStatus?.toLowerCase() === 'verified')
      .map((d) => d.name.toLowerCase()),
  );
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

export interface OrphanTest {
  verified: ReadonlySet<string> | undefined;
  directoryOfRecord: VendorName;
  inactiveDays: number;
  now: number;
}

/**
 * Why an account is orphaned. Reads the person's email (an account's normalized email is its
 * person's) and each account's vendor, status and last activity only: what an outline holds too.
 */
export function orphanReasons(
  user: Pick<UserModel, 'email' | 'accounts'>,
  account: Pick<UserModel['accounts'][number], 'vendor' | 'status' | 'lastActiveAt'>,
  options: OrphanTest,
): OrphanReason[] {
  const reasons: OrphanReason[] = [];
  if (options.verified && !options.verified.has(domainOf(user.email))) reasons.push('UNVERIFIED_DOMAIN');
  if (!user.accounts.some((a) => a.vendor === options.directoryOfRecord))
    reasons.push('NOT_IN_DIRECTORY_OF_RECORD');
  const last = account.lastActiveAt === null ? NaN : Date.parse(account.lastActiveAt);
  if (
    account.status === 'ACTIVE' &&
    (Number.isNaN(last) || options.now - last > options.inactiveDays * DAY_MS)
  )
    reasons.push('INACTIVE');
  return reasons;
}

/** The test of `filter`, with the organization's domains (undefined: the domain test is skipped). */
function orphanTest(
  domains: readonly DomainModel[] | undefined,
  filter: OrphanedAccountFilter,
  now: number,
): OrphanTest {
  return {
    verified: domains ? verifiedDomains(domains) : undefined,
    directoryOfRecord: filter.directoryOfRecord ?? 'BETTERCLOUD',
    inactiveDays: filter.inactiveDays ?? DEFAULT_ORPHAN_INACTIVE_DAYS,
    now,
  };
}

/** The reasons `filter` keeps for one account; none for a closed account or another vendor's. */
function keptReasons(
  user: Pick<UserModel, 'email' | 'accounts'>,
  account: Pick<UserModel['accounts'][number], 'vendor' | 'status' | 'lastActiveAt'>,
  test: OrphanTest,
  filter: OrphanedAccountFilter,
): OrphanReason[] {
  if (account.status === 'DEPROVISIONED' || (filter.vendor && account.vendor !== filter.vendor)) return [];
  return orphanReasons(user, account, test).filter((r) => !filter.reasons || filter.reasons.includes(r));
}

export function findOrphanedAccounts(
  snapshot: { users: readonly UserModel[] },
  /** The organization's domains; undefined when Atlassian could not be read (the domain test is skipped). */
  domains: readonly DomainModel[] | undefined,
  filter: OrphanedAccountFilter,
  now: number,
): OrphanedAccountModel[] {
  const test = orphanTest(domains, filter, now);
  const orphans: OrphanedAccountModel[] = [];
  for (const user of snapshot.users) {
    const first = orphans.length;
    for (const account of user.accounts) {
      const reasons = keptReasons(user, account, test, filter);
      if (reasons.length === 0) continue;
      const cost =
        // An outline holds no cost (undefined): `wholeOrphans` reads it for the page shown.
        account.vendor === 'SNOW' && account.monthlyCost != null ? toCents(account.monthlyCost) / 100 : null;
      orphans.push({
        account,
        user,
        reasons,
        domain: domainOf(account.normalizedEmail),
        inactiveDays: daysSince(account.lastActiveAt, now),
        monthlyCost: cost === null ? null : { amount: cost, currency: CURRENCY },
      });
    }
    // Users come in email order; one user's accounts are put in key order (a vendor may list two
    // accounts under one email, e.g. Snow with and without stray spaces), so the whole list is sorted.
    if (orphans.length - first > 1) {
      const own = orphans.splice(first).sort((a, b) => (orphanKey(a) < orphanKey(b) ? -1 : 1));
      orphans.push(...own);
    }
  }
  return orphans;
}

/**
 * A page found over outlines (`findOrphanedAccounts` on `PeopleView.outlines()`), its people read
 * whole and each orphan taken from them: what the page shows is what a scan of every document
 * would show, while only the page's people were read. An orphan whose person changed in between
 * (another replica's write) and no longer is one is left out.
 */
export async function wholeOrphans(
  page: ConnectionModel<OrphanedAccountModel>,
  person: (email: string) => Promise<UserModel | undefined>,
  domains: readonly DomainModel[] | undefined,
  filter: OrphanedAccountFilter,
  now: number,
): Promise<ConnectionModel<OrphanedAccountModel>> {
  const people = await Promise.all(page.edges.map((edge) => person(edge.node.user.email)));
  const edges = page.edges.flatMap((edge, i) => {
    const user = people[i];
    const key = orphanKey(edge.node);
    const node =
      user && findOrphanedAccounts({ users: [user] }, domains, filter, now).find((o) => orphanKey(o) === key);
    return node ? [{ cursor: edge.cursor, node }] : [];
  });
  return { ...page, edges };
}

export function validateOrphanFilter(
  filter: OrphanedAccountFilter | null | undefined,
): OrphanedAccountFilter {
  const f = filter ?? {};
  if (
    f.inactiveDays !== undefined &&
    f.inactiveDays !== null &&
    !(Number.isInteger(f.inactiveDays) && f.inactiveDays >= 0)
  )
    throw new BadUserInputError(
      `\`filter.inactiveDays\` must be 0 or more, got ${f.inactiveDays}`,
      'filter.inactiveDays',
    );
  if (f.reasons && f.reasons.length === 0)
    throw new BadUserInputError('`filter.reasons` must name at least one reason', 'filter.reasons');
  return f;
}

const vendorRank = (v: VendorName) => ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD'].indexOf(v);
/** Email, then vendor rank: sorts the same as the index's order. */
const orphanKey = (o: OrphanedAccountModel) =>
  `${o.user.email}\u0000${vendorRank(o.account.vendor)}\u0000${o.account.externalId}`;

export function pageOrphanedAccounts(
  orphans: readonly OrphanedAccountModel[],
  args: {
    first: number;
    after?: string | null;
    last?: number | null;
    before?: string | null;
    filter: OrphanedAccountFilter;
  },
): ConnectionModel<OrphanedAccountModel> {
  return pageByKey(orphans, orphanKey, { ...args, scope: scopeOf(args.filter) });
}
