import type { Company } from '../../company/company.js';
import { departments } from '../../company/names.js';
import type { SeededRandom } from '../../core/random.js';
import type { BetterCloudGroup, BetterCloudGroupRole, BetterCloudUser } from '../types.js';
import { DAY_MS, routineEventShare, type EventDraft } from './drafts.js';
import type { SeededUser } from './users.js';

/** Members of one group by user ID, in the order they joined (Map keeps insertion order). */
export type Membership = Map<string, BetterCloudGroupRole>;

export interface SeededGroups {
  groups: BetterCloudGroup[];
  memberships: Map<string, Membership>;
  events: EventDraft[];
}

type GroupKind = 'team' | 'project' | 'distribution';
/** A seeded group's members, and the same users in joining order for its history. */
interface Drawn {
  members: Membership;
  joined: BetterCloudUser[];
}

/** Team, project and distribution groups a company like this one has besides its departments. */
const otherGroups: readonly (readonly [string, GroupKind, string])[] = [
  ['Platform Team', 'team', 'Core platform and infrastructure engineers'],
  ['Security Champions', 'team', 'Security advocates embedded in each team'],
  ['Incident Response', 'team', 'On-call rotation for production incidents'],
  ['Design Guild', 'team', 'Designers across product lines'],
  ['Data Platform', 'team', 'Analytics and data engineering'],
  ['Mobile Team', 'team', 'iOS and Android engineers'],
  ['Enterprise Sales', 'team', 'Enterprise account executives'],
  ['Partner Success', 'team', 'Partner and channel managers'],
  ['Recruiting Coordinators', 'team', 'Interview scheduling and candidate experience'],
  ['IT Helpdesk', 'team', 'First-line IT support'],
  ['Finance Approvers', 'team', 'Spend approvers'],
  ['Release Managers', 'team', 'Release coordination across teams'],
  ['Accessibility Working Group', 'team', 'Accessibility reviews'],
  ['QA Automation', 'team', 'Test automation engineers'],
  ['Project Atlas', 'project', 'Data center migration'],
  ['Project Phoenix', 'project', 'Billing system rewrite'],
  ['SOC 2 Readiness', 'project', 'Audit preparation'],
  ['Q3 Launch', 'project', 'Cross-functional launch team'],
  ['Website Redesign', 'project', 'Marketing site rebuild'],
  ['CRM Migration', 'project', 'Moving to the new CRM'],
  ['Office Move London', 'project', 'London office relocation'],
  ['AI Pilot', 'project', 'Generative AI tooling pilot'],
  ['ERP Rollout', 'project', 'Finance system rollout'],
  ['Customer Advisory Board', 'project', 'Customer advisory board coordination'],
  ['Zero Trust Rollout', 'project', 'Device trust and SSO hardening'],
  ['All Hands', 'distribution', 'Company-wide announcements'],
  ['People Managers', 'distribution', 'Everyone who manages a team'],
  ['New York Office', 'distribution', 'Everyone based in New York'],
  ['San Francisco Office', 'distribution', 'Everyone based in San Francisco'],
  ['London Office', 'distribution', 'Everyone based in London'],
  ['Remote Employees', 'distribution', 'Everyone working remotely'],
  ['Engineering Announcements', 'distribution', 'Engineering news'],
  ['Sales Updates', 'distribution', 'Pipeline and quota updates'],
  ['Security Alerts', 'distribution', 'Security notifications'],
  ['Benefits Updates', 'distribution', 'Benefits and payroll notices'],
  ['Social Committee', 'distribution', 'Events and celebrations'],
  ['Book Club', 'distribution', 'Monthly book club'],
  ['Volunteers', 'distribution', 'Volunteering opportunities'],
  ['Parents Network', 'distribution', 'Employee resource group'],
  ['Women in Tech', 'distribution', 'Employee resource group'],
];

/**
 * One group per department (every user of that department who is not deprovisioned) and 20 to 40
 * other groups whose size grows with the company. Deprovisioned users hold no memberships: the
 * vendor's deprovisioning removes them (the simulator's deprovisionUser does the same).
 */
