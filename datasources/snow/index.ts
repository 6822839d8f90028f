import { BadUserInputError } from '../../common/errors.js';
import type {
  AccountQuery,
  SnowApplicationQuery,
  SnowDatasource,
  SnowDiscoverySourceQuery,
  SnowSubscriptionQuery,
  Window,
} from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import type {
  ApplicationModel,
  SaasSubscriptionModel,
  SnowAccountModel,
  UserKpisModel,
} from '../model/index.js';
import { normalizeEmail } from '../model/index.js';
import { isSnowId, SnowClient } from './client.js';
import {
  allAndAnyOf,
  booleanCondition,
  dateTimeCondition,
  emailEquals,
  isNull,
  numberCondition,
  sortBy,
  stringCondition,
} from './filter.js';
import {
  applicationOfSubscription,
  toApplication,
  toDiscoverySource,
  toSaasSubscription,
  toSnowAccount,
  toUserKpis,
} from './mapping.js';
import { allSnowPages, eachSnowPage, emptySnowPage, snowWindow } from './pagination.js';
import type { SnowDiscoverySource, SnowUserApplication, SnowUserSubscription } from './types.js';
import { walkAllSeats, type SeatWalkResult } from './seat-walk.js';

/** The Snow field behind each sort field of the schema. */
const accountSortFields: Record<NonNullable<AccountQuery['sort']>['field'], string> = {
  EMAIL: 'email',
  DISPLAY_NAME: 'displayName',
  LAST_ACTIVE: 'lastActive',
  MONTHLY_COST: 'userCostPerMonth',
};
const applicationSortFields: Record<NonNullable<SnowApplicationQuery['sort']>['field'], string> = {
  NAME: 'name',
  SOFTWARE_VENDOR: 'vendor',
  LAST_ACTIVE: 'lastActive',
};
const subscriptionSortFields: Record<NonNullable<SnowSubscriptionQuery['sort']>['field'], string> = {
  NAME: 'name',
  MONTHLY_COST: 'totalCostPerMonth',
  LAST_ACTIVE: 'lastActivity',
};
const discoverySourceSortFields: Record<NonNullable<SnowDiscoverySourceQuery['sort']>['field'], string> = {
  NAME: 'name',
  CREATED_AT: 'created',
};

