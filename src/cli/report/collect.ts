import { postGraphql, type GatewayTarget } from '../graphql-request.js';
import { pagedQuery } from '../export/paginate-query.js';

/** Every node of a query's connection, page after page (the report's data is small: the 2,000-person default). */
async function allNodes<T>(target: GatewayTarget, query: string): Promise<T[]> {
  const paged = pagedQuery(query);
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await postGraphql(target, paged.query, {
      [paged.afterVariable]: after,
      ...(paged.firstVariable ? { [paged.firstVariable]: 100 } : {}),
    });
    let connection = response.data as unknown;
    for (const key of paged.path) connection = (connection as Record<string, unknown> | null)?.[key];
    if (!connection) throw new Error(response.errors?.map((e) => e.message).join('; ') ?? 'no data');
    const page = connection as {
      edges: { node: T }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

export interface SpendBucket {
  key: string;
  seats: number;
  monthlyCost: { amount: number; currency: string };
  /** The seats `licenseWaste` lists (its default 60-day window), by the gateway's rule. */
  wastedSeatCost: { amount: number };
}

interface ReportUser {
  email: string;
  department: string | null;
  monthlyCost: { amount: number; currency: string } | null;
  accounts: { vendor: string; status: 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED' }[];
}

export interface OffboardingGap {
  email: string;
  department: string | null;
  /** Vendors where the person is already suspended, deprovisioned or closed. */
  offIn: string[];
  /** Vendors where access remains (active account, SCIM identity, privileged role or cost), each once. */
  activeIn: string[];
  monthlyCost: number;
}

interface ApiOffboardingGap {
  user: { email: string; department: string | null };
  closedIn: { vendor: string }[];
  remainingAccess: { vendor: string }[];
  monthlyCost: { amount: number };
}

export interface ReportData {
  generatedAt: string;
  currency: string;
  spend: Record<'SOFTWARE_VENDOR' | 'APPLICATION' | 'DEPARTMENT', { total: number; buckets: SpendBucket[] }>;
  waste: { reason: string; licenses: number; monthlyCost: number }[];
  wasteTotal: { licenses: number; monthlyCost: number };
  accountStatus: { vendor: string; status: string; accounts: number }[];
  gaps: OffboardingGap[];
  people: number;
}

const spendQuery = `query ReportSpend($by: SpendGrouping!) {
  spend(groupBy: $by) { total { amount currency } buckets { key seats monthlyCost { amount currency } wastedSeatCost { amount } } }
}`;

const wasteQuery = `query ReportWaste {
  licenseWaste { pageInfo { hasNextPage endCursor } edges { node { reasons monthlyCost { amount currency } } } }
}`;

const gapsQuery = `query ReportOffboardingGaps {
  offboardingGaps { pageInfo { hasNextPage endCursor } edges { node { user { email department } closedIn { vendor } remainingAccess { vendor } monthlyCost { amount } } } }
}`;

const usersQuery = `query ReportUsers {
  users { pageInfo { hasNextPage endCursor } edges { node { email department monthlyCost { amount currency } accounts { vendor status } } } }
}`;

/**
 * Everything the report shows, read through the public GraphQL API. Offboarding gaps are the
 * schema's `offboardingGaps` (one meaning of "gap" in the product: an active account, SCIM
 * identity, privileged role or cost left where the person is closed elsewhere).
 */
export async function collectReportData(target: GatewayTarget): Promise<ReportData> {
  const spend = {} as ReportData['spend'];
  let currency = 'USD';
  for (const by of ['SOFTWARE_VENDOR', 'APPLICATION', 'DEPARTMENT'] as const) {
    const res = await postGraphql(target, spendQuery, { by });
    const s = (res.data?.spend ?? null) as {
      total: { amount: number; currency: string };
      buckets: SpendBucket[];
    } | null;
    if (!s) throw new Error(`spend(${by}): ${res.errors?.map((e) => e.message).join('; ')}`);
    currency = s.total.currency;
    spend[by] = { total: s.total.amount, buckets: s.buckets };
  }

  const wasteNodes = await allNodes<{ reasons: string[]; monthlyCost: { amount: number } }>(
    target,
    wasteQuery,
  );
  const byReason = new Map<string, { licenses: number; monthlyCost: number }>();
  for (const w of wasteNodes)
    for (const reason of w.reasons) {
      const entry = byReason.get(reason) ?? { licenses: 0, monthlyCost: 0 };
      entry.licenses += 1;
      entry.monthlyCost += w.monthlyCost.amount;
      byReason.set(reason, entry);
    }

  const users = await allNodes<ReportUser>(target, usersQuery);
  const statusCounts = new Map<string, number>();
  for (const user of users)
    for (const a of user.accounts)
      statusCounts.set(`${a.vendor}|${a.status}`, (statusCounts.get(`${a.vendor}|${a.status}`) ?? 0) + 1);
  const distinct = (vendors: { vendor: string }[]) => [...new Set(vendors.map((v) => v.vendor))];
  const gaps: OffboardingGap[] = (await allNodes<ApiOffboardingGap>(target, gapsQuery)).map((g) => ({
    email: g.user.email,
    department: g.user.department,
    offIn: distinct(g.closedIn),
    activeIn: distinct(g.remainingAccess),
    monthlyCost: g.monthlyCost.amount,
  }));
  gaps.sort(
    (a, b) =>
      b.monthlyCost - a.monthlyCost ||
      b.activeIn.length - a.activeIn.length ||
      a.email.localeCompare(b.email),
  );

  return {
    generatedAt: new Date().toISOString(),
    currency,
    spend,
    waste: [...byReason]
      .map(([reason, v]) => ({ reason, ...v }))
      .sort((a, b) => b.monthlyCost - a.monthlyCost),
    wasteTotal: {
      licenses: wasteNodes.length,
      monthlyCost: wasteNodes.reduce((sum, w) => sum + w.monthlyCost.amount, 0),
    },
    accountStatus: [...statusCounts].map(([key, accounts]) => {
      const [vendor, status] = key.split('|');
      return { vendor, status, accounts };
    }),
    gaps,
    people: users.length,
  };
}
