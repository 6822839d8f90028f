import { describe, expect, it } from 'vitest';
import {
  findOrphanedAccounts,
  pageOrphanedAccounts,
} from '../../../datasources/governance/orphaned-accounts.js';
import type { AccountStatus, UserModel, VendorName } from '../../../datasources/model/index.js';
import { accountFixture } from '../../support/account-fixtures.js';

const NOW = Date.parse('2026-11-01T12:00:00.000Z');
const DAY = 86_400_000;

const account = (
  vendor: VendorName,
  email: string,
  status: AccountStatus,
  idleDays: number | null,
  cost?: number,
) =>
  accountFixture(vendor, email, status, {
    lastActiveAt: idleDays === null ? null : new Date(NOW - idleDays * DAY).toISOString(),
    monthlyCost: cost ?? null,
  });

const users: UserModel[] = [
  {
    email: 'a@example.com',
    accounts: [
      account('BETTERCLOUD', 'a@example.com', 'ACTIVE', 1),
      account('ATLASSIAN', 'a@example.com', 'ACTIVE', 100),
    ],
  },
  { email: 'b@example-corp.com', accounts: [account('ATLASSIAN', 'b@example-corp.com', 'ACTIVE', 2)] },
  { email: 'c@example.com', accounts: [account('SNOW', 'c@example.com', 'ACTIVE', null, 12.345)] },
  { email: 'd@partner.io', accounts: [account('ATLASSIAN', 'd@partner.io', 'DEPROVISIONED', 400)] },
  { email: 'e@example.com', accounts: [account('BETTERCLOUD', 'e@example.com', 'SUSPENDED', 500)] },
];
const domains = [
  { id: '1', name: 'example.com', verificationStatus: 'VERIFIED' },
  { id: '2', name: 'example-corp.com', verificationStatus: 'pending' },
];

describe('orphanedAccounts', () => {
  it('names each reason: unverified domain, missing from the directory of record, inactive (active accounts only)', () => {
    const found = findOrphanedAccounts({ users }, domains, {}, NOW);
    expect(found.map((o) => [o.account.vendor, o.user.email, o.reasons, o.inactiveDays])).toEqual([
      ['ATLASSIAN', 'a@example.com', ['INACTIVE'], 100],
      ['ATLASSIAN', 'b@example-corp.com', ['UNVERIFIED_DOMAIN', 'NOT_IN_DIRECTORY_OF_RECORD'], 2],
      ['SNOW', 'c@example.com', ['NOT_IN_DIRECTORY_OF_RECORD', 'INACTIVE'], null],
    ]);
    expect(found[2].monthlyCost).toEqual({ amount: 12.35, currency: 'USD' });
  });

  it('takes another directory of record, a threshold, and a reason filter', () => {
    const found = findOrphanedAccounts(
      { users },
      domains,
      { directoryOfRecord: 'ATLASSIAN', inactiveDays: 200, reasons: ['NOT_IN_DIRECTORY_OF_RECORD'] },
      NOW,
    );
    expect(found.map((o) => `${o.account.vendor}:${o.user.email}`)).toEqual([
      'SNOW:c@example.com',
      'BETTERCLOUD:e@example.com',
    ]);
  });

  it('skips the domain test when the domains could not be read', () => {
    const found = findOrphanedAccounts({ users }, undefined, { reasons: ['UNVERIFIED_DOMAIN'] }, NOW);
    expect(found).toEqual([]);
  });

  it('pages by email then vendor with a true total', () => {
    const found = findOrphanedAccounts({ users }, domains, {}, NOW);
    const first = pageOrphanedAccounts(found, { first: 2, filter: {} });
    const second = pageOrphanedAccounts(found, { first: 2, after: first.pageInfo.endCursor, filter: {} });
    expect([...first.edges, ...second.edges].map((e) => e.node)).toEqual(found);
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('pages two accounts of one vendor under one email once each, whatever order the vendor lists them in', () => {
    const twice: UserModel[] = [
      {
        email: 'z@partner.io',
        accounts: [
          { ...account('SNOW', 'z@partner.io', 'ACTIVE', 1), externalId: 'snow-b' },
          { ...account('SNOW', ' Z@partner.io ', 'ACTIVE', 1), externalId: 'snow-a' },
        ],
      },
    ];
    const found = findOrphanedAccounts({ users: twice }, domains, {}, NOW);
    const first = pageOrphanedAccounts(found, { first: 1, filter: {} });
    const second = pageOrphanedAccounts(found, { first: 1, after: first.pageInfo.endCursor, filter: {} });
    expect([...first.edges, ...second.edges].map((e) => e.node.account.externalId)).toEqual([
      'snow-a',
      'snow-b',
    ]);
  });
});
