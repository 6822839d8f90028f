import type { Company } from '../../company/company.js';
import { SeededRandom } from '../../core/random.js';
import type { SimulatorState } from '../../core/surface.js';
import { invalidValue, resourceNotFound, uniqueness } from './errors.js';
import { groupFieldsFromResource, patchGroupFields, type GroupFields } from './group-attributes.js';
import { ScimGroupStore } from './group-store.js';
import type { PatchOperation } from './request-body.js';
import { seededUuid } from './ids.js';
import { seedScimDirectory } from './seed.js';
import type { ScimGroupRecord, ScimUserRecord, WritableUserFields } from './types.js';
import {
  parseUserPath,
  primaryEmail,
  removeUserAttribute,
  setUserAttribute,
  validateUserFields,
} from './user-attributes.js';
import { ScimUserStore } from './user-store.js';

export type ActiveChangedListener = (email: string, active: boolean) => void;

/**
 * One Atlassian SCIM directory: the users and groups an IdP provisioned, and every write the
 * provisioning API allows. Routes stay thin; the rules (uniqueness, verified domains, what DELETE
 * means) live here.
 */
export class ScimDirectoryState implements SimulatorState {
  users!: ScimUserStore;
  groups!: ScimGroupStore;
  /** Domains the organization verified: Atlassian only creates users with an address on one of them. */
  readonly verifiedDomains: string[];
  private idSource!: SeededRandom;
  private readonly listeners: ActiveChangedListener[] = [];
  private clockOrigin = Date.now();

  constructor(
    private readonly company: Company,
    readonly directoryId: string,
  ) {
    this.verifiedDomains = [company.config.domain.toLowerCase()];
    this.reset();
  }

  reset(): void {
    const seed = seedScimDirectory(this.company);
    this.users = new ScimUserStore(seed.users);
    this.groups = new ScimGroupStore(seed.groups);
    // IDs of created resources come from their own fork, so the same writes after a reset get the same IDs.
    this.idSource = new SeededRandom(this.company.config.seed).fork('atlassian-scim').fork('created');
    this.clockOrigin = Date.now();
  }

  info(): Record<string, unknown> {
    const users = this.users.counts();
    return {
      directoryId: this.directoryId,
      scim: {
        directoryId: this.directoryId,
        users: users.listed,
        activeUsers: users.active,
        deletedUsers: users.total - users.listed,
        groups: this.groups.all().length,
        groupIds: this.groups.all().map((g) => g.id),
        verifiedDomains: this.verifiedDomains,
      },
    };
  }

  /** Listeners hear every flip of a user's `active` (PUT, PATCH, DELETE, re-provisioning): the Admin API mirrors it. */
  onActiveChanged(listener: ActiveChangedListener): void {
    this.listeners.push(listener);
  }

  /** The simulated clock: the company's "now" plus the time since the state was built, so writes sort after the seed. */
  now(): string {
    return new Date(this.company.config.now.getTime() + (Date.now() - this.clockOrigin)).toISOString();
  }

  user(id: string): ScimUserRecord {
    const user = this.users.get(id);
    if (!user) throw resourceNotFound(`User "${id}" does not exist in directory ${this.directoryId}`);
    return user;
  }

  group(id: string): ScimGroupRecord {
    const group = this.groups.get(id);
    if (!group) throw resourceNotFound(`Group "${id}" does not exist in directory ${this.directoryId}`);
    return group;
  }

  /**
   * POST /Users. A userName already in use answers 409; a userName whose account was removed by
   * DELETE is provisioned again: the same account (same id) comes back, which is how Atlassian
   * "activates again" a user the doc says is otherwise unavailable.
   */
  createUser(fields: WritableUserFields): ScimUserRecord {
    validateUserFields(fields);
    const domains = fields.emails.map((e) => e.value.split('@')[1]?.toLowerCase());
    if (!domains.some((d) => this.verifiedDomains.includes(d)))
      throw invalidValue(
        `A user needs an email address on a verified domain (${this.verifiedDomains.join(', ')})`,
      );
    const existing = this.users.withUserName(fields.userName);
    if (existing && !existing.removed)
      throw uniqueness(`User with userName "${fields.userName}" already exists`);
    const now = this.now();
    if (existing) return this.commitUser(existing, fields);
    const user: ScimUserRecord = {
      ...fields,
      id: seededUuid(this.idSource),
      removed: false,
      created: now,
      lastModified: now,
    };
    this.users.add(user);
    return user;
  }

