import { describe, expect, it } from 'vitest';
import { buildIdentity } from '../../../datasources/identity/build-identity.js';
import { deriveUserStatus } from '../../../datasources/identity/user-status.js';
import { filterUsers, pageUsers } from '../../../datasources/identity/user-query.js';
import type { AccountModel } from '../../../datasources/model/index.js';
import { accountFixture } from '../../support/account-fixtures.js';

const account = (
  vendor: AccountModel['vendor'],
  email: string,
  status: AccountModel['status'],
  extra: Partial<AccountModel> = {},
) => accountFixture(vendor, email, status, extra);

describe('identity index', () => {
  it('joins accounts whose emails differ only in case and surrounding spaces', () => {
    const snapshot = buildIdentity(
      [
        [account('BETTERCLOUD', 'jsmith@example.com', 'ACTIVE')],
        [account('ATLASSIAN', 'JSmith@Example.com', 'ACTIVE')],
        [account('SNOW', ' JSMITH@example.com ', 'ACTIVE')],
      ],
      [],
      [],
    );
    expect(snapshot.users).toHaveLength(1);
    expect(snapshot.users[0].email).toBe('jsmith@example.com');
    expect(snapshot.users[0].accounts.map((a) => a.vendor)).toEqual(['BETTERCLOUD', 'ATLASSIAN', 'SNOW']);
  });

  it('keeps a person known to one vendor only, and sorts people by email', () => {
    const snapshot = buildIdentity(
      [[account('SNOW', 'zed@partner.io', 'ACTIVE'), account('SNOW', 'amy@example.com', 'ACTIVE')], []],
      [],
      [],
    );
    expect(snapshot.users.map((u) => u.email)).toEqual(['amy@example.com', 'zed@partner.io']);
    expect(snapshot.byEmail.get('zed@partner.io')?.accounts).toHaveLength(1);
  });
});

describe('deriveUserStatus', () => {
  it.each([
    [['ACTIVE', 'ACTIVE'], 'ACTIVE'],
    [['SUSPENDED'], 'SUSPENDED'],
    [['DEPROVISIONED', 'DEPROVISIONED'], 'DEPROVISIONED'],
    [['DEPROVISIONED', 'ACTIVE'], 'MIXED'],
    [['SUSPENDED', 'DEPROVISIONED'], 'MIXED'],
  ] as const)('%j → %s', (states, expected) => {
    expect(deriveUserStatus(states.map((status) => ({ status })))).toBe(expected);
  });
});

describe('users filter and keyset paging', () => {
  const users = buildIdentity(
    [
      Array.from({ length: 25 }, (_, i) =>
        account(
          'BETTERCLOUD',
          `user${String(i).padStart(2, '0')}@example.com`,
          i % 5 === 0 ? 'SUSPENDED' : 'ACTIVE',
          {
            department: i % 2 ? 'Sales' : 'Engineering',
          },
        ),
      ),
      [account('SNOW', 'user00@example.com', 'ACTIVE')],
    ],
    [],
    [],
  ).users;

  it('filters by derived status, vendor presence and department', () => {
    expect(filterUsers(users, { status: 'MIXED' }).map((u) => u.email)).toEqual(['user00@example.com']);
    expect(filterUsers(users, { vendors: ['SNOW'] })).toHaveLength(1);
    expect(filterUsers(users, { missingFrom: ['SNOW'] })).toHaveLength(24);
    expect(filterUsers(users, { department: 'sales' })).toHaveLength(12);
  });

  it('walks every user exactly once across pages, in both directions', () => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ReturnType<typeof pageUsers> = pageUsers(users, {
          first: 7,
          after,
          field: 'DEPARTMENT',
          direction,
        });
        seen.push(...page.edges.map((e) => e.node.email));
        expect(page.totalCount).toBe(25);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
    }
  });

  it('rejects a cursor from another sort order', () => {
    const page = pageUsers(users, { first: 3, field: 'EMAIL', direction: 'ASC' });
    expect(() =>
      pageUsers(users, { first: 3, after: page.pageInfo.endCursor, field: 'DISPLAY_NAME', direction: 'ASC' }),
    ).toThrow(/different sort order/);
  });
});
