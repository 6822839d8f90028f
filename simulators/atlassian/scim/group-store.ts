import type { ScimGroupRecord } from './types.js';

/** The directory's groups in creation order, with a reverse index so a user can list its groups. */
export class ScimGroupStore {
  private ordered: ScimGroupRecord[] = [];
  private readonly byId = new Map<string, ScimGroupRecord>();
  private readonly groupIdsByUser = new Map<string, Set<string>>();

  constructor(groups: ScimGroupRecord[]) {
    for (const group of groups) this.add(group);
  }

  all(): readonly ScimGroupRecord[] {
    return this.ordered;
  }

  get(id: string): ScimGroupRecord | undefined {
    return this.byId.get(id);
  }

  /** Group names are unique case-insensitively: Atlassian answers 409 for a second "engineering". */
  withDisplayName(displayName: string): ScimGroupRecord | undefined {
    const wanted = displayName.toLowerCase();
    return this.ordered.find((g) => g.displayName.toLowerCase() === wanted);
  }

  groupsOf(userId: string): ScimGroupRecord[] {
    const ids = this.groupIdsByUser.get(userId);
    return ids ? [...ids].map((id) => this.byId.get(id)!) : [];
  }

  add(group: ScimGroupRecord): void {
    this.ordered.push(group);
    this.byId.set(group.id, group);
    for (const userId of group.members) this.link(userId, group.id);
  }

  setMembers(group: ScimGroupRecord, members: Set<string>, lastModified: string): void {
    for (const userId of group.members)
      if (!members.has(userId)) this.groupIdsByUser.get(userId)?.delete(group.id);
    for (const userId of members) this.link(userId, group.id);
    group.members = members;
    group.lastModified = lastModified;
  }

  delete(group: ScimGroupRecord): void {
    this.setMembers(group, new Set(), group.lastModified);
    this.byId.delete(group.id);
    this.ordered.splice(this.ordered.indexOf(group), 1);
  }

  /** Takes a user out of every group (a user removed by DELETE leaves the directory's memberships). */
  dropUser(userId: string, lastModified: string): void {
    for (const group of this.groupsOf(userId)) {
      group.members.delete(userId);
      group.lastModified = lastModified;
    }
    this.groupIdsByUser.delete(userId);
  }

  private link(userId: string, groupId: string): void {
    let ids = this.groupIdsByUser.get(userId);
    if (!ids) this.groupIdsByUser.set(userId, (ids = new Set()));
    ids.add(groupId);
  }
}
