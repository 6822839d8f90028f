import type { Company } from '../../company/company.js';
import type { SeededRandom } from '../../core/random.js';
import type {
  BetterCloudTriggerType,
  BetterCloudWorkflow,
  BetterCloudWorkflowStatus,
  StoredRun,
} from '../types.js';
import { DAY_MS, routineEventShare, type EventDraft } from './drafts.js';
import type { SeededUser } from './users.js';

export interface SeededWorkflows {
  workflows: BetterCloudWorkflow[];
  runs: StoredRun[];
  events: EventDraft[];
}

interface WorkflowTemplate {
  name: string;
  description: string;
  trigger: BetterCloudTriggerType;
  status: BetterCloudWorkflowStatus;
  actions: number;
}

/** The automations an IT team typically builds in BetterCloud. */
const templates: readonly WorkflowTemplate[] = [
  {
    name: 'Employee Offboarding',
    description:
      'Suspends the user, transfers Drive files to the manager, removes groups and reclaims licenses',
    trigger: 'manual',
    status: 'active',
    actions: 12,
  },
  {
    name: 'New Hire Onboarding',
    description: 'Creates accounts, adds department groups and assigns default licenses',
    trigger: 'event',
    status: 'active',
    actions: 9,
  },
  {
    name: 'Contractor Offboarding',
    description: 'Removes a contractor from every connected application',
    trigger: 'manual',
    status: 'active',
    actions: 7,
  },
  {
    name: 'Inactive License Reclaim',
    description: 'Reclaims licenses from accounts idle for 60 days or more',
    trigger: 'scheduled',
    status: 'active',
    actions: 5,
  },
  {
    name: 'Suspended User Cleanup',
    description: 'Deprovisions users suspended for more than 30 days',
    trigger: 'scheduled',
    status: 'active',
    actions: 6,
  },
  {
    name: 'Department Transfer',
    description: 'Moves group memberships and shared drives when a department changes',
    trigger: 'event',
    status: 'active',
    actions: 8,
  },
  {
    name: 'Security Hold',
    description: 'Suspends the user and signs out every active session',
    trigger: 'manual',
    status: 'active',
    actions: 4,
  },
  {
    name: 'Public File Sharing Remediation',
    description: 'Removes public links from files shared outside the company',
    trigger: 'event',
    status: 'active',
    actions: 3,
  },
  {
    name: 'External Sharing Alert',
    description: 'Alerts IT when a file is shared with a personal address',
    trigger: 'event',
    status: 'inactive',
    actions: 2,
  },
  {
    name: 'Slack Guest Review',
    description: 'Lists Slack guests without activity for review',
    trigger: 'scheduled',
    status: 'active',
    actions: 4,
  },
  {
    name: 'Zoom License Rebalance',
    description: 'Moves unused Zoom licenses back to the pool',
    trigger: 'scheduled',
    status: 'inactive',
    actions: 3,
  },
  {
    name: 'GitHub Access Review',
    description: 'Quarterly review of GitHub organization owners',
    trigger: 'scheduled',
    status: 'draft',
    actions: 5,
  },
  {
    name: 'Mailbox Delegation Audit',
    description: 'Reports mailbox delegates outside the owner department',
    trigger: 'scheduled',
    status: 'draft',
    actions: 2,
  },
  {
    name: 'Leave of Absence',
    description: 'Suspends access during leave and restores it on return',
    trigger: 'manual',
    status: 'active',
    actions: 6,
  },
  {
    name: 'Name Change',
    description: 'Updates the name and email alias in every application',
    trigger: 'manual',
    status: 'active',
    actions: 5,
  },
];

/** Workflow IDs are `wf-` and 6 digits, a hundred apart, as in the vendor's examples. */
export const workflowIdNumber = (n: number) => 100_100 + n * 100;
/** Execution IDs continue from here. */
export const FIRST_EXECUTION_NUMBER = 900_001;

/**
 * The templates above, and the runs the seeded states imply: an offboarding run for each
 * deprovisioned leaver, a security hold for each suspended employee, onboarding for recent
 * arrivals, and the scheduled workflows' weekly runs over the last quarter.
 */
export function seedWorkflows(
  company: Company,
  users: SeededUser[],
  adminEmails: string[],
  random: SeededRandom,
): SeededWorkflows {
  const nowMs = company.config.now.getTime();
  const events: EventDraft[] = [];
  const workflows = templates.map((t, i): BetterCloudWorkflow => {
    const createdAtMs = nowMs - random.int(120, 900) * DAY_MS;
    const actor = random.pick(adminEmails);
    events.push({
      type: 'workflow.created',
      actorEmail: actor,
      targetEmail: null,
      description: `Workflow "${t.name}" created`,
      occurredAtMs: createdAtMs,
    });
    return {
      id: `wf-${workflowIdNumber(i)}`,
      name: t.name,
      description: t.description,
      status: t.status,
      trigger_type: t.trigger,
      action_count: t.actions,
      created_at: new Date(createdAtMs).toISOString(),
      updated_at: random.chance(0.7)
        ? new Date(createdAtMs + random.int(1, 100) * DAY_MS).toISOString()
        : null,
    };
  });
  const byName = new Map(workflows.map((w) => [w.name, w]));
  const pending: { workflow: BetterCloudWorkflow; atMs: number; user?: SeededUser; actor: string | null }[] =
    [];

  const share = routineEventShare(users.length);
  const onboardingCutoff = new Date(nowMs - 90 * DAY_MS).toISOString();
  for (const seeded of users) {
    const { person, deprovisionedAtMs, suspendedAtMs } = seeded;
    if (deprovisionedAtMs !== undefined) {
      const name = person.employment === 'contractor' ? 'Contractor Offboarding' : 'Employee Offboarding';
      pending.push({
        workflow: byName.get(name)!,
        atMs: deprovisionedAtMs - 60_000,
        user: seeded,
        actor: random.pick(adminEmails),
      });
    } else if (suspendedAtMs !== undefined && !person.leftAt) {
      pending.push({
        workflow: byName.get('Security Hold')!,
        atMs: suspendedAtMs - 60_000,
        user: seeded,
        actor: random.pick(adminEmails),
      });
    }
    if (seeded.user.created_at > onboardingCutoff && random.chance(share))
      pending.push({
        workflow: byName.get('New Hire Onboarding')!,
        atMs: Date.parse(seeded.user.created_at) + 3_600_000,
        user: seeded,
        actor: null,
      });
  }
  for (const workflow of workflows.filter((w) => w.trigger_type === 'scheduled' && w.status === 'active'))
    for (let week = 1; week <= 12; week++)
      pending.push({ workflow, atMs: nowMs - week * 7 * DAY_MS, actor: null });

  pending.sort((a, b) => a.atMs - b.atMs);
  const runs = pending.map(({ workflow, atMs, user, actor }, i): StoredRun => {
    const status = random.chance(0.04) ? 'failed' : 'completed';
    events.push({
      type: 'workflow.run',
      actorEmail: actor,
      targetEmail: user?.user.email ?? null,
      description: `Workflow "${workflow.name}" ${status === 'failed' ? 'failed' : 'completed'}`,
      occurredAtMs: atMs,
      userId: user?.user.id,
    });
    return {
      run: {
        execution_id: `exec-${FIRST_EXECUTION_NUMBER + i}`,
        workflow_id: workflow.id,
        status,
        started_at: new Date(atMs).toISOString(),
      },
      userIds: user ? [user.user.id] : [],
    };
  });
  return { workflows, runs, events };
}
