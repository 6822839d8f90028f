import type { SnowDatasource, Window } from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import type {
  ApplicationModel,
  SaasSubscriptionModel,
  SnowAccountModel,
  UserKpisModel,
} from '../model/index.js';
import { normalizeEmail } from '../model/index.js';
import { isSnowId, SnowClient } from './client.js';
import { emailEquals } from './filter.js';
import {
  applicationOfSubscription,
  toApplication,
  toDiscoverySource,
  toSaasSubscription,
  toSnowAccount,
  toUserKpis,
} from './mapping.js';
import { allSnowPages, emptySnowPage } from './pagination.js';
import { walkAllSeats, type SeatWalkResult } from './seat-walk.js';

/** How far back `userKpis` history goes: 90 days, so Snow answers one point a day (≤ 92 days). */
const KPI_HISTORY_DAYS = 90;
const DAY = 86_400_000;

/**
 * Snow Atlas SaaS consolidated view, for one GraphQL request. Costs in vendor calls:
 * - `listAllAccounts`: ⌈N / 1000⌉ (N Snow users).
 * - `findAccountsByEmail`: 1 (`filter=email -eq "..."`, pushed down).
 * - `subscriptionsOf` / `applicationsOf` / `discoverySourcesOf`: 1 per user (Snow has no batch
 *   endpoint; the client's concurrency cap bounds the parallelism).
 * - `listAllSubscriptions`, `listApplications`: the seat walk (seat-walk.ts), ⌈N / 1000⌉ + U + ≈S,
 *   done once per request and shared by both.
 * - `userKpis`: 1.
 */
export function createSnowDatasource(http: VendorClient): SnowDatasource {
  const snow = new SnowClient(http);
  // Emails of the users this request has already read: seats from a user's own list do not name them.
  const emails = new Map<string, string>();
  const remember = (accounts: SnowAccountModel[]) => {
    for (const a of accounts) emails.set(a.externalId, a.email);
    return accounts;
  };
  let walk: Promise<SeatWalkResult> | undefined;
  const seatWalk = () =>
    (walk ??= walkAllSeats({
      users: () => allSnowPages((page) => snow.listUsers(page)),
      subscriptionsOfUser: (id) =>
        allSnowPages(async (page) => (await snow.userSubscriptions(id, page)) ?? emptySnowPage(page)),
      consumption: (id) =>
        allSnowPages(async (page) => (await snow.subscriptionConsumption(id, page)) ?? emptySnowPage(page)),
    }).then((result) => {
      for (const user of result.users) emails.set(user.id, user.email);
      return result;
    }));

  /** One call per known user ID, in order; an ID Snow cannot know (not a UUID) reads as an empty list. */
  const perUser = <Raw, Model>(
    ids: readonly string[],
    fetch: (
      id: string,
      page: { pageNumber: number; pageSize: number },
    ) => Promise<{ items: Raw[]; pagination: { page_size: number; page_number: number } } | undefined>,
    map: (raw: Raw, id: string) => Model,
  ): Promise<Model[][]> =>
    Promise.all(
      ids.map(async (id) => {
        if (!isSnowId(id)) return [];
        const rows = await allSnowPages(async (page) => (await fetch(id, page)) ?? emptySnowPage<Raw>(page));
        return rows.map((raw) => map(raw, id));
      }),
    );

  return {
    async listAllAccounts() {
      return remember((await allSnowPages((page) => snow.listUsers(page))).map(toSnowAccount));
    },

    async findAccountsByEmail(email) {
      const normalized = normalizeEmail(email);
      if (!normalized) return [];
      const users = await allSnowPages((page) => snow.listUsers(page, emailEquals(normalized)));
      // Snow already matched ignoring case and spaces; the check guards against a looser real filter.
      return remember(users.map(toSnowAccount).filter((a) => a.normalizedEmail === normalized));
    },

    subscriptionsOf(ids) {
      return perUser(
        ids,
        (id, page) => snow.userSubscriptions(id, page),
        (raw, id) => toSaasSubscription(raw, { id, email: emails.get(id) }),
      );
    },

    applicationsOf(ids) {
      return perUser(ids, (id, page) => snow.userApplications(id, page), toApplication);
    },

    discoverySourcesOf(ids) {
      return perUser(ids, (id, page) => snow.userDiscoverySources(id, page), toDiscoverySource);
    },

    /**
     * Snow has no application catalogue endpoint. The catalogue is built from the seat walk: every
     * application the company holds a subscription for, by name. Applications only ever seen in use
     * without a subscription appear per user (`SnowAccount.applications`) but not here: finding
     * them would take one call per Snow user.
     */
    async listApplications(offset, limit): Promise<Window<ApplicationModel>> {
      const apps = applicationsOf((await seatWalk()).seats);
      return { items: apps.slice(offset, offset + limit), total: apps.length };
    },

    async listAllSubscriptions(): Promise<SaasSubscriptionModel[]> {
      return (await seatWalk()).seats.filter((seat) => (seat.monthlyCost ?? 0) > 0);
    },

    async userKpis(): Promise<UserKpisModel> {
      const now = Date.now();
      const from = new Date(now - KPI_HISTORY_DAYS * DAY).toISOString();
      return toUserKpis(await snow.userKpis(from, new Date(now).toISOString()));
    },
  };
}

/** Distinct applications of the seats, by name then ID (a stable order for offset paging). */
function applicationsOf(seats: SaasSubscriptionModel[]): ApplicationModel[] {
  const byId = new Map<string, ApplicationModel>();
  for (const seat of seats) {
    const app = applicationOfSubscription(seat);
    if (app && !byId.has(app.externalId)) byId.set(app.externalId, app);
  }
  const key = (a: ApplicationModel) => `${a.name.toLowerCase()}\u0000${a.externalId}`;
  return [...byId.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
