import { badRequest, conflict } from '../core/http-types.js';
import type { DirectoryMember, EventActor, Organization, ProductGrant } from './model.js';
import { atlassianAccountId } from './seed/accounts.js';
import { addMember, removeMember } from './seed/directory.js';
import { apiKeyActor, apiKeyLocation, userContext } from './seed/events.js';
import type { AtlassianState } from './state.js';

/** Who made a change, as the audit log records it: the API key, or SCIM provisioning. */
export interface WriteOrigin {
  actor: EventActor;
  location: { ip: string; geo: string };
}

export const viaApiKey: WriteOrigin = { actor: apiKeyActor, location: apiKeyLocation };

/** Suspends a member's access; a member already suspended is a 409 (not a silent success). */
export function suspendMember(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  origin = viaApiKey,
): void {
  if (member.suspended)
    throw conflict(`User ${member.account.accountId} is already suspended`, {
      errorCode: 'USER_ALREADY_SUSPENDED',
    });
  member.suspended = true;
  state.recordEvent(org, {
    action: 'user_suspended',
    ...origin,
    context: userContext(member),
    directory: org.directory,
  });
}

/** Restores a suspended member; a closed account cannot be restored, and an active member is a 409. */
export function restoreMember(
  state: AtlassianState,
  org: Organization,
  member: DirectoryMember,
  origin = viaApiKey,
): void {
  if (!member.suspended)
    throw conflict(`User ${member.account.accountId} is not suspended`, { errorCode: 'USER_NOT_SUSPENDED' });
  if (member.account.status !== 'active')
    throw conflict(`Account ${member.account.accountId} is ${member.account.status} and cannot be restored`, {
      errorCode: 'ACCOUNT_CLOSED',
    });
  member.suspended = false;
  state.recordEvent(org, {
    action: 'user_restored',
    ...origin,
    context: userContext(member),
    directory: org.directory,
  });
}

/** Takes the member out of the directory and the organization's groups; the account itself stays. */
export function removeFromDirectory(state: AtlassianState, org: Organization, member: DirectoryMember): void {
  removeMember(org.directory, member);
  for (const group of member.groups) group.memberCount--;
  member.groups = [];
  state.recordEvent(org, {
    action: 'user_removed_from_directory',
    ...viaApiKey,
    context: userContext(member),
    directory: org.directory,
  });
}

export interface InviteInput {
  emails: string[];
  groupIds: string[];
  products: ProductGrant[];
}

export interface InviteOutcome {
  invited: { email: string; accountId: string }[];
  failed: { email: string; reason: string }[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Adds each email to the organization's directory: an existing Atlassian account joins, an unknown
 * email gets a new account. Groups must all exist (else 400, nothing changes).
 */
export function inviteToDirectory(
  state: AtlassianState,
  org: Organization,
  input: InviteInput,
): InviteOutcome {
  const groups = input.groupIds.map((id) => {
    const group = org.groups.find((g) => g.id === id);
    if (!group)
      throw badRequest(`Group ${id} not found in organization ${org.id}`, { errorCode: 'INVALID_GROUP' });
    return group;
  });
  const outcome: InviteOutcome = { invited: [], failed: [] };
  const seen = new Set<string>();
  for (const email of input.emails) {
    const key = email.trim().toLowerCase();
    if (!EMAIL.test(key)) {
      outcome.failed.push({ email, reason: 'Not a valid email address' });
      continue;
    }
    if (seen.has(key)) {
      outcome.failed.push({ email, reason: 'Duplicate email in this request' });
      continue;
    }
    seen.add(key);
    let account = state.accountsByEmail.get(key);
    if (account && org.directory.byAccountId.has(account.accountId)) {
      outcome.failed.push({ email, reason: 'User is already a member of this directory' });
      continue;
    }
    if (!account) {
      const now = state.now();
      const name = key.split('@')[0];
      account = {
        accountId: atlassianAccountId(state.random, now.getTime()),
        name,
        nickname: name,
        email: email.trim(),
        status: 'active',
        created: now.toISOString(),
      };
      state.accountsByEmail.set(key, account);
    }
    const member = addMember(org.directory, {
      account,
      suspended: false,
      orgRole: 'user',
      products: input.products.map((p) => ({ key: p.key, roles: p.roles })),
      groups: [],
    });
    state.recordEvent(org, {
      action: 'user_invited',
      ...viaApiKey,
      context: userContext(member),
      directory: org.directory,
    });
    for (const group of groups) {
      member.groups.push(group);
      group.memberCount++;
      state.recordEvent(org, {
        action: 'user_added_to_group',
        ...viaApiKey,
        context: userContext(member, [{ key: 'group', value: group.name }]),
      });
    }
    outcome.invited.push({ email: account.email, accountId: account.accountId });
  }
  return outcome;
}
