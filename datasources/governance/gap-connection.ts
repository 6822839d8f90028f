import type { IdentitySnapshot } from '../identity/build-identity.js';
import type {
  ConnectionModel,
  MoneyModel,
  OffboardingGapModel,
  RoleAssignmentModel,
} from '../model/index.js';
import { keyAfter, pageByKey, scopeOf } from '../paging/keyset.js';
import {
  CURRENCY,
  decideGaps,
  gapCandidates,
  rolesMatter,
  toGap,
  validateGapFilter,
  type OffboardingGapFilter,
} from './offboarding-gaps.js';

export interface OffboardingGapConnectionModel extends ConnectionModel<OffboardingGapModel> {
  totalMonthlyCost: MoneyModel;
}

/**
 * `offboardingGaps`: the gaps in email order (keyset on the email), with the true count and cost of
 * all of them. Vendor calls on top of the index: one Atlassian role read per candidate whose
 * membership depends on roles, plus one per gap on the page not read yet (see decideGaps).
 */
export async function offboardingGapConnection(
  snapshot: Pick<IdentitySnapshot, 'users' | 'scimByEmail'>,
  args: {
    first: number;
    after?: string | null;
    last?: number | null;
    before?: string | null;
    filter?: OffboardingGapFilter | null;
  },
  loadRoles: (accountIds: string[]) => Promise<RoleAssignmentModel[][]>,
): Promise<OffboardingGapConnectionModel> {
  const filter = validateGapFilter(args.filter);
  const scope = scopeOf(filter);
  // A bad cursor costs no vendor call.
  keyAfter(args.after, scope);
  keyAfter(args.before, scope, 'before');
  const { gaps, roles } = await decideGaps(gapCandidates(snapshot, filter), filter, loadRoles);
  const page = pageByKey(gaps, (c) => c.user.email, { ...args, scope });
  const unread = page.edges
    .map((e) => e.node)
    .filter((c) => c.atlassian && rolesMatter(filter) && !roles.has(c.user.email));
  const lists = await loadRoles(unread.map((c) => c.atlassian!.externalId));
  unread.forEach((c, i) => roles.set(c.user.email, lists[i]));
  const cents = gaps.reduce((sum, c) => sum + Math.round(toGap(c, [], filter).monthlyCost.amount * 100), 0);
  return {
    ...page,
    edges: page.edges.map((e) => ({
      cursor: e.cursor,
      node: toGap(e.node, roles.get(e.node.user.email) ?? [], filter),
    })),
    totalMonthlyCost: { amount: cents / 100, currency: CURRENCY },
  };
}
