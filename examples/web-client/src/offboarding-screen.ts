import type { WastedLicensesQuery as WastedLicenses } from './__generated__/graphql.js';
import { execute, type ClientOptions } from './client.js';
import { PersonCardQuery, PlanOffboardingMutation, WastedLicensesQuery } from './operations.js';

/** What an offboarding screen shows for one person: typed end to end, checked against the schema in CI. */
export async function offboardingSummary(options: ClientOptions, email: string) {
  const { user } = await execute(options, PersonCardQuery, { email });
  if (!user) return undefined;
  const { suspendUser } = await execute(options, PlanOffboardingMutation, { email });
  return {
    name: user.displayName ?? user.email,
    monthlyCost: user.monthlyCost?.amount ?? 0,
    activeIn: user.accounts.filter((a) => a.status === 'ACTIVE').map((a) => a.vendor),
    plannedCalls: suspendUser.plannedCalls.map((c) => `${c.method} ${c.vendor} ${c.path}`),
    problems: suspendUser.userErrors.map((e) => e.message),
  };
}

/** Every wasted license, page by page through the typed connection. */
export async function* wastedLicenses(options: ClientOptions) {
  let after: string | null = null;
  for (;;) {
    const { licenseWaste }: WastedLicenses = await execute(options, WastedLicensesQuery, {
      first: 100,
      after,
    });
    for (const edge of licenseWaste.edges) yield edge.node;
    if (!licenseWaste.pageInfo.hasNextPage) return;
    after = licenseWaste.pageInfo.endCursor ?? null;
  }
}