export function seedGroups(company: Company, users: SeededUser[], random: SeededRandom): SeededGroups {
  const { now, domain } = company.config;
  const nowMs = now.getTime();
  const eligible = users.filter(({ user }) => user.status !== 'deprovisioned');
  const ids = new Set<string>();
  const groups: BetterCloudGroup[] = [];
  const memberships = new Map<string, Membership>();
  const events: EventDraft[] = [];
  const share = routineEventShare(users.length);

  const addGroup = (name: string, description: string, createdAtMs: number, { members, joined }: Drawn) => {
    const id = uniqueGroupId(random, ids);
    const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@${domain}`;
    const updatedAtMs = random.chance(0.6)
      ? createdAtMs + Math.floor(random.next() * (nowMs - createdAtMs))
      : undefined;
    groups.push({
      id,
      name,
      email,
      description,
      member_count: members.size,
      created_at: new Date(createdAtMs).toISOString(),
      updated_at: updatedAtMs === undefined ? null : new Date(updatedAtMs).toISOString(),
    });
    memberships.set(id, members);
    events.push({
      type: 'group.created',
      actorEmail: null,
      targetEmail: email,
      description: `Group "${name}" created`,
      occurredAtMs: createdAtMs,
    });
    // Joins are recorded for groups created in the last half year (older history has aged out).
    if (nowMs - createdAtMs < 180 * DAY_MS)
      for (const user of joined)
        if (random.chance(share))
          events.push({
            type: 'group.member_added',
            actorEmail: null,
            targetEmail: user.email,
            description: `Added to group "${name}"`,
            occurredAtMs: Math.min(nowMs, createdAtMs + random.int(1, 3600) * 1000),
            userId: user.id,
          });
  };

  const byDepartment = new Map<string, SeededUser[]>();
  for (const seeded of eligible) {
    const list = byDepartment.get(seeded.person.department) ?? [];
    list.push(seeded);
    byDepartment.set(seeded.person.department, list);
  }
  for (const department of departments) {
    const inDepartment = byDepartment.get(department.name);
    if (!inDepartment) continue;
    const createdAtMs = nowMs - random.int(1500, 3000) * DAY_MS;
    addGroup(department.name, `Everyone in ${department.name}`, createdAtMs, departmentMembers(inDepartment));
  }

  const otherCount = Math.min(otherGroups.length, 20 + Math.floor(users.length / 500));
  for (const [name, kind, description] of random.sample(otherGroups, otherCount)) {
    const createdAtMs = nowMs - random.int(10, 900) * DAY_MS;
    addGroup(
      name,
      description,
      createdAtMs,
      sampledMembers(eligible, groupSize(kind, users.length, random), random),
    );
  }
  groups.sort((a, b) => a.created_at.localeCompare(b.created_at));
  return { groups, memberships, events };
}

function uniqueGroupId(random: SeededRandom, taken: Set<string>): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (;;) {
    const id = `group-${Array.from({ length: 6 }, () => alphabet[random.int(0, alphabet.length - 1)]).join('')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * The department's managers run its group: the first one owns it, up to three more manage it.
 * Department groups are years old, so their joins are not in the history (`joined` stays empty:
 * no per-member array for the largest groups).
 */
function departmentMembers(inDepartment: SeededUser[]): Drawn {
  const leads = inDepartment.filter(
    ({ person }) => person.employment === 'employee' && /Manager|Lead|Controller/.test(person.title),
  );
  const owner = leads[0] ?? inDepartment[0];
  const members: Membership = new Map([[owner.user.id, 'owner']]);
  for (const lead of leads.slice(1, 4)) members.set(lead.user.id, 'manager');
  for (const { user } of inDepartment) if (!members.has(user.id)) members.set(user.id, 'member');
  return { members, joined: [] };
}

function groupSize(kind: GroupKind, userCount: number, random: SeededRandom): number {
  switch (kind) {
    case 'team':
      return random.int(4, Math.max(12, Math.round(userCount * 0.006)));
    case 'project':
      return random.int(3, Math.max(10, Math.round(userCount * 0.004)));
    case 'distribution':
      return random.int(
        Math.max(20, Math.round(userCount * 0.02)),
        Math.max(60, Math.round(userCount * 0.08)),
      );
  }
}

/** Draws distinct members by index (cheaper than shuffling 100,000 users per group); the first owns it. */
function sampledMembers(eligible: SeededUser[], size: number, random: SeededRandom): Drawn {
  const target = Math.min(size, eligible.length);
  const managers = random.int(1, 2);
  const members: Membership = new Map();
  const joined: BetterCloudUser[] = [];
  while (joined.length < target) {
    const { user } = eligible[random.int(0, eligible.length - 1)];
    if (members.has(user.id)) continue;
    members.set(user.id, joined.length === 0 ? 'owner' : joined.length <= managers ? 'manager' : 'member');
    joined.push(user);
  }
  return { members, joined };
}
