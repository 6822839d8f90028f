import type { Company } from '../company/company.js';
import { badRequest, notFound } from '../core/http-types.js';
import { SeededRandom } from '../core/random.js';
import type { SimulatorState } from '../core/surface.js';
import {
  runBulkUpdate,
  type BulkUpdateRequest,
  type BulkUpdateTask,
  type SnowFlagUpdate,
} from './bulk-update.js';
import { createInsightRules, type SnowInsightRule } from './insights.js';
import type {
  SnowDiscoverySourceRecord,
  SnowSeatRecord,
  SnowSubscriptionRecord,
  SnowUserRecord,
} from './records.js';
import { seedSnowState, type SnowSeedState } from './seed.js';
import { indexUserKpis, type UserKpiIndex } from './user-kpis.js';
import { roundCents } from './user-metrics.js';
import type { SnowUserApplicationRow } from './views.js';

/**
 * How long a bulk update stays `Running` before it applies: real time, so clients really poll.
 * Long enough that a busy test machine still sees it running on the next request.
 */
export const BULK_UPDATE_RUN_MS = 400;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Snow answers 400 for an ID that is not a UUID and 404 for one it does not know. */
export function checkUuid(id: string, what: string): void {
  if (!uuidPattern.test(id)) throw badRequest(`The ${what} ID '${id}' is not a valid UUID.`);
}

/** Everything the Snow simulator serves, rebuilt from the company on reset. */
export class SnowState implements SimulatorState {
  data!: SnowSeedState;
  readonly insightRules: SnowInsightRule[];
  private usersById = new Map<string, SnowUserRecord>();
  private subscriptionsById = new Map<string, SnowSubscriptionRecord>();
  private kpiIndex: UserKpiIndex | undefined;
  private tasks = new Map<string, BulkUpdateTask>();
  private taskIds!: SeededRandom;
  private taskCount = 0;

  constructor(private readonly company: Company) {
    this.insightRules = createInsightRules(company.config.seed);
    this.reset();
  }

  get now(): number {
    return this.company.config.now.getTime();
  }

  reset(): void {
    this.data = seedSnowState(this.company);
    this.usersById = new Map(this.data.users.map((u) => [u.id, u]));
    this.subscriptionsById = new Map(this.data.subscriptions.map((s) => [s.id, s]));
    this.kpiIndex = undefined;
    this.tasks.clear();
    this.taskIds = new SeededRandom(this.company.config.seed).fork('snow').fork('task-ids');
    this.taskCount = 0;
  }

  info(): Record<string, unknown> {
    let seats = 0;
    let monthlySpend = 0;
    for (const subscription of this.data.subscriptions) {
      seats += subscription.seats.length;
      monthlySpend += subscription.seats.length * subscription.monthlyCostPerUser;
    }
    return {
      counts: {
        users: this.data.users.length,
        vendors: this.data.vendors.length,
        applications: this.data.applications.length,
        subscriptions: this.data.subscriptions.length,
        userSubscriptions: seats,
        discoverySources: this.data.discoverySources.length,
        insightRules: this.insightRules.length,
        bulkUpdateTasks: this.tasks.size,
      },
      totalMonthlySpend: roundCents(monthlySpend),
      currency: 'USD',
      subscriptions: this.data.subscriptions.map((s) => ({
        id: s.id,
        name: s.name,
        applicationId: s.application.id,
        applicationName: s.application.name,
        vendor: s.application.vendor.name,
        monthlyCostPerUser: s.monthlyCostPerUser,
        billingPeriod: s.billingPeriod,
        activityThresholdDays: s.activityThresholdDays,
        seats: s.seats.length,
      })),
      applications: this.data.applications.map((a) => ({
        id: a.id,
        name: a.name,
        vendorId: a.vendor.id,
        vendor: a.vendor.name,
      })),
      insightRules: this.insightRules.map((r) => ({ id: r.id, name: r.name })),
      discoverySources: this.data.discoverySources.map((s) => ({ id: s.id, name: s.name, type: s.type })),
    };
  }