  /** PUT /Users/{id}: attributes not given are cleared ("Existing values of unspecified attributes are cleaned"). */
  replaceUser(id: string, fields: WritableUserFields): ScimUserRecord {
    const before = this.user(id);
    validateUserFields(fields);
    return this.commitUser(before, fields);
  }

  patchUser(id: string, operations: PatchOperation[]): ScimUserRecord {
    const before = this.user(id);
    const fields = writableCopy(before);
    for (const operation of operations) {
      const path = operation.path === undefined ? undefined : parseUserPath(operation.path);
      if (operation.op === 'remove') removeUserAttribute(fields, path!);
      else setUserAttribute(fields, operation.op, path, operation.value);
    }
    validateUserFields(fields);
    return this.commitUser(before, fields);
  }

  /**
   * DELETE /Users/{id}. "Deleting a user account via the user provisioning API is not supported. The
   * DELETE operation deactivates the user account" and "Any future operation for the deactivated
   * user returns the 404": so the user turns inactive, leaves lists and groups, and answers 404.
   */
  deleteUser(id: string): void {
    const before = this.user(id);
    const after: ScimUserRecord = { ...before, active: false, removed: true, lastModified: this.now() };
    this.users.replace(before, after);
    this.groups.dropUser(id, after.lastModified);
    if (before.active) this.emit(after);
  }

  createGroup(body: Map<string, unknown>): ScimGroupRecord {
    const fields = groupFieldsFromResource(body, (userId) => this.users.get(userId) !== undefined);
    if (this.groups.withDisplayName(fields.displayName))
      throw uniqueness(`A group named "${fields.displayName}" already exists`);
    const now = this.now();
    const group: ScimGroupRecord = {
      id: seededUuid(this.idSource),
      ...fields,
      created: now,
      lastModified: now,
    };
    this.groups.add(group);
    return group;
  }

  replaceGroup(id: string, body: Map<string, unknown>): ScimGroupRecord {
    const group = this.group(id);
    const fields = groupFieldsFromResource(body, (userId) => this.users.get(userId) !== undefined);
    if (fields.displayName !== group.displayName) {
      // Same answer as a PATCH rename: Atlassian does not support renaming groups.
      patchGroupFields(
        group,
        [{ op: 'replace', path: 'displayName', value: fields.displayName }],
        () => true,
      );
    }
    return this.commitGroup(group, fields);
  }

  patchGroup(id: string, operations: PatchOperation[]): ScimGroupRecord {
    const group = this.group(id);
    return this.commitGroup(
      group,
      patchGroupFields(group, operations, (userId) => this.users.get(userId) !== undefined),
    );
  }

  deleteGroup(id: string): void {
    this.groups.delete(this.group(id));
  }

  private commitUser(before: ScimUserRecord, fields: WritableUserFields): ScimUserRecord {
    const holder = this.users.withUserName(fields.userName);
    if (holder && holder.id !== before.id)
      throw uniqueness(`userName "${fields.userName}" belongs to another user`);
    const after: ScimUserRecord = {
      ...fields,
      id: before.id,
      removed: false,
      created: before.created,
      lastModified: this.now(),
    };
    this.users.replace(before, after);
    if (before.active !== after.active) this.emit(after);
    return after;
  }

  private commitGroup(group: ScimGroupRecord, fields: GroupFields): ScimGroupRecord {
    group.externalId = fields.externalId;
    this.groups.setMembers(group, fields.members, this.now());
    return group;
  }

  private emit(user: ScimUserRecord): void {
    const email = primaryEmail(user);
    for (const listener of this.listeners) listener(email, user.active);
  }
}

function writableCopy(user: ScimUserRecord): WritableUserFields {
  const {
    id: _id,
    removed: _removed,
    created: _created,
    lastModified: _lastModified,
    ...fields
  } = structuredClone(user);
  return fields;
}
