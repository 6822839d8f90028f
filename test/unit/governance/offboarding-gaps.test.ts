import { describe, expect, it } from 'vitest';
import { offboardingGapConnection } from '../../../datasources/governance/gap-connection.js';
import type {
  AccountModel,
  AccountStatus,
  RoleAssignmentModel,
  ScimIdentityModel,
  UserModel,
  VendorName,
} from '../../../datasources/model/index.js';
import { accountFixture } from '../../support/account-fixtures.js';

/** One account with the vendor fields the gap logic reads. */
const account = (
  vendor: VendorName,
  email: string,
  status: AccountStatus,
  extra: Record<string, unknown> = {},
) =>
  accountFixture(vendor, email, status, {
    ...(vendor === 'SNOW' ? { monthlyCost: 0 } : {}),
    ...(vendor === 'JUMPCLOUD' ? { role: 'Administrator' } : {}),
    ...(vendor === 'ATLASSIAN'
      ? { orgId: 'org-1', directoryId: 'dir-1', productAccess: [], accountType: 'atlassian' }
      : {}),
    ...extra,
  });

const user = (email: string, ...accounts: AccountModel[]): UserModel => ({ email, accounts });

const people = [
  // Suspended in BetterCloud, active in Atlassian: a gap by the index alone.
  user(
    'a@example.com',
    account('BETTERCLOUD', 'a@example.com', 'SUSPENDED'),
    account('ATLASSIAN', 'a@example.com', 'ACTIVE'),
  ),
  // Deprovisioned in BetterCloud, Atlassian suspended: a gap only if Atlassian roles say so.
  user(
    'b@example.com',
    account('BETTERCLOUD', 'b@example.com', 'DEPROVISIONED'),
    account('ATLASSIAN', 'b@example.com', 'SUSPENDED'),
  ),
  // The same, with no privileged role: no gap.
  user(
    'c@example.com',
    account('BETTERCLOUD', 'c@example.com', 'DEPROVISIONED'),
    account('ATLASSIAN', 'c@example.com', 'SUSPENDED'),
  ),
  // Deprovisioned in BetterCloud, Snow still costs 42.50, still a JumpCloud administrator.
  user(
    'd@example.com',
    account('BETTERCLOUD', 'd@example.com', 'DEPROVISIONED'),
    account('SNOW', 'd@example.com', 'SUSPENDED', { monthlyCost: 42.5 }),
    account('JUMPCLOUD', 'd@example.com', 'ACTIVE'),
  ),
  // Active everywhere: never a candidate.
  user(
    'e@example.com',
    account('BETTERCLOUD', 'e@example.com', 'ACTIVE'),
    account('ATLASSIAN', 'e@example.com', 'ACTIVE'),
  ),
  // Closed in Atlassian only, with an active SCIM identity: access in the same vendor that closed it does not count.
  user('f@example.com', account('ATLASSIAN', 'f@example.com', 'SUSPENDED')),
  // Suspended in BetterCloud, no Atlassian account but an active SCIM identity.
  user('g@example.com', account('BETTERCLOUD', 'g@example.com', 'SUSPENDED')),
];
const scim = (email: string): ScimIdentityModel => ({
  id: `scim-${email}`,
  userName: email,
  active: true,
  externalId: null,
  groups: [],
});
const snapshot = {
  users: people,
  scimByEmail: new Map(['f@example.com', 'g@example.com'].map((e) => [e, scim(e)])),
};

const roles: Record<string, RoleAssignmentModel[]> = {
  'ATLASSIAN-b@example.com': [
    { vendor: 'ATLASSIAN', role: 'org-admin', resource: 'org-1' },
    { vendor: 'ATLASSIAN', role: 'product-admin', resource: 'ari:cloud:confluence::site/1' },
  ],
  'ATLASSIAN-c@example.com': [{ vendor: 'ATLASSIAN', role: 'user', resource: 'org-1' }],
};

function roleReader() {
  const asked: string[] = [];
  const load = async (ids: string[]) => {
    asked.push(...ids);
    return ids.map((id) => roles[id] ?? []);
  };
  return { asked, load };
}

