import type { Company } from '../company/company.js';
import { notFound } from '../core/http-types.js';
import { SeededRandom } from '../core/random.js';
import type {
  AtlassianAccount,
  AuditEvent,
  Directory,
  DirectoryMember,
  EventAction,
  Group,
  EventActor,
  Organization,
} from './model.js';
import { seedAtlassian } from './seed/organizations.js';

export interface EventInput {
  action: EventAction;
  actor: EventActor;
  context: AuditEvent['context'];
  location: AuditEvent['location'];
  directory?: Directory;
}

/**
 * The Atlassian organizations as they are now: the seeded state plus every write since the last
 * reset. Lookups throw the vendor's 404, so routes read as the happy path.
 */
export class AtlassianState {
  orgs: Organization[] = [];
  accountsByEmail = new Map<string, AtlassianAccount>();
  /** Draws IDs for objects created by writes; reset with the state so runs repeat exactly. */
  random!: SeededRandom;
  private clockOrigin = Date.now();

  constructor(readonly company: Company) {
    this.reset();
  }

  reset(): void {
    const seeded = seedAtlassian(this.company);
    this.orgs = seeded.orgs;
    this.accountsByEmail = seeded.accountsByEmail;
    this.random = new SeededRandom(this.company.config.seed).fork('atlassian-writes');
    this.clockOrigin = Date.now();
  }

  get mainOrg(): Organization {
    return this.orgs[0];
  }

  /**
   * The simulated "now": the company's fixed today plus the time since the last reset, so written
   * events sort after the seeded ones whatever the machine's clock says.
   */
  now(): Date {
    return new Date(this.company.config.now.getTime() + (Date.now() - this.clockOrigin));
  }

  org(orgId: string): Organization {
    const org = this.orgs.find((o) => o.id === orgId);
    if (!org) throw notFound(`Organization ${orgId} not found`, { errorCode: 'ORG_NOT_FOUND' });
    return org;
  }

  directory(orgId: string, directoryId: string): Directory {
    const { directory } = this.org(orgId);
    if (directory.id !== directoryId)
      throw notFound(`Directory ${directoryId} not found in organization ${orgId}`, {
        errorCode: 'DIRECTORY_NOT_FOUND',
      });
    return directory;
  }

  group(org: Organization, groupId: string): Group {
    const group = org.groups.find((g) => g.id === groupId);
    if (!group)
      throw notFound(`Group ${groupId} not found in organization ${org.id}`, {
        errorCode: 'GROUP_NOT_FOUND',
      });
    return group;
  }

  member(directory: Directory, accountId: string): DirectoryMember {
    const member = directory.byAccountId.get(accountId);
    if (!member)
      throw notFound(`User ${accountId} not found in directory ${directory.id}`, {
        errorCode: 'USER_NOT_FOUND',
      });
    return member;
  }

  /** Appends an event at the head of the newest-first feed, dated now (never before the newest). */
  recordEvent(org: Organization, input: EventInput): AuditEvent {
    const newest = org.events[0];
    const timeMs = Math.max(this.now().getTime(), newest ? Date.parse(newest.time) + 1 : 0);
    const container = [{ id: org.id, type: 'organization' }];
    if (input.directory) container.push({ id: input.directory.id, type: 'directory' });
    const event: AuditEvent = {
      seq: newest ? newest.seq + 1 : 0,
      id: this.random.uuid(),
      time: new Date(timeMs).toISOString(),
      action: input.action,
      actor: input.actor,
      context: input.context,
      container,
      location: input.location,
    };
    org.events.unshift(event);
    org.eventsById.set(event.id, event);
    return event;
  }
}
