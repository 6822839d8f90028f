import { describe, expect, it } from 'vitest';
import {
  toAccountStatus,
  toAtlassianAccount,
  toAtlassianPolicyType,
  toAuditEvent,
  toDirectory,
  toDomain,
  toGroup,
  toGroupMembership,
  toOrganization,
  toPolicy,
  toPolicyKind,
  toRoleAssignment,
} from '../../../datasources/atlassian/mapping.js';
import {
  allAtlassianItems,
  atlassianCursorPage,
  atlassianPages,
  nextAtlassianCursor,
} from '../../../datasources/atlassian/pagination.js';
import type {
  AtlassianEvent,
  AtlassianPage,
  AtlassianPolicy,
  AtlassianUser,
} from '../../../datasources/atlassian/types.js';
import { VendorError } from '../../../common/errors.js';

const ids = { orgId: 'org-1', directoryId: 'dir-1' };

/** A directory user as getDirectoryUsers answers it (specs/atlassian-admin.yaml, AtlassianUser). */
const rawUser: AtlassianUser = {
  account_id: '712020:0b7e4f1e-6f1a-4c3e-9d7b-4c1f3a2b9e10',
  account_type: 'atlassian',
  account_status: 'active',
  membership_status: 'active',
  name: 'Jane Smith',
  nickname: 'Jane',
  email: 'JSmith@Example.com',
  picture: 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/JS-3.png',
  created: '2021-03-04T09:00:00.000Z',
  last_active: '2026-10-30T08:15:00.000Z',
  access_billable: true,
  product_access: [
    {
      key: 'jira-software',
      name: 'Jira Software',
      url: 'https://example.atlassian.net',
      last_active: '2026-10-30T08:15:00.000Z',
    },
    { key: 'confluence', name: 'Confluence', url: 'https://example.atlassian.net/wiki' },
  ],
};

describe('Atlassian account status (account_status × membership_status)', () => {
  it('active account, active membership → ACTIVE', () => {
    expect(toAccountStatus('active', 'active')).toBe('ACTIVE');
  });
  it('active account, suspended membership → SUSPENDED', () => {
    expect(toAccountStatus('active', 'suspended')).toBe('SUSPENDED');
  });
  it('inactive account (deleted, not yet closed) → DEPROVISIONED', () => {
    expect(toAccountStatus('inactive', 'suspended')).toBe('DEPROVISIONED');
  });
  it('closed account → DEPROVISIONED', () => {
    expect(toAccountStatus('closed', 'suspended')).toBe('DEPROVISIONED');
  });
});

describe('Atlassian user → AtlassianAccountModel', () => {
  it('maps a directory user with its product access', () => {
    expect(toAtlassianAccount(rawUser, ids)).toStrictEqual({
      vendor: 'ATLASSIAN',
      externalId: '712020:0b7e4f1e-6f1a-4c3e-9d7b-4c1f3a2b9e10',
      email: 'JSmith@Example.com',
      normalizedEmail: 'jsmith@example.com',
      status: 'ACTIVE',
      vendorStatus: 'active',
      lastActiveAt: '2026-10-30T08:15:00.000Z',
      createdAt: '2021-03-04T09:00:00.000Z',
      displayName: 'Jane Smith',
      department: null,
      title: null,
      location: null,
      accountType: 'atlassian',
      orgId: 'org-1',
      directoryId: 'dir-1',
      productAccess: [
        {
          key: 'jira-software',
          name: 'Jira Software',
          url: 'https://example.atlassian.net',
          lastActiveAt: '2026-10-30T08:15:00.000Z',
        },
        {
          key: 'confluence',
          name: 'Confluence',
          url: 'https://example.atlassian.net/wiki',
          lastActiveAt: null,
        },
      ],
    });
  });

  it('reports a suspended membership of a live account as vendorStatus `suspended`, never-signed-in as null activity', () => {
    const { last_active: _unused, ...neverSignedIn } = rawUser;
    const account = toAtlassianAccount(
      { ...neverSignedIn, membership_status: 'suspended', product_access: [] },
      ids,
    );
    expect([account.status, account.vendorStatus, account.lastActiveAt, account.productAccess]).toStrictEqual(
      ['SUSPENDED', 'suspended', null, []],
    );
  });

  it('keeps account_status as vendorStatus for a deleted account', () => {
    const account = toAtlassianAccount(
      { ...rawUser, account_status: 'closed', membership_status: 'suspended' },
      ids,
    );
    expect([account.status, account.vendorStatus]).toStrictEqual(['DEPROVISIONED', 'closed']);
  });
});

