import type { AuditEvent, Directory, DirectoryMember, Domain, Group, Organization, Policy } from './model.js';
import { productNames } from './model.js';
import { initialsPicture } from './seed/accounts.js';

/** Wire shapes of specs/atlassian-admin.yaml, built from the records on demand. */

export function renderOrganization(org: Organization) {
  return {
    id: org.id,
    type: 'organization' as const,
    attributes: { name: org.name },
    links: { self: `https://api.atlassian.com/admin/v1/orgs/${org.id}` },
  };
}

export function renderUser(member: DirectoryMember, org: Organization) {
  const { account } = member;
  const product_access = member.products.map((grant) => {
    const resource = org.products.find((p) => p.key === grant.key);
    return {
      key: grant.key,
      name: productNames[grant.key],
      url: resource?.url ?? 'https://www.atlassian.com',
      ...(grant.lastActiveMs !== undefined
        ? { last_active: new Date(grant.lastActiveMs).toISOString() }
        : {}),
    };
  });
  return {
    account_id: account.accountId,
    account_type: 'atlassian' as const,
    account_status: account.status,
    membership_status: member.suspended ? ('suspended' as const) : ('active' as const),
    name: account.name,
    nickname: account.nickname,
    email: account.email,
    picture: initialsPicture(account.name),
    created: account.created,
    ...(account.lastActive ? { last_active: account.lastActive } : {}),
    access_billable: account.status === 'active' && !member.suspended && product_access.length > 0,
    product_access,
  };
}

/** The organization role first, then each product role. */
export function renderRoleAssignments(member: DirectoryMember, org: Organization) {
  const data: { role: string; resource: { id: string; type: string } }[] = [
    { role: member.orgRole, resource: { id: org.id, type: 'organization' } },
  ];
  for (const grant of member.products) {
    const resource = org.products.find((p) => p.key === grant.key);
    if (!resource) continue;
    for (const role of grant.roles) data.push({ role, resource: { id: resource.id, type: resource.key } });
  }
  return { data };
}

export function renderDomain(domain: Domain) {
  return {
    id: domain.id,
    type: 'domain' as const,
    attributes: { name: domain.name, claim: { type: domain.claimType, status: domain.claimStatus } },
  };
}

export function renderPolicy(policy: Policy) {
  return {
    id: policy.id,
    type: policy.type,
    name: policy.name,
    status: policy.status,
    attributes: policy.attributes,
    resources: policy.resources,
    created: policy.created,
    updated: policy.updated,
  };
}

export function renderEvent(event: AuditEvent) {
  const { actor } = event;
  return {
    id: event.id,
    type: 'event' as const,
    attributes: {
      time: event.time,
      action: event.action,
      actor: {
        id: actor.id,
        name: actor.name,
        type: actor.type,
        ...(actor.type === 'user'
          ? {
              links: {
                self: `https://api.atlassian.com/users/${encodeURIComponent(actor.id)}/manage/profile`,
              },
            }
          : {}),
      },
      context: event.context,
      container: event.container,
      location: event.location,
    },
  };
}

export function renderGroup(group: Group) {
  return {
    id: group.id,
    type: 'group' as const,
    attributes: { name: group.name, description: group.description, member_count: group.memberCount },
  };
}

/** v2 shapes (camelCase, as Atlassian's v2 API answers). */
export function renderDirectory(directory: Directory) {
  return { directoryId: directory.id, name: directory.name };
}

export function renderGroupMember(member: DirectoryMember) {
  const { account } = member;
  return {
    accountId: account.accountId,
    accountType: 'atlassian' as const,
    accountStatus: account.status,
    status: member.suspended ? ('suspended' as const) : ('active' as const),
    name: account.name,
    nickname: account.nickname,
    email: account.email,
    picture: initialsPicture(account.name),
  };
}