describe('offboardingGaps over the index', () => {
  it('finds every kind of gap, reads roles only where they decide or are shown, and totals the cost', async () => {
    const { asked, load } = roleReader();
    const page = await offboardingGapConnection(snapshot, { first: 10 }, load);
    expect(page.edges.map((e) => e.node.user.email)).toEqual([
      'a@example.com',
      'b@example.com',
      'd@example.com',
      'g@example.com',
    ]);
    expect(page.totalCount).toBe(4);
    expect(page.totalMonthlyCost).toEqual({ amount: 42.5, currency: 'USD' });
    // b and c could only be gaps by their roles; a is shown with its roles.
    expect(new Set(asked)).toEqual(
      new Set(['ATLASSIAN-b@example.com', 'ATLASSIAN-c@example.com', 'ATLASSIAN-a@example.com']),
    );
    const b = page.edges[1].node;
    expect(b.remainingAccess.map((a) => [a.kind, a.role, a.remedy])).toEqual([
      [
        'PRIVILEGED_ROLE',
        'org-admin',
        {
          mutation: 'revokeOrganizationRole',
          input: { email: 'b@example.com', role: 'org-admin', dryRun: true },
        },
      ],
      [
        'PRIVILEGED_ROLE',
        'product-admin',
        {
          mutation: 'revokeProductRole',
          input: {
            email: 'b@example.com',
            role: 'product-admin',
            resource: 'ari:cloud:confluence::site/1',
            dryRun: true,
          },
        },
      ],
    ]);
    const d = page.edges[2].node;
    expect(d.remainingAccess.map((a) => a.kind)).toEqual(['MONTHLY_COST', 'PRIVILEGED_ROLE']);
    expect(d.remedies).toEqual([
      {
        mutation: 'deleteProviderAdministrator',
        input: { administratorId: 'JUMPCLOUD-d@example.com', dryRun: true },
      },
    ]);
    const g = page.edges[3].node;
    expect(g.remainingAccess).toEqual([
      expect.objectContaining({
        kind: 'ACTIVE_SCIM_IDENTITY',
        remedy: {
          mutation: 'suspendUser',
          input: { email: 'g@example.com', vendors: ['ATLASSIAN'], dryRun: true },
        },
      }),
    ]);
  });

  it('reads no role when the filter leaves roles out', async () => {
    const { asked, load } = roleReader();
    const page = await offboardingGapConnection(
      snapshot,
      { first: 10, filter: { kinds: ['ACTIVE_ACCOUNT', 'MONTHLY_COST'] } },
      load,
    );
    expect(page.edges.map((e) => e.node.user.email)).toEqual(['a@example.com', 'd@example.com']);
    expect(asked).toEqual([]);
  });

  it('keeps to a cost floor and to a vendor, listing only the access kept', async () => {
    const { load } = roleReader();
    const costly = await offboardingGapConnection(
      snapshot,
      { first: 10, filter: { minMonthlyCost: 40 } },
      load,
    );
    expect(costly.edges.map((e) => e.node.user.email)).toEqual(['d@example.com']);
    const jumpcloud = await offboardingGapConnection(
      snapshot,
      { first: 10, filter: { vendor: 'JUMPCLOUD' } },
      load,
    );
    expect(jumpcloud.edges[0].node.remainingAccess.map((a) => a.vendor)).toEqual(['JUMPCLOUD']);
    expect(jumpcloud.edges[0].node.monthlyCost.amount).toBe(0);
  });

  it('pages by email with a true total, and refuses a cursor of another filter', async () => {
    const { load } = roleReader();
    const emails: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof offboardingGapConnection>> = await offboardingGapConnection(
        snapshot,
        { first: 1, after },
        load,
      );
      expect(page.totalCount).toBe(4);
      emails.push(...page.edges.map((e) => e.node.user.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(emails).toEqual(['a@example.com', 'b@example.com', 'd@example.com', 'g@example.com']);
    await expect(
      offboardingGapConnection(snapshot, { first: 1, after, filter: { closedIn: 'BETTERCLOUD' } }, load),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });
});