describe('Atlassian role assignments, orgs, domains, groups', () => {
  it('maps the org role and a product role with their resources', () => {
    expect(
      toRoleAssignment({ role: 'org-admin', resource: { id: 'org-1', type: 'organization' } }),
    ).toStrictEqual({
      vendor: 'ATLASSIAN',
      role: 'org-admin',
      resource: 'org-1',
    });
    expect(
      toRoleAssignment({
        role: 'product-admin',
        resource: { id: 'ari:cloud:jira-software::site/abc', type: 'jira-software' },
      }),
    ).toStrictEqual({
      vendor: 'ATLASSIAN',
      role: 'product-admin',
      resource: 'ari:cloud:jira-software::site/abc',
    });
  });

  it('maps an organization', () => {
    expect(
      toOrganization({
        id: 'org-1',
        type: 'organization',
        attributes: { name: 'Example Inc.' },
        links: { self: 'https://api.atlassian.com/admin/v1/orgs/org-1' },
      }),
    ).toStrictEqual({ vendor: 'ATLASSIAN', externalId: 'org-1', name: 'Example Inc.' });
  });

  it('maps a domain, verified and pending', () => {
    expect(
      toDomain({
        id: 'd-1',
        type: 'domain',
        attributes: { name: 'example.com', claim: { type: 'dns', status: 'verified' } },
      }),
    ).toStrictEqual({
      id: 'd-1',
      name: 'example.com',
      verificationStatus: 'VERIFIED',
    });
    expect(
      toDomain({
        id: 'd-2',
        type: 'domain',
        attributes: { name: 'example.io', claim: { type: 'http', status: 'pending' } },
      }).verificationStatus,
    ).toBe('PENDING');
  });

  it('maps a group with its org', () => {
    expect(
      toGroup(
        {
          id: 'g-1',
          type: 'group',
          attributes: { name: 'site-admins', description: 'Administrators', member_count: 4 },
        },
        'org-1',
      ),
    ).toStrictEqual({
      vendor: 'ATLASSIAN',
      source: 'ATLASSIAN',
      externalId: 'g-1',
      name: 'site-admins',
      email: null,
      description: 'Administrators',
      memberCount: 4,
      createdAt: null,
      orgId: 'org-1',
    });
  });

  it('maps a directory (v2 getDirectories) with its user count, an empty name as null', () => {
    expect(toDirectory({ directoryId: 'dir-1', name: 'Example managed users' }, 412)).toStrictEqual({
      id: 'dir-1',
      name: 'Example managed users',
      userCount: 412,
    });
    expect(toDirectory({ directoryId: 'dir-2', name: '' }, null)).toStrictEqual({
      id: 'dir-2',
      name: null,
      userCount: null,
    });
  });

  it('maps a group member (v2 getGroupMemberships) to a MEMBER of the group, under the stored email spelling', () => {
    const group = toGroup(
      { id: 'g-1', type: 'group', attributes: { name: 'site-admins', description: '', member_count: 1 } },
      'org-1',
    );
    const member = {
      accountId: '712020:0b7e4f1e-6f1a-4c3e-9d7b-4c1f3a2b9e10',
      accountType: 'atlassian' as const,
      accountStatus: 'active' as const,
      status: 'suspended' as const,
      name: 'Jane Smith',
      nickname: 'Jane',
      email: 'JSmith@Example.com',
      picture: 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/JS-3.png',
    };
    expect(toGroupMembership(member, group)).toStrictEqual({
      group,
      email: 'JSmith@Example.com',
      role: 'MEMBER',
    });
  });
});

