import type { ScimUserRecord } from './types.js';

/**
 * The directory's users, kept in list order (seeded order, then creation order) so a page is a
 * slice, never a sort. Users removed by DELETE leave the list but stay findable by userName, so
 * provisioning the same userName again brings the same account back.
 */
export class ScimUserStore {
  private listed: ScimUserRecord[] = [];
  private readonly byId = new Map<string, ScimUserRecord>();
  /** Lower-cased userName → user: userName is unique case-insensitively (RFC 7643 §4.1.1). */
  private readonly byUserName = new Map<string, ScimUserRecord>();

  constructor(users: ScimUserRecord[]) {
    for (const user of users) this.add(user);
  }

  /** Every user a list call can see, in list order. Do not mutate. */
  visible(): readonly ScimUserRecord[] {
    return this.listed;
  }

  get(id: string): ScimUserRecord | undefined {
    const user = this.byId.get(id);
    return user && !user.removed ? user : undefined;
  }

  /** Includes users removed by DELETE: the uniqueness check and re-provisioning need them. */
  withUserName(userName: string): ScimUserRecord | undefined {
    return this.byUserName.get(userName.toLowerCase());
  }

  add(user: ScimUserRecord): void {
    this.byId.set(user.id, user);
    this.byUserName.set(user.userName.toLowerCase(), user);
    if (!user.removed) this.listed.push(user);
  }

  /** Swaps a user's record for its new version, keeping its place in the list. */
  replace(before: ScimUserRecord, after: ScimUserRecord): void {
    this.byId.set(after.id, after);
    if (before.userName.toLowerCase() !== after.userName.toLowerCase())
      this.byUserName.delete(before.userName.toLowerCase());
    this.byUserName.set(after.userName.toLowerCase(), after);
    const at = this.listed.indexOf(before);
    if (after.removed) {
      if (at >= 0) this.listed.splice(at, 1);
    } else if (at >= 0) this.listed[at] = after;
    else this.listed.push(after);
  }

  counts(): { total: number; listed: number; active: number } {
    let active = 0;
    for (const user of this.listed) if (user.active) active++;
    return { total: this.byId.size, listed: this.listed.length, active };
  }
}
