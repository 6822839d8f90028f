import type { Company, Person } from '../../company/company.js';
import type { AccountSeed } from '../../company/people.js';
import type { SeededRandom } from '../../core/random.js';
import type { BetterCloudUser } from '../types.js';
import { DAY_MS, routineEventShare, type EventDraft } from './drafts.js';

/** A seeded user with the facts other seed modules need (when it was suspended, whose it is). */
export interface SeededUser {
  user: BetterCloudUser;
  person: Person;
  account: AccountSeed;
  suspendedAtMs?: number;
  deprovisionedAtMs?: number;
}

export interface SeededUsers {
  users: SeededUser[];
  /** IT staff who act in the audit history; the first one owns the API key the simulator serves. */
  adminEmails: string[];
  events: EventDraft[];
}

/**
 * One BetterCloud user per `person.accounts.bettercloud`, in person order (the list's stable
 * order). Email and status come from the account as the company decided them; names, department,
 * title and location from the person; the manager's email as BetterCloud stores it.
 */
export function seedUsers(company: Company, random: SeededRandom): SeededUsers {
  const nowMs = company.config.now.getTime();
  const idSalt = Math.floor(random.next() * 0x1_0000_0000);
  const users: SeededUser[] = [];
  const recentDays = recentDayStamps(nowMs, 365);
  for (const person of company.people) {
    const account = person.accounts.bettercloud;
    if (!account) continue;
    const lifecycle = account.state === 'active' ? undefined : lifecycleDates(person, account, nowMs, random);
    const lastChangeMs = lifecycle && (lifecycle.deprovisionedAtMs ?? lifecycle.suspendedAtMs);
    users.push({
      user: {
        id: userId(person.index, idSalt),
        email: account.email,
        first_name: person.firstName,
        last_name: person.lastName,
        status: account.state,
        department: person.department,
        title: person.title,
        manager_email: managerEmail(company, person),
        location: person.location,
        created_at: account.createdAt,
        updated_at:
          lastChangeMs !== undefined
            ? new Date(lastChangeMs).toISOString()
            : profileSyncedAt(account.createdAt, recentDays, random),
      },
      person,
      account,
      suspendedAtMs: lifecycle?.suspendedAtMs,
      deprovisionedAtMs: lifecycle?.deprovisionedAtMs,
    });
  }
  const adminEmails = pickAdmins(users);
  return { users, adminEmails, events: userHistory(users, adminEmails, nowMs, random) };
}

/**
 * `user-` and 8 hex digits. Multiplying by an odd constant is a bijection on 32 bits, so IDs look
 * random yet never collide, and cost nothing to compute for 100,000 people.
 */
function userId(personIndex: number, salt: number): string {
  const mixed = (Math.imul(personIndex + 1, 0x9e3779b1) ^ salt) >>> 0;
  return `user-${mixed.toString(16).padStart(8, '0')}`;
}

function managerEmail(company: Company, person: Person): string | null {
  if (person.managerIndex === undefined) return null;
  const manager = company.people[person.managerIndex];
  return manager.accounts.bettercloud?.email ?? manager.email;
}

/** When a suspended or deprovisioned account changed state: at the person's last day, else recently. */
function lifecycleDates(
  person: Person,
  account: AccountSeed,
  nowMs: number,
  random: SeededRandom,
): { suspendedAtMs?: number; deprovisionedAtMs?: number } {
  const createdAtMs = Date.parse(account.createdAt);
  const base = Math.max(
    createdAtMs,
    person.leftAt ? Date.parse(person.leftAt) : nowMs - random.int(1, 60) * DAY_MS,
  );
  const suspendedAtMs = Math.min(nowMs, base + random.int(0, 2 * 24) * 3_600_000);
  if (account.state === 'suspended') return { suspendedAtMs };
  // Deprovisioning follows within a month, and has happened by "now" since the seed says it did.
  const delayMs = Math.floor(random.next() * Math.min(30 * DAY_MS, nowMs - suspendedAtMs));
  return { suspendedAtMs, deprovisionedAtMs: suspendedAtMs + delayMs };
}

/** Midnight stamps of the last `days` days, formatted once: formatting a date per user is the costliest part of seeding 100,000. */
function recentDayStamps(nowMs: number, days: number): string[] {
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  return Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * DAY_MS).toISOString());
}

/** Most active records were last touched by a directory sync in the past year, never before their creation. */
function profileSyncedAt(createdAt: string, recentDays: string[], random: SeededRandom): string {
  if (random.chance(0.3)) return createdAt;
  const stamp = recentDays[random.int(0, recentDays.length - 1)];
  return stamp > createdAt ? stamp : createdAt;
}

function pickAdmins(users: SeededUser[]): string[] {
  const admins = users
    .filter(
      ({ user, person }) =>
        user.status === 'active' &&
        person.department === 'IT' &&
        /IT (Manager|Administrator)/.test(person.title),
    )
    .slice(0, 4)
    .map(({ user }) => user.email);
  return admins.length > 0 ? admins : [users[0]?.user.email ?? 'admin@example.com'];
}

/** Sign-ins, recent arrivals and every suspension and deprovision the seeded states imply. */
function userHistory(
  users: SeededUser[],
  adminEmails: string[],
  nowMs: number,
  random: SeededRandom,
): EventDraft[] {
  const share = routineEventShare(users.length);
  const events: EventDraft[] = [];
  const recentCutoff = new Date(nowMs - 180 * DAY_MS).toISOString();
  for (const { user, person, account, suspendedAtMs, deprovisionedAtMs } of users) {
    const about = { targetEmail: user.email, userId: user.id };
    const routine = person.index === 0 || random.chance(share);
    if (routine && user.created_at > recentCutoff)
      events.push({
        type: 'user.created',
        actorEmail: null,
        description: 'User discovered in Google Workspace',
        occurredAtMs: Date.parse(user.created_at),
        ...about,
      });
    if (routine && account.lastActiveAt)
      events.push({
        type: 'user.login',
        actorEmail: user.email,
        description: 'User signed in via Google Workspace SSO',
        occurredAtMs: Date.parse(account.lastActiveAt),
        ...about,
      });
    if (suspendedAtMs !== undefined)
      events.push({
        type: 'user.suspended',
        actorEmail: random.pick(adminEmails),
        description: person.leftAt ? 'User suspended on their last day' : 'User suspended: security hold',
        occurredAtMs: suspendedAtMs,
        ...about,
      });
    if (deprovisionedAtMs !== undefined)
      events.push({
        type: 'user.deprovisioned',
        actorEmail: null,
        description: `User deprovisioned by workflow "${person.employment === 'contractor' ? 'Contractor Offboarding' : 'Employee Offboarding'}"`,
        occurredAtMs: deprovisionedAtMs,
        ...about,
      });
  }
  return events;
}
