import type { Company } from '../company/company.js';
import { SeededRandom } from '../core/random.js';
import type { SimulatorState } from '../core/surface.js';
import { resourceNotFound } from './errors.js';
import { FIRST_EVENT_NUMBER, storedEvent, type EventDraft } from './seed/drafts.js';
import type { Membership } from './seed/groups.js';
import { seedBetterCloud } from './seed/index.js';
import { FIRST_EXECUTION_NUMBER, workflowIdNumber } from './seed/workflows.js';
import type {
  BetterCloudGroup,
  BetterCloudIntegration,
  BetterCloudUser,
  BetterCloudUserStatus,
  BetterCloudWorkflow,
  StoredEvent,
  StoredRun,
} from './types.js';

/**
 * What the BetterCloud simulator holds, with the indexes its routes need: users in their stable
 * list order plus lookups by ID and by lower-cased email, groups with their memberships,
 * workflows, runs, integrations and the audit feed (stored oldest first, appended on every write).
 */
export class BetterCloudState implements SimulatorState {
  users: BetterCloudUser[] = [];
  groups: BetterCloudGroup[] = [];
  workflows: BetterCloudWorkflow[] = [];
  runs: StoredRun[] = [];
  events: StoredEvent[] = [];
  integrations: BetterCloudIntegration[] = [];
  /** Who the simulator's API key belongs to: the actor of every write's event. */
  apiActorEmail = '';

  /** Kept up to date by setUserStatus, so a status-filtered page need not count the whole list. */
  private usersByStatus: Record<BetterCloudUserStatus, number> = {
    active: 0,
    suspended: 0,
    deprovisioned: 0,
  };
  private usersById = new Map<string, BetterCloudUser>();
  private usersByEmail = new Map<string, BetterCloudUser>();
  private groupsById = new Map<string, BetterCloudGroup>();
  private memberships = new Map<string, Membership>();
  private workflowsById = new Map<string, BetterCloudWorkflow>();
  private idRandom = new SeededRandom(0);
  private clockOriginMs = 0;
  private nextWorkflowIndex = 0;

  constructor(private readonly company: Company) {
    this.reset();
  }

  reset(): void {
    const seed = seedBetterCloud(this.company);
    this.users = seed.users.map(({ user }) => user);
    this.usersById = new Map(this.users.map((u) => [u.id, u]));
    this.usersByEmail = new Map(this.users.map((u) => [u.email.toLowerCase(), u]));
    this.usersByStatus = { active: 0, suspended: 0, deprovisioned: 0 };
    for (const user of this.users) this.usersByStatus[user.status]++;
    this.groups = seed.groups;
    this.groupsById = new Map(this.groups.map((g) => [g.id, g]));
    this.memberships = seed.memberships;
    this.workflows = seed.workflows;
    this.workflowsById = new Map(this.workflows.map((w) => [w.id, w]));
    this.nextWorkflowIndex = this.workflows.length;
    this.runs = seed.runs;
    this.events = seed.events;
    this.integrations = seed.integrations;
    this.apiActorEmail = seed.adminEmails[0];
    this.idRandom = new SeededRandom(this.company.config.seed).fork('bettercloud-writes');
    this.clockOriginMs = Date.now();
  }

  info(): Record<string, unknown> {
    return {
      counts: {
        users: this.users.length,
        usersByStatus: { ...this.usersByStatus },
        groups: this.groups.length,
        workflows: this.workflows.length,
        workflowRuns: this.runs.length,
        events: this.events.length,
        integrations: this.integrations.length,
      },
      apiActorEmail: this.apiActorEmail,
      groupIds: this.groups.map((g) => g.id),
      workflowIds: this.workflows.map((w) => w.id),
      integrationIds: this.integrations.map((i) => i.id),
    };
  }

  /**
   * The simulated time: the company's fixed "now" plus the wall time since the last reset, so
   * writes land after the seeded history and keep their order.
   */
  nowMs(): number {
    return this.company.config.now.getTime() + (Date.now() - this.clockOriginMs);
  }

  user(id: string): BetterCloudUser {
    const user = this.usersById.get(id);
    if (!user) throw resourceNotFound('User', id);
    return user;
  }

  countUsers(status: BetterCloudUserStatus): number {
    return this.usersByStatus[status];
  }

  setUserStatus(user: BetterCloudUser, status: BetterCloudUserStatus, atMs: number): void {
    this.usersByStatus[user.status]--;
    this.usersByStatus[status]++;
    user.status = status;
    user.updated_at = new Date(atMs).toISOString();
  }

  findUser(id: string): BetterCloudUser | undefined {
    return this.usersById.get(id);
  }

  userByEmail(email: string): BetterCloudUser | undefined {
    return this.usersByEmail.get(email.toLowerCase());
  }

  group(id: string): BetterCloudGroup {
    const group = this.groupsById.get(id);
    if (!group) throw resourceNotFound('Group', id);
    return group;
  }

  members(groupId: string): Membership {
    return this.memberships.get(groupId)!;
  }

  /** Every group the user belongs to: a scan of the groups, which are few. */
  groupsOf(userId: string): BetterCloudGroup[] {
    return this.groups.filter((g) => this.memberships.get(g.id)!.has(userId));
  }

  addGroup(group: BetterCloudGroup): void {
    this.groups.push(group);
    this.groupsById.set(group.id, group);
    this.memberships.set(group.id, new Map());
  }

  deleteGroup(id: string): void {
    this.groups.splice(this.groups.indexOf(this.group(id)), 1);
    this.groupsById.delete(id);
    this.memberships.delete(id);
  }

  newGroupId(): string {
    for (;;) {
      const id = `group-${this.idRandom.hex(6)}`;
      if (!this.groupsById.has(id)) return id;
    }
  }

  workflow(id: string): BetterCloudWorkflow {
    const workflow = this.workflowsById.get(id);
    if (!workflow) throw resourceNotFound('Workflow', id);
    return workflow;
  }

  addWorkflow(fields: Omit<BetterCloudWorkflow, 'id'>): BetterCloudWorkflow {
    const workflow = { id: `wf-${workflowIdNumber(this.nextWorkflowIndex++)}`, ...fields };
    this.workflows.push(workflow);
    this.workflowsById.set(workflow.id, workflow);
    return workflow;
  }

  deleteWorkflow(id: string): void {
    this.workflows.splice(this.workflows.indexOf(this.workflow(id)), 1);
    this.workflowsById.delete(id);
  }

  addRun(run: Omit<StoredRun['run'], 'execution_id'>, userIds: string[]): StoredRun {
    const stored = {
      run: { execution_id: `exec-${FIRST_EXECUTION_NUMBER + this.runs.length}`, ...run },
      userIds,
    };
    this.runs.push(stored);
    return stored;
  }

  /** Appends a write's event to the feed; it becomes the newest. */
  recordEvent(
    draft: Omit<EventDraft, 'occurredAtMs' | 'actorEmail'> & {
      occurredAtMs?: number;
      actorEmail?: string | null;
    },
  ): StoredEvent {
    const stored = storedEvent(`evt-${FIRST_EVENT_NUMBER + this.events.length}`, {
      actorEmail: this.apiActorEmail,
      occurredAtMs: this.nowMs(),
      ...draft,
    });
    this.events.push(stored);
    return stored;
  }
}
