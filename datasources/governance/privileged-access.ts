import { BadUserInputError } from '../../common/errors.js';
import type { IdentitySnapshot } from '../identity/build-identity.js';
import { pageUsers } from '../identity/user-query.js';
import { deriveUserStatus, type UserStatus } from '../identity/user-status.js';
import type {
  AtlassianAccountModel,
  ConnectionModel,
  GroupMembershipModel,
  PrivilegedHolderModel,
  PrivilegedRoleModel,
  RoleAssignmentModel,
  VendorName,
} from '../model/index.js';
import {
  atlassianPrivilegedRoles,
  betterCloudPrivilegedRoles,
  jumpCloudPrivilegedRole,
} from './privileged-roles.js';

/**
 * `privilegedAccess`: everyone holding a privileged role in any vendor (privileged-roles.ts says
 * which), with their state elsewhere. JumpCloud's administrators are in the identity index (free);
 * Atlassian roles cost one `getUserRoleAssignments` per account that is not closed (no list-by-role
 * or batch endpoint); BetterCloud group roles cost its membership walk (G + ⌈G / 100⌉ calls). A
 * `vendor` filter skips the other vendors' reads, a `status` filter the people it excludes.
 */
export interface PrivilegedAccessFilter {
  vendor?: VendorName | null;
  role?: string | null;
  status?: UserStatus | null;
}

export interface PrivilegedAccessSources {
  atlassianRoles(accountIds: string[]): Promise<RoleAssignmentModel[][]>;
  betterCloudMemberships(emails: string[]): Promise<GroupMembershipModel[][]>;
}

export async function privilegedAccessConnection(
  snapshot: Pick<IdentitySnapshot, 'users'>,
  args: {
    first: number;
    after?: string | null;
    last?: number | null;
    before?: string | null;
    filter?: PrivilegedAccessFilter | null;
    sort?: { field: 'EMAIL' | 'LAST_ACTIVE'; direction: 'ASC' | 'DESC' };
  },
  sources: PrivilegedAccessSources,
): Promise<ConnectionModel<PrivilegedHolderModel>> {
  const filter = args.filter ?? {};
  const role = filter.role?.trim().toLowerCase();
  if (filter.role !== undefined && filter.role !== null && !role)
    throw new BadUserInputError('`filter.role` must not be empty', 'filter.role');
  const sort = args.sort ?? { field: 'EMAIL', direction: 'ASC' };
  // Validates the cursor before any vendor call (pageUsers reads it the same way).
  pageUsers([], {
    first: 1,
    after: args.after,
    before: args.before,
    field: sort.field,
    direction: sort.direction,
  });
  const asks = (vendor: VendorName) => !filter.vendor || filter.vendor === vendor;
  const people = snapshot.users.filter(
    (u) => !filter.status || deriveUserStatus(u.accounts) === filter.status,
  );

  const atlassianAccounts = asks('ATLASSIAN')
    ? people.flatMap((u) =>
        u.accounts.filter(
          (a): a is AtlassianAccountModel => a.vendor === 'ATLASSIAN' && a.status !== 'DEPROVISIONED',
        ),
      )
    : [];
  const bettercloudPeople = asks('BETTERCLOUD') ? people : [];
  const [assignments, memberships] = await Promise.all([
    sources.atlassianRoles(atlassianAccounts.map((a) => a.externalId)),
    sources.betterCloudMemberships(bettercloudPeople.map((u) => u.email)),
  ]);
  const rolesByEmail = new Map<string, PrivilegedRoleModel[]>();
  const add = (email: string, roles: PrivilegedRoleModel[]) => {
    if (roles.length > 0) rolesByEmail.set(email, [...(rolesByEmail.get(email) ?? []), ...roles]);
  };
  bettercloudPeople.forEach((u, i) =>
    add(
      u.email,
      betterCloudPrivilegedRoles(
        memberships[i],
        u.accounts.find((a) => a.vendor === 'BETTERCLOUD'),
      ),
    ),
  );
  atlassianAccounts.forEach((a, i) => add(a.normalizedEmail, atlassianPrivilegedRoles(a, assignments[i])));
  if (asks('JUMPCLOUD'))
    for (const u of people)
      for (const a of u.accounts) if (a.vendor === 'JUMPCLOUD') add(u.email, [jumpCloudPrivilegedRole(a)]);

  const holders = people.filter((u) => {
    const roles = rolesByEmail.get(u.email);
    return roles !== undefined && (!role || roles.some((r) => r.role.toLowerCase() === role));
  });
  const page = pageUsers(holders, {
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
    field: sort.field,
    direction: sort.direction,
  });
  return {
    ...page,
    edges: page.edges.map((e) => ({
      cursor: e.cursor,
      node: { user: e.node, roles: rolesByEmail.get(e.node.email)! },
    })),
  };
}
