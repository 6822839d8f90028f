import type { Company, Person } from '../../company/company.js';
import type { SeededRandom } from '../../core/random.js';
import type { AuditEvent, DirectoryMember, EventAction, EventActor, Organization } from '../model.js';
import { uuidId } from './ids.js';

const DAY = 86_400_000;
/** Atlassian keeps 180 days of audit log for organizations without Atlassian Guard. */
export const AUDIT_RETENTION_DAYS = 180;
/** The newest this many events are kept, so the feed stays small at 100,000 people. */
const MAX_SEEDED_EVENTS = 20_000;

export const systemActor: EventActor = { id: 'atlassian', name: 'Atlassian', type: 'system' };
export const scimActor: EventActor = {
  id: 'user-provisioning-scim',
  name: 'User provisioning (SCIM)',
  type: 'app',
};
/** Who the Admin API's writes are attributed to: the organization API key the caller presents. */
export const apiKeyActor: EventActor = { id: 'org-api-key', name: 'Organization API key', type: 'app' };
export const apiKeyLocation = { ip: '192.0.2.80', geo: 'Admin API' };
export const scimLocation = { ip: '192.0.2.15', geo: 'Identity provider (cloud)' };
const systemLocation = { ip: '192.0.2.1', geo: 'Atlassian Cloud' };

export function userActor(member: DirectoryMember): EventActor {
  return { id: member.account.accountId, name: member.account.name, type: 'user' };
}

/** A documentation-range address per person, so one person's events share an IP. */
export function personLocation(person: Person | undefined): { ip: string; geo: string } {
  if (!person) return { ip: '198.51.100.200', geo: 'Unknown' };
  return { ip: `198.51.100.${(person.index % 250) + 1}`, geo: person.location };
}

export function userContext(member: DirectoryMember, extra: { key: string; value: string }[] = []) {
  return [
    { key: 'accountId', value: member.account.accountId },
    { key: 'email', value: member.account.email },
    ...extra,
  ];
}

/** A possible seeded event, kept compact: its context is built only if it is among the newest kept. */
interface Candidate {
  timeMs: number;
  action: EventAction;
  actor: EventActor;
  location: AuditEvent['location'];
  /** The member the event is about, or a fixed context for organization-level events. */
  subject: DirectoryMember | AuditEvent['context'];
  extra?: AuditEvent['context'];
}

/**
 * The organization's audit log for the retention window: sign-ins, account creation, suspensions,
 * closures, admin role grants, policy and domain changes, dated from the company's seed.
 */
export function seedEvents(
  org: Organization,
  company: Company,
  admin: DirectoryMember,
  random: SeededRandom,
): AuditEvent[] {
  const now = company.config.now.getTime();
  const windowStart = now - AUDIT_RETENTION_DAYS * DAY;
  const candidates: Candidate[] = [];
  const adminActor = userActor(admin);
  const adminLocation = personLocation(company.people[admin.account.personIndex ?? 0]);
  const push = (
    timeMs: number,
    action: EventAction,
    actor: EventActor,
    location: Candidate['location'],
    subject: Candidate['subject'],
    extra?: Candidate['extra'],
  ) => {
    if (timeMs >= windowStart && timeMs <= now)
      candidates.push({ timeMs, action, actor, location, subject, extra });
  };

  for (const member of org.directory.members) {
    const person =
      member.account.personIndex === undefined ? undefined : company.people[member.account.personIndex];
    const provisionedByScim = Boolean(person?.accounts.scim);
    const createdMs = Date.parse(member.account.created);
    push(
      createdMs,
      'user_created',
      provisionedByScim ? scimActor : adminActor,
      provisionedByScim ? scimLocation : adminLocation,
      member,
    );
    if (member.account.lastActive) {
      const lastMs = Date.parse(member.account.lastActive);
      if (lastMs >= windowStart) {
        const actor = userActor(member);
        const location = personLocation(person);
        push(lastMs, 'user_logged_in', actor, location, member);
        if (random.chance(0.5))
          push(lastMs - random.int(1, 14) * DAY, 'user_logged_in', actor, location, member);
      }
    }
    if (member.suspended) {
      const leftMs = person?.leftAt ? Date.parse(person.leftAt) : now - random.int(1, 90) * DAY;
      const bySync = provisionedByScim && person?.accounts.scim?.state === 'suspended';
      push(
        leftMs + random.int(0, 3) * DAY,
        'user_suspended',
        bySync ? scimActor : adminActor,
        bySync ? scimLocation : adminLocation,
        member,
      );
    }
    if (member.account.status === 'closed' && person?.leftAt)
      push(Date.parse(person.leftAt) + 14 * DAY, 'user_account_closed', systemActor, systemLocation, member);
    if (member.orgRole !== 'user')
      push(createdMs + DAY, 'org_role_assigned', adminActor, adminLocation, member, [
        { key: 'role', value: member.orgRole },
      ]);
  }
  for (const policy of org.policies)
    push(Date.parse(policy.updated), 'policy_updated', adminActor, adminLocation, [
      { key: 'policyId', value: policy.id },
      { key: 'policyName', value: policy.name },
    ]);
  for (const domain of org.domains)
    if (domain.claimStatus === 'verified')
      push(
        now - random.int(1, AUDIT_RETENTION_DAYS - 1) * DAY,
        'domain_verified',
        adminActor,
        adminLocation,
        [{ key: 'domain', value: domain.name }],
      );

  // Oldest first for seq; the stable sort keeps generation order for equal times.
  candidates.sort((a, b) => a.timeMs - b.timeMs);
  const kept = candidates.slice(Math.max(0, candidates.length - MAX_SEEDED_EVENTS));
  const orgContainer = [{ id: org.id, type: 'organization' }];
  const directoryContainer = [...orgContainer, { id: org.directory.id, type: 'directory' }];
  const events: AuditEvent[] = kept.map((c, seq) => {
    const aboutMember = !Array.isArray(c.subject);
    return {
      seq,
      id: uuidId(random),
      time: new Date(c.timeMs).toISOString(),
      action: c.action,
      actor: c.actor,
      context: aboutMember
        ? userContext(c.subject as DirectoryMember, c.extra)
        : (c.subject as AuditEvent['context']),
      container: aboutMember ? directoryContainer : orgContainer,
      location: c.location,
    };
  });
  return events.reverse();
}
