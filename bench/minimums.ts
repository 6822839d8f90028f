/**
 * The fewest vendor calls each reference query needs, given what the vendor APIs offer, computed
 * from the simulators' own data (not from what the gateway did), and the longest chain of calls that
 * must wait on each other (the critical path, in hops of one vendor latency). Warm identity index.
 */
import type { Company } from '../simulators/company/company.js';
import type { SimulatedVendor } from '../simulators/index.js';

export interface QueryBound {
  minimumCalls: number;
  explain: string;
  /** Hops on the critical path; gets the warm run's calls per `VENDOR:operation` where the chain depends on data. */
  criticalPathHops(operations: Record<string, number>): number;
}

type Info = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function minimumsFor(
  company: Company,
  urls: Record<SimulatedVendor, string>,
): Promise<Record<string, QueryBound>> {
  const info = async (vendor: SimulatedVendor): Promise<Info> =>
    (await fetch(`${urls[vendor]}/__sim/info`)).json() as Promise<Info>;
  const [bettercloud, snow, jumpcloud] = await Promise.all([
    info('bettercloud'),
    info('snow'),
    info('jumpcloud'),
  ]);

  // The people the identity index holds, in its order (normalized email).
  const people = company.people
    .filter((p) => p.accounts.bettercloud || p.accounts.atlassian || p.accounts.snow || p.jumpcloudAdmin)
    .sort((a, b) => (a.email < b.email ? -1 : 1));
  const page = people.slice(0, 100);
  const snowOnPage = page.filter((p) => p.accounts.snow).length;
  const groups: number = bettercloud.counts.groups;
  // BetterCloud has no "groups of a user" endpoint: every group's members, plus the group list.
  const betterCloudMemberships = Math.ceil(groups / 100) + groups;
  const groupHops = groups > 100 ? 3 : 2;

  // Snow: no list of subscriptions. Knowing every seat needs the user list, every subscription's
  // seats, and enough user-subscription reads to discover each subscription (a user holds at most
  // maxHeld of them, so at least ⌈S / maxHeld⌉ reads).
  const snowUsers: number = snow.counts.users;
  const subscriptions: { seats: number }[] = snow.subscriptions;
  const usersPage = (await (
    await fetch(`${urls.snow}/api/saas/consolidated-view/v1/users?page_size=1000&sort=licenseCount:desc`, {
      headers: { authorization: 'Bearer dev-snow-token' },
    })
  ).json()) as { items: { licenseCount: number }[] };
  const maxHeld = Math.max(...usersPage.items.map((u) => u.licenseCount));
  const seatPages = subscriptions.reduce((sum, s) => sum + Math.max(1, Math.ceil(s.seats / 1000)), 0);
  const discoveryReads = Math.ceil(subscriptions.length / maxHeld);

  const connectwise: string = jumpcloud.integrationIds.connectwise[0];
  const mappings = (await (
    await fetch(`${urls.jumpcloud}/api/v2/integrations/connectwise/${connectwise}/mappings?limit=1`, {
      headers: { 'x-api-key': 'dev-jumpcloud-key' },
    })
  ).json()) as { totalCount: number };

  return {
    'directory-page': {
      minimumCalls: snowOnPage + betterCloudMemberships,
      explain: `Snow subscriptions: 1 per Snow user on the page (${snowOnPage}, no batch endpoint); BetterCloud groups: ⌈${groups}/100⌉ group pages + ${groups} member lists (no user→groups endpoint); SCIM groups come with the identity index: 0`,
      criticalPathHops: () => groupHops,
    },
    'user-profile': {
      minimumCalls: betterCloudMemberships + 1 + 1 + 3,
      explain: `BetterCloud: ${betterCloudMemberships} for groups + 1 events page (filtered by user id); Atlassian: 1 role assignments (product access and SCIM come with the index); Snow: subscriptions, discovery sources, applications (1 each)`,
      criticalPathHops: () => groupHops,
    },
    'license-waste': {
      minimumCalls: Math.ceil(snowUsers / 1000) + seatPages + discoveryReads,
      explain: `Snow: ⌈${snowUsers}/1000⌉ user pages + ${seatPages} subscription seat pages (${subscriptions.length} subscriptions) + at least ⌈${subscriptions.length}/${maxHeld}⌉ user-subscription reads to discover the subscriptions (Snow has no subscription list; a user holds at most ${maxHeld}). A lower bound: the discovery reads needed in practice depend on who holds what`,
      // The walk alternates rounds of one user read then that round's seat reads, after the user list.
      criticalPathHops: (ops) =>
        1 + 2 * (ops['SNOW:getSaasConsolidatedViewV1UserSubscriptions'] ?? discoveryReads),
    },
    'integration-mappings': {
      minimumCalls: 1 + 1 + 1 + Math.ceil(mappings.totalCount / 100),
      explain: `JumpCloud: the integration list (1: it names only ID and type), the configuration for \`endpoint\`/\`isConfigured\` (1), settings (1), mappings (⌈${mappings.totalCount}/100⌉); mapping rows carry their organization's name; BetterCloud is not asked (kind filter)`,
      criticalPathHops: () => 2,
    },
  };
}