function nonEmpty(value: string, argument: string): string {
  const text = value.trim();
  if (text === '') throw new BadUserInputError(`\`filter.${argument}\` must not be empty`, 'filter');
  return text;
}

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

    eachAccountPage(take) {
      return eachSnowPage(
        (page) => snow.listUsers(page),
        (users) => take(remember(users.map(toSnowAccount))),
      );
    },

    async findAccountsByEmail(email) {
      const normalized = normalizeEmail(email);
      if (!normalized) return [];
      const users = await allSnowPages((page) => snow.listUsers(page, emailEquals(normalized)));
      // Snow already matched ignoring case and spaces; the check guards against a looser real filter.
      return remember(users.map(toSnowAccount).filter((a) => a.normalizedEmail === normalized));
    },

    /** GET users/{userId}: one call; an ID that is not a UUID (Snow would answer 400) costs none. */
    async getAccount(externalId) {
      if (!isSnowId(externalId)) return undefined;
      const user = await snow.getUser(externalId);
      return user ? remember([toSnowAccount(user)])[0] : undefined;
    },

    /** Every condition and the sort go to Snow as `filter`/`sort`: one call a window (pages of up to 1000). */
    async listAccounts(offset, limit, query) {
      // The users list never says "terminated" (only subscription holders carry it): none is DEPROVISIONED here.
      if (query.status === 'DEPROVISIONED') return { items: [], total: 0 };
      const filter = allAndAnyOf(
        [
          ...(query.email !== undefined
            ? [stringCondition('email', '-eq', normalizeEmail(query.email))]
            : []),
          ...(query.emailContains !== undefined
            ? [stringCondition('email', '-contains', nonEmpty(query.emailContains, 'emailContains'))]
            : []),
          ...(query.status !== undefined
            ? [booleanCondition('isEnabled', '-eq', query.status === 'ACTIVE')]
            : []),
          ...(query.department !== undefined ? [stringCondition('department', '-eq', query.department)] : []),
          ...(query.lastActiveAfter !== undefined
            ? [dateTimeCondition('lastActive', '-ge', query.lastActiveAfter)]
            : []),
        ],
        query.lastActiveBefore !== undefined
          ? [dateTimeCondition('lastActive', '-lt', query.lastActiveBefore), isNull('lastActive')]
          : [],
      );
      const sort = query.sort && sortBy(accountSortFields[query.sort.field], query.sort.direction);
      const window = await snowWindow(offset, limit, (page) => snow.listUsers(page, filter, sort));
      return { items: remember(window.items.map(toSnowAccount)), total: window.total };
    },

    async userApplications(id, query) {
      if (!isSnowId(id)) return [];
      const filter = allAndAnyOf([
        ...(query.nameContains !== undefined
          ? [stringCondition('name', '-contains', nonEmpty(query.nameContains, 'nameContains'))]
          : []),
        ...(query.softwareVendor !== undefined
          ? [stringCondition('vendor', '-eq', query.softwareVendor)]
          : []),
        ...(query.lastActiveAfter !== undefined
          ? [dateTimeCondition('lastActive', '-ge', query.lastActiveAfter)]
          : []),
      ]);
      const sort = query.sort && sortBy(applicationSortFields[query.sort.field], query.sort.direction);
      const rows = await allSnowPages(
        async (page) =>
          (await snow.userApplications(id, page, { filter, sort })) ??
          emptySnowPage<SnowUserApplication>(page),
      );
      return rows.map(toApplication);
    },

    async userSubscriptions(id, query) {
      if (!isSnowId(id)) return [];
      const filter = allAndAnyOf(
        [
          ...(query.nameContains !== undefined
            ? [stringCondition('name', '-contains', nonEmpty(query.nameContains, 'nameContains'))]
            : []),
          ...(query.applicationContains !== undefined
            ? [
                stringCondition(
                  'applicationName',
                  '-contains',
                  nonEmpty(query.applicationContains, 'applicationContains'),
                ),
              ]
            : []),
          ...(query.minMonthlyCost !== undefined
            ? [numberCondition('totalCostPerMonth', '-ge', query.minMonthlyCost)]
            : []),
        ],
        query.lastActiveBefore !== undefined
          ? [dateTimeCondition('lastActivity', '-lt', query.lastActiveBefore), isNull('lastActivity')]
          : [],
      );
      const sort = query.sort && sortBy(subscriptionSortFields[query.sort.field], query.sort.direction);
      const rows = await allSnowPages(
        async (page) =>
          (await snow.userSubscriptions(id, page, { filter, sort })) ??
          emptySnowPage<SnowUserSubscription>(page),
      );
      return rows.map((raw) => toSaasSubscription(raw, { id, email: emails.get(id) }));
    },

    async userDiscoverySources(id, query) {
      if (!isSnowId(id)) return [];
      const filter = allAndAnyOf([
        ...(query.nameContains !== undefined
          ? [stringCondition('name', '-contains', nonEmpty(query.nameContains, 'nameContains'))]
          : []),
        ...(query.type !== undefined ? [numberCondition('type', '-eq', query.type)] : []),
      ]);
      const sort = query.sort && sortBy(discoverySourceSortFields[query.sort.field], query.sort.direction);
      const rows = await allSnowPages(
        async (page) =>
          (await snow.userDiscoverySources(id, page, { filter, sort })) ??
          emptySnowPage<SnowDiscoverySource>(page),
      );
      return rows.map(toDiscoverySource);
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

    /** `fromDate`/`toDate` as asked; by default the 90 days up to `to` (one point a day). */
    async userKpis(range): Promise<UserKpisModel> {
      const instant = (value: string, argument: string) => {
        const time = Date.parse(value);
        if (!Number.isFinite(time))
          throw new BadUserInputError(`\`${argument}\` is not a date-time`, argument);
        return time;
      };
      const to = instant(range.to, 'to');
      const from = range.from !== undefined ? instant(range.from, 'from') : to - KPI_HISTORY_DAYS * DAY;
      if (from > to) throw new BadUserInputError('`from` must not be after `to`', 'from');
      return toUserKpis(await snow.userKpis(new Date(from).toISOString(), new Date(to).toISOString()));
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
