import { describe, expect, it } from 'vitest';
import { scimEq } from '../../../datasources/scim/client.js';
import { toScimGroup, toScimIdentity, toScimMembership } from '../../../datasources/scim/mapping.js';
import {
  allScimItems,
  readScimWindow,
  scimPageQuery,
  type ScimListPage,
} from '../../../datasources/scim/pagination.js';
import type { ScimGroup, ScimUser } from '../../../datasources/scim/types.js';

/** A user as GET /scim/directory/{id}/Users answers it (specs/atlassian-scim.yaml, AtlassianScimUser). */
const rawUser: ScimUser = {
  schemas: [
    'urn:ietf:params:scim:schemas:core:2.0:User',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  ],
  id: '5f0c3a1e-8f6b-4d2e-9a41-1b2c3d4e5f60',
  externalId: '00u1abcd',
  userName: 'JSmith@Example.com',
  displayName: 'Jane Smith',
  emails: [{ value: 'JSmith@Example.com', type: 'work', primary: true }],
  active: true,
  groups: [
    { value: 'g-eng', display: 'Engineering' },
    { value: 'g-mgr', display: 'Managers' },
  ],
  meta: {
    resourceType: 'User',
    created: '2022-01-01T00:00:00.000Z',
    lastModified: '2026-01-01T00:00:00.000Z',
    location: 'https://api.atlassian.com/scim/directory/d/Users/5f0c',
  },
};

const rawGroup: ScimGroup = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
  id: 'g-eng',
  externalId: 'okta-eng',
  displayName: 'Engineering',
  members: [
    { type: 'User', value: 'u-1', display: 'JSmith@Example.com' },
    { type: 'User', value: 'u-2', display: 'bob@example.com' },
  ],
  meta: {
    resourceType: 'Group',
    created: '2022-02-02T00:00:00.000Z',
    lastModified: '2026-01-01T00:00:00.000Z',
    location: 'https://api.atlassian.com/scim/directory/d/Groups/g-eng',
  },
};

describe('SCIM user → ScimIdentityModel', () => {
  it('maps an active user with its groups (source SCIM)', () => {
    expect(toScimIdentity(rawUser)).toStrictEqual({
      id: '5f0c3a1e-8f6b-4d2e-9a41-1b2c3d4e5f60',
      userName: 'JSmith@Example.com',
      active: true,
      externalId: '00u1abcd',
      groups: [
        {
          vendor: 'ATLASSIAN',
          source: 'SCIM',
          externalId: 'g-eng',
          name: 'Engineering',
          email: null,
          description: null,
          memberCount: null,
          createdAt: null,
        },
        {
          vendor: 'ATLASSIAN',
          source: 'SCIM',
          externalId: 'g-mgr',
          name: 'Managers',
          email: null,
          description: null,
          memberCount: null,
          createdAt: null,
        },
      ],
    });
  });

  it('active: false → deactivated', () => {
    expect(toScimIdentity({ ...rawUser, active: false }).active).toBe(false);
  });

  it('a user without externalId or groups (attributes left out, as SCIM does)', () => {
    const { externalId: _e, groups: _g, ...bare } = rawUser;
    expect(toScimIdentity(bare)).toStrictEqual({
      id: rawUser.id,
      userName: 'JSmith@Example.com',
      active: true,
      externalId: null,
      groups: [],
    });
  });
});

describe('SCIM group → GroupModel and memberships', () => {
  it('maps a group with its member count', () => {
    expect(toScimGroup(rawGroup)).toStrictEqual({
      vendor: 'ATLASSIAN',
      source: 'SCIM',
      externalId: 'g-eng',
      name: 'Engineering',
      email: null,
      description: null,
      memberCount: 2,
      createdAt: '2022-02-02T00:00:00.000Z',
    });
  });

  it('maps a member to a MEMBER membership keyed by normalized userName', () => {
    const group = toScimGroup(rawGroup);
    expect(toScimMembership(rawGroup.members[0], group)).toStrictEqual({
      group,
      email: 'jsmith@example.com',
      role: 'MEMBER',
    });
  });

  it('quotes filter values as SCIM string literals', () => {
    expect(scimEq('displayName', 'R&D "core"')).toBe('displayName eq "R&D \\"core\\""');
  });
});

describe('SCIM startIndex/count pagination', () => {
  const all = Array.from({ length: 250 }, (_, i) => i);
  const asked: { startIndex: number; count: number }[] = [];
  const fetchPage = async (q: { startIndex: number; count: number }): Promise<ScimListPage<number>> => {
    asked.push(q);
    const count = Math.min(100, q.count);
    return { totalResults: all.length, Resources: all.slice(q.startIndex - 1, q.startIndex - 1 + count) };
  };

  it('maps a 0-based offset to a 1-based startIndex, count capped at 100', () => {
    expect(scimPageQuery(0, 20)).toStrictEqual({ startIndex: 1, count: 20 });
    expect(scimPageQuery(40, 500)).toStrictEqual({ startIndex: 41, count: 100 });
  });

  it('reads a window in one call, with the total', async () => {
    asked.length = 0;
    expect(await readScimWindow(20, 20, fetchPage)).toStrictEqual({ items: all.slice(20, 40), total: 250 });
    expect(asked).toStrictEqual([{ startIndex: 21, count: 20 }]);
  });

  it('walks the whole list in ⌈N/100⌉ calls, each item once', async () => {
    asked.length = 0;
    expect(await allScimItems(fetchPage)).toStrictEqual(all);
    expect(asked.map((q) => q.startIndex)).toStrictEqual([1, 101, 201]);
  });

  it('answers an empty page that still reports the total past the end', async () => {
    expect(await readScimWindow(300, 20, fetchPage)).toStrictEqual({ items: [], total: 250 });
  });
});