  user(id: string): SnowUserRecord {
    checkUuid(id, 'user');
    const user = this.usersById.get(id);
    if (!user) throw notFound(`Resource with ID '${id}' not found.`);
    return user;
  }

  subscription(id: string): SnowSubscriptionRecord {
    checkUuid(id, 'subscription');
    const subscription = this.subscriptionsById.get(id);
    if (!subscription) throw notFound(`Resource with ID '${id}' not found.`);
    return subscription;
  }

  insightRule(id: string): SnowInsightRule {
    checkUuid(id, 'insight');
    const rule = this.insightRules.find((r) => r.id === id);
    if (!rule) throw notFound(`Resource with ID '${id}' not found.`);
    return rule;
  }

  kpis(): UserKpiIndex {
    this.kpiIndex ??= indexUserKpis(this.data.users);
    return this.kpiIndex;
  }

  updateFlags(user: SnowUserRecord, update: SnowFlagUpdate): void {
    Object.assign(user, update);
  }

  /** Applications a user was seen using: those of their seats, then unsanctioned ones. */
  userApplications(user: SnowUserRecord): SnowUserApplicationRow[] {
    const rows = new Map<string, SnowUserApplicationRow>();
    const seen = (
      application: SnowUserApplicationRow['application'],
      type: number,
      lastActiveAt: number | null,
    ) => {
      const row = rows.get(application.id);
      if (!row) {
        rows.set(application.id, { application, discoveryTypes: [type], lastActiveAt });
        return;
      }
      if (!row.discoveryTypes.includes(type))
        row.discoveryTypes = [...row.discoveryTypes, type].sort((a, b) => a - b);
      if (lastActiveAt !== null && (row.lastActiveAt === null || lastActiveAt > row.lastActiveAt))
        row.lastActiveAt = lastActiveAt;
    };
    for (const seat of user.seats) seen(seat.subscription.application, seat.source.type, seat.lastActivityAt);
    for (const use of user.unsanctioned) seen(use.application, use.source.type, use.lastActiveAt);
    return [...rows.values()];
  }

  /** Distinct sources that reported the user, in catalogue order. */
  userDiscoverySources(user: SnowUserRecord): SnowDiscoverySourceRecord[] {
    const ids = new Set<string>();
    for (const seat of user.seats) ids.add(seat.source.id);
    for (const use of user.unsanctioned) ids.add(use.source.id);
    return this.data.discoverySources.filter((s) => ids.has(s.id));
  }

  /** Removes the users' seats from the subscription; all or nothing, 404 when one holds no seat. */
  removeSeats(subscription: SnowSubscriptionRecord, userIds: string[]): void {
    const seats: SnowSeatRecord[] = [];
    for (const id of userIds) {
      checkUuid(id, 'user');
      const seat = subscription.seats.find((s) => s.user.id === id);
      if (!seat) throw notFound(`User with ID '${id}' is not assigned to subscription '${subscription.id}'.`);
      seats.push(seat);
    }
    const removed = new Set(seats);
    subscription.seats = subscription.seats.filter((s) => !removed.has(s));
    for (const seat of seats) seat.user.seats = seat.user.seats.filter((s) => s !== seat);
  }

  startBulkUpdate(request: BulkUpdateRequest): BulkUpdateTask {
    const id = this.taskIds.fork(String(++this.taskCount)).uuid();
    const task: BulkUpdateTask = {
      id,
      request,
      completesAt: Date.now() + BULK_UPDATE_RUN_MS,
      status: 'Running',
    };
    this.tasks.set(id, task);
    return task;
  }

  task(id: string): BulkUpdateTask {
    const task = this.tasks.get(id);
    if (!task) throw notFound(`Resource with ID '${id}' not found.`);
    return task;
  }

  /** Finishes the bulk updates whose time has come; called before every request is served. */
  settleTasks(at = Date.now()): void {
    for (const task of this.tasks.values()) {
      if (task.status !== 'Running' || task.completesAt > at) continue;
      task.summary = runBulkUpdate(task.request, this.data.users, this.usersById);
      task.status = task.summary.successCount === 0 && task.summary.failedCount > 0 ? 'Failed' : 'Complete';
    }
  }
}