describe('Atlassian policies → PolicyModel', () => {
  const rawPolicy: AtlassianPolicy = {
    id: 'p-1',
    type: 'ip-allowlist',
    name: 'Office IPs',
    status: 'enabled',
    attributes: { ipRanges: ['10.0.0.0/8'] },
    resources: [{ id: 'dir-1', type: 'directory' }],
    created: '2025-01-01T00:00:00.000Z',
    updated: '2025-06-01T00:00:00.000Z',
  };

  it('maps a policy', () => {
    expect(toPolicy(rawPolicy, 'org-1')).toStrictEqual({
      vendor: 'ATLASSIAN',
      externalId: 'p-1',
      name: 'Office IPs',
      kind: 'IP_ALLOWLIST',
      vendorType: 'ip-allowlist',
      enabled: true,
      description: null,
      attributes: { ipRanges: ['10.0.0.0/8'] },
      resources: ['dir-1'],
      orgId: 'org-1',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(toPolicy({ ...rawPolicy, status: 'disabled' }, 'org-1').enabled).toBe(false);
  });

  it.each([
    ['ip-allowlist', 'IP_ALLOWLIST'],
    ['data-residency', 'DATA_RESIDENCY'],
    ['authentication', 'AUTHENTICATION'],
    ['external-user', 'EXTERNAL_USER'],
    ['user-security', 'USER_SECURITY'],
    ['mobile-app', 'OTHER'],
  ] as const)('type %s ↔ kind %s', (type, kind) => {
    expect(toPolicyKind(type)).toBe(kind);
    if (kind !== 'OTHER') expect(toAtlassianPolicyType(kind)).toBe(type);
  });

  it('has no Atlassian type for JumpCloud kinds or OTHER', () => {
    expect([
      toAtlassianPolicyType('POLICY_TEMPLATE'),
      toAtlassianPolicyType('POLICY_GROUP_TEMPLATE'),
      toAtlassianPolicyType('OTHER'),
    ]).toStrictEqual([undefined, undefined, undefined]);
  });
});

describe('Atlassian events → AuditEventModel', () => {
  const rawEvent: AtlassianEvent = {
    id: 'e-1',
    type: 'event',
    attributes: {
      time: '2026-10-01T10:00:00.000Z',
      action: 'user_suspended',
      actor: {
        id: 'admin-1',
        name: 'Jane Smith',
        type: 'user',
        links: { self: 'https://api.atlassian.com/users/admin-1/manage/profile' },
      },
      context: [
        { key: 'accountId', value: 'acc-1' },
        { key: 'email', value: 'Bob.Jones@Example.com' },
      ],
      container: [{ id: 'org-1', type: 'organization' }],
      location: { ip: '203.0.113.7', geo: 'US' },
    },
  };

  it('maps an event about a person, joined by normalized email', () => {
    expect(toAuditEvent(rawEvent)).toStrictEqual({
      vendor: 'ATLASSIAN',
      externalId: 'e-1',
      action: 'user_suspended',
      occurredAt: '2026-10-01T10:00:00.000Z',
      actor: 'admin-1',
      targetEmail: 'bob.jones@example.com',
      targetDescription: 'accountId=acc-1, email=Bob.Jones@Example.com',
      description: 'Jane Smith: user suspended',
    });
  });

  it('maps an organization-level event with no target person', () => {
    const event = toAuditEvent({
      ...rawEvent,
      attributes: {
        ...rawEvent.attributes,
        action: 'domain_verified',
        context: [{ key: 'domain', value: 'example.io' }],
      },
    });
    expect([event.targetEmail, event.targetDescription]).toStrictEqual([null, 'domain=example.io']);
  });
});

describe('Atlassian cursor pagination', () => {
  const base = 'http://127.0.0.1:4102/v1/orgs/org-1/users';
  /** A fake list of 120 items served 50 a page, keyed by the last item served (as the simulator does). */
  const pages = new Map<string | undefined, AtlassianPage<number>>();
  const all = Array.from({ length: 120 }, (_, i) => i);
  for (let start = 0; start < all.length; start += 50) {
    const cursor = start === 0 ? undefined : `c${start}`;
    const hasNext = start + 50 < all.length;
    pages.set(cursor, {
      data: all.slice(start, start + 50),
      links: {
        self: `${base}${cursor ? `?cursor=${cursor}` : ''}`,
        ...(hasNext ? { next: `${base}?cursor=c${start + 50}` } : {}),
      },
      meta: { total: all.length },
    });
  }

  it('reads the cursor from links.next, and none on the last page', () => {
    expect(nextAtlassianCursor(pages.get(undefined)!)).toBe('c50');
    expect(nextAtlassianCursor(pages.get('c100')!)).toBeUndefined();
  });

  it('walks every page once, in order', async () => {
    const asked: (string | undefined)[] = [];
    const items = await allAtlassianItems(async (cursor) => {
      asked.push(cursor);
      return pages.get(cursor)!;
    });
    expect(items).toStrictEqual(all);
    expect(asked).toStrictEqual([undefined, 'c50', 'c100']);
  });

  it('reads one page from a cursor with the cursor of the next', async () => {
    expect(await atlassianCursorPage(async (c) => pages.get(c)!, 'c50')).toStrictEqual({
      items: all.slice(50, 100),
      nextCursor: 'c100',
      total: 120,
    });
    expect(await atlassianCursorPage(async (c) => pages.get(c)!, 'c100')).toStrictEqual({
      items: all.slice(100),
      total: 120,
    });
    const { meta: _meta, ...withoutMeta } = pages.get('c100')!;
    expect(await atlassianCursorPage(async () => withoutMeta, 'c100')).toStrictEqual({
      items: all.slice(100),
    });
  });

  it('fails typed, instead of looping, when the vendor repeats a cursor', async () => {
    const loop = { data: [1], links: { self: base, next: `${base}?cursor=again` } };
    const walk = async () => {
      for await (const _page of atlassianPages(async () => loop)) void _page;
    };
    await expect(walk()).rejects.toBeInstanceOf(VendorError);
  });

  it('fails typed when links.next has no cursor', () => {
    expect(() => nextAtlassianCursor({ links: { self: base, next: base } })).toThrow(VendorError);
  });
});
