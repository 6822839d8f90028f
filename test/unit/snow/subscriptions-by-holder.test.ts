import { describe, expect, it } from 'vitest';
import { buildIdentity } from '../../../datasources/identity/build-identity.js';
import {
  pageSubscriptionsByHolder,
  snowHolders,
} from '../../../datasources/insights/subscriptions-by-holder.js';
import {
  normalizeEmail,
  type SaasSubscriptionModel,
  type SnowAccountModel,
} from '../../../datasources/model/index.js';

function snowAccount(id: string, email: string, licenseCount: number | null): SnowAccountModel {
  return {
    vendor: 'SNOW',
    externalId: id,
    email,
    normalizedEmail: normalizeEmail(email),
    status: 'ACTIVE',
    vendorStatus: 'Active',
    lastActiveAt: null,
    createdAt: null,
    displayName: null,
    department: null,
    title: null,
    location: null,
    isEnabled: true,
    isInReview: false,
    isOnline: false,
    isQualified: true,
    licenseCount,
    monthlyCost: null,
    potentialSavings: 0,
    discoveryTypes: [],
  };
}

const seatsOf = (account: SnowAccountModel): SaasSubscriptionModel[] =>
  Array.from({ length: account.licenseCount ?? 2 }, (_, i) => ({
    externalId: `sub-${i}`,
    name: `Plan ${i}`,
    applicationId: null,
    applicationName: null,
    softwareVendor: null,
    userEmail: '',
    snowUserId: account.externalId,
    monthlyCost: 10,
    currency: 'USD',
    lastActiveAt: null,
    discoverySources: [],
  }));

const identity = buildIdentity(
  [
    [
      snowAccount('s-c', ' Cy@example.com', 3),
      snowAccount('s-a', 'amy@example.com', 2),
      snowAccount('s-z', 'zero@example.com', 0),
      snowAccount('s-b', 'BO@example.com ', 1),
      snowAccount('s-d', 'dee@example.com', null),
      snowAccount('s-e', 'eve@example.com', 4),
    ],
  ],
  [],
  [],
);

describe('subscriptions paged by holder', () => {
  const holders = snowHolders(identity.users);

  it('orders holders by email and leaves out those Snow counts no seat for', () => {
    expect(holders.map((h) => h.externalId)).toStrictEqual(['s-a', 's-b', 's-c', 's-d', 's-e']);
  });

  it('walks every seat once across pages, loading only the holders a page needs', async () => {
    const loads: string[][] = [];
    const load = async (accounts: SnowAccountModel[]) => {
      loads.push(accounts.map((a) => a.externalId));
      return accounts.map(seatsOf);
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page = await pageSubscriptionsByHolder(holders, { first: 4, after }, load);
      expect(page.totalCount).toBe(10);
      seen.push(...page.edges.map((e) => `${e.node.userEmail}/${e.node.externalId}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toStrictEqual([
      'amy@example.com/sub-0',
      'amy@example.com/sub-1',
      'bo@example.com/sub-0',
      'cy@example.com/sub-0',
      'cy@example.com/sub-1',
      'cy@example.com/sub-2',
      'dee@example.com/sub-0',
      'dee@example.com/sub-1',
      'eve@example.com/sub-0',
      'eve@example.com/sub-1',
      'eve@example.com/sub-2',
      'eve@example.com/sub-3',
    ]);
    // Page 1 needs amy (2) + bo (1) + cy (3 ≥ the 1 left); page 2 resumes inside cy; dee's count is
    // unknown (1 assumed) so a second batch reads eve; page 3 resumes inside eve.
    expect(loads).toStrictEqual([['s-a', 's-b', 's-c'], ['s-c', 's-d', 's-e'], ['s-e']]);
  });

  it('rejects a forged cursor as BAD_USER_INPUT', async () => {
    await expect(
      pageSubscriptionsByHolder(holders, { first: 2, after: 'e30' }, async () => []),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
