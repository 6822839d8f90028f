import { BadUserInputError } from '../../../common/errors.js';
import { describe, expect, it } from 'vitest';
import { compileFilter, type FieldTable } from '../../../simulators/snow/query-language.js';
import {
  allOf,
  anyOf,
  booleanCondition,
  emailEquals,
  numberCondition,
  quoteSnowString,
  stringCondition,
} from '../../../datasources/snow/filter.js';
import {
  applicationOfSubscription,
  snowAccountStatus,
  toApplication,
  toDiscoverySource,
  toSaasSubscription,
  toSaasSubscriptionFromConsumption,
  toSnowAccount,
  toUserKpis,
} from '../../../datasources/snow/mapping.js';
import {
  allSnowPages,
  snowPageWindow,
  snowWindow,
  type SnowPageRequest,
} from '../../../datasources/snow/pagination.js';
import type {
  SnowPage,
  SnowSubscriptionUserConsumption,
  SnowUser,
  SnowUserSubscription,
  SnowUsersKpiResponse,
} from '../../../datasources/snow/types.js';

/** Recorded from the Snow simulator (seed 42), trimmed to one item each. */
const snowUser: SnowUser = {
  id: '3f2b8c1e-5a4d-4e6f-9b7a-1c2d3e4f5a6b',
  email: ' BTaylor@Example.com ',
  username: 'BTaylor@Example.com',
  displayName: 'Bea Taylor',
  department: 'Sales',
  country: 'United States',
  createdDate: '2022-03-14T09:00:00.000Z',
  lastActive: '2026-10-30T08:15:00.000Z',
  status: 'Active',
  isEnabled: true,
  isInReview: false,
  isOnline: false,
  isQualified: true,
  licenseCount: 3,
  userCostPerMonth: 210.99,
  potentialSavings: 40,
  discoveryTypes: [0, 3],
};

const userSubscription: SnowUserSubscription = {
  id: '9a8b7c6d-1111-4222-8333-444455556666',
  name: 'Slack Business+',
  applicationId: 'aaaaaaaa-1111-4222-8333-444455556666',
  applicationName: 'Slack',
  vendorId: 'bbbbbbbb-1111-4222-8333-444455556666',
  vendor: 'Salesforce, Inc.',
  discoverySource: 'Okta SSO',
  discoveryType: 3,
  firstDiscovered: '2023-01-02T03:04:05.000Z',
  lastActivity: '2026-09-01T10:00:00.000Z',
  totalCostPerMonth: 15,
  potentialSavings: 15,
};

const consumptionRow: SnowSubscriptionUserConsumption = {
  id: snowUser.id,
  email: ' BTaylor@Example.com ',
  username: 'BTaylor@Example.com',
  displayName: 'Bea Taylor',
  department: 'Sales',
  country: 'United States',
  createdDate: '2022-03-14',
  discoveryTypes: [3],
  isEnabled: true,
  isInReview: false,
  isMonitored: true,
  isOnline: false,
  isQualified: true,
  lastActive: null,
  lastActiveValueInInt: 0,
  lastActiveValueType: 0,
  activityThreshold: 30,
  licenseCount: 3,
  manuallyAssigned: false,
  roles: ['Member'],
  status: 'No activity',
  userCostPerMonth: 15,
  potentialSavings: 15,
  envelopeusage: 0,
};

describe('Snow account status (isEnabled, employmentStatus)', () => {
  it('maps an enabled user to ACTIVE, whatever its activity', () => {
    expect(snowAccountStatus({ isEnabled: true })).toBe('ACTIVE');
    expect(snowAccountStatus({ isEnabled: true, employmentStatus: 'Terminated' })).toBe('ACTIVE');
  });
  it('maps a disabled user to SUSPENDED', () => {
    expect(snowAccountStatus({ isEnabled: false })).toBe('SUSPENDED');
    expect(snowAccountStatus({ isEnabled: false, employmentStatus: 'Employed' })).toBe('SUSPENDED');
  });
  it('maps a disabled user whom HR marks Terminated to DEPROVISIONED', () => {
    expect(snowAccountStatus({ isEnabled: false, employmentStatus: 'Terminated' })).toBe('DEPROVISIONED');
  });
});

describe('Snow user → SnowAccountModel', () => {
  it('keeps the email as stored and trims it (lower case) for the join key', () => {
    expect(toSnowAccount(snowUser)).toStrictEqual({
      vendor: 'SNOW',
      externalId: snowUser.id,
      email: ' BTaylor@Example.com ',
      normalizedEmail: 'btaylor@example.com',
      status: 'ACTIVE',
      vendorStatus: 'Active',
      lastActiveAt: '2026-10-30T08:15:00.000Z',
      createdAt: '2022-03-14T09:00:00.000Z',
      displayName: 'Bea Taylor',
      department: 'Sales',
      title: null,
      location: 'United States',
      isEnabled: true,
      isInReview: false,
      isOnline: false,
      isQualified: true,
      licenseCount: 3,
      monthlyCost: 210.99,
      potentialSavings: 40,
      discoveryTypes: [0, 3],
    });
  });

  it('maps a disabled, never-active user and a terminated subscription user', () => {
    const disabled = toSnowAccount({
      ...snowUser,
      isEnabled: false,
      status: 'No activity',
      lastActive: null,
    });
    expect([disabled.status, disabled.vendorStatus, disabled.lastActiveAt]).toStrictEqual([
      'SUSPENDED',
      'No activity',
      null,
    ]);
    expect(toSnowAccount({ ...snowUser, isEnabled: false, employmentStatus: 'Terminated' }).status).toBe(
      'DEPROVISIONED',
    );
  });
});

describe('Snow seats → SaasSubscriptionModel', () => {
  it('maps a seat from a user list, with the holder email when known', () => {
    expect(toSaasSubscription(userSubscription, { id: snowUser.id, email: snowUser.email })).toStrictEqual({
      externalId: userSubscription.id,
      name: 'Slack Business+',
      applicationId: userSubscription.applicationId,
      applicationName: 'Slack',
      softwareVendor: 'Salesforce, Inc.',
      userEmail: 'btaylor@example.com',
      snowUserId: snowUser.id,
      monthlyCost: 15,
      currency: 'USD',
      lastActiveAt: '2026-09-01T10:00:00.000Z',
      discoverySources: ['Okta SSO'],
    });
    expect(toSaasSubscription(userSubscription, { id: snowUser.id }).userEmail).toBe('');
  });

  it('maps a consumption row (holder named, discovery source left to the holder list)', () => {
    expect(toSaasSubscriptionFromConsumption(userSubscription, consumptionRow)).toStrictEqual({
      externalId: userSubscription.id,
      name: 'Slack Business+',
      applicationId: userSubscription.applicationId,
      applicationName: 'Slack',
      softwareVendor: 'Salesforce, Inc.',
      userEmail: 'btaylor@example.com',
      snowUserId: snowUser.id,
      monthlyCost: 15,
      currency: 'USD',
      lastActiveAt: null,
      discoverySources: [],
    });
  });

  it('derives the application of a seat, and null without one', () => {
    const seat = toSaasSubscription(userSubscription, { id: snowUser.id });
    expect(applicationOfSubscription(seat)).toStrictEqual({
      externalId: userSubscription.applicationId,
      name: 'Slack',
      softwareVendor: 'Salesforce, Inc.',
      category: null,
    });
    expect(applicationOfSubscription({ ...seat, applicationId: null })).toBeNull();
  });
});

describe('Snow applications, discovery sources and KPIs', () => {
  it('maps a user application and a discovery source', () => {
    expect(
      toApplication({
        id: 'a1',
        name: 'Postman',
        vendorId: 'v1',
        vendor: 'Postman, Inc.',
        discoveryTypes: [7],
        lastActive: null,
      }),
    ).toStrictEqual({ externalId: 'a1', name: 'Postman', softwareVendor: 'Postman, Inc.', category: null });
    expect(
      toDiscoverySource({
        id: 'd1',
        name: 'saas.collectors.okta',
        type: 3,
        created: '2024-01-01T00:00:00.000Z',
      }),
    ).toStrictEqual({
      id: 'd1',
      name: 'saas.collectors.okta',
      type: 3,
      createdAt: '2024-01-01T00:00:00.000Z',
    });
  });

  it('joins the KPI chart arrays by date, oldest first', () => {
    const d1 = '2026-10-01T00:00:00.000Z';
    const d2 = '2026-10-02T00:00:00.000Z';
    const raw: SnowUsersKpiResponse = {
      total: 10,
      active: 6,
      inactive: 3,
      noActivity: 1,
      totalTrend: 9,
      activeTrend: 5,
      inactiveTrend: 3,
      noActivityTrend: 1,
      totalChartData: [
        { date: d2, total: 10, added: 1, removed: 0 },
        { date: d1, total: 9, added: 0, removed: 0 },
      ],
      activeChartData: [
        { date: d1, active: 5, total: 9 },
        { date: d2, active: 6, total: 10 },
      ],
      inactiveChartData: [{ date: d2, inactive: 3, total: 10 }],
      noActivityChartData: [
        { date: d1, noActivity: 1, total: 9 },
        { date: d2, noActivity: 1, total: 10 },
      ],
      currentTotalChartData: [],
      currentActiveChartData: [],
      currentInactiveChartData: [],
      currentNoActivityChartData: [],
    };
    expect(toUserKpis(raw)).toStrictEqual({
      totalUsers: 10,
      activeUsers: 6,
      inactiveUsers: 3,
      noActivityUsers: 1,
      history: [
        { date: d1, total: 9, active: 5, inactive: 0, noActivity: 1 },
        { date: d2, total: 10, active: 6, inactive: 3, noActivity: 1 },
      ],
    });
  });
});

describe('Snow pagination (page_size ≤ 1000, page_number from 1)', () => {
  /** A fake Snow list of `count` numbers, recording the pages asked for. */
  function fakeList(count: number) {
    const asked: SnowPageRequest[] = [];
    const fetch = async (page: SnowPageRequest): Promise<SnowPage<number>> => {
      asked.push(page);
      const start = (page.pageNumber - 1) * page.pageSize;
      const items = Array.from(
        { length: Math.max(0, Math.min(page.pageSize, count - start)) },
        (_, i) => start + i,
      );
      return {
        items,
        pagination: {
          page_size: page.pageSize,
          page_number: page.pageNumber,
          total_pages: Math.ceil(count / page.pageSize),
          total_items: count,
        },
      };
    };
    return { asked, fetch };
  }

  it('walks a whole list in ⌈N/1000⌉ calls, each item once', async () => {
    const list = fakeList(2345);
    const items = await allSnowPages(list.fetch);
    expect(items).toStrictEqual(Array.from({ length: 2345 }, (_, i) => i));
    expect(list.asked).toStrictEqual([
      { pageNumber: 1, pageSize: 1000 },
      { pageNumber: 2, pageSize: 1000 },
      { pageNumber: 3, pageSize: 1000 },
    ]);
    const empty = fakeList(0);
    expect(await allSnowPages(empty.fetch)).toStrictEqual([]);
    expect(empty.asked).toHaveLength(1);
  });

  it('reads an aligned window in one call and an unaligned one from the covering pages', async () => {
    const aligned = fakeList(500);
    expect(await snowWindow(40, 20, aligned.fetch)).toStrictEqual({
      items: Array.from({ length: 20 }, (_, i) => 40 + i),
      total: 500,
    });
    expect(aligned.asked).toStrictEqual([{ pageNumber: 3, pageSize: 20 }]);
    const unaligned = fakeList(500);
    expect((await snowWindow(15, 20, unaligned.fetch)).items).toStrictEqual(
      Array.from({ length: 20 }, (_, i) => 15 + i),
    );
    expect(unaligned.asked).toStrictEqual([
      { pageNumber: 1, pageSize: 20 },
      { pageNumber: 2, pageSize: 20 },
    ]);
  });

  it('takes the total from total_items, else total_pages, else the page itself', () => {
    const req = { pageNumber: 2, pageSize: 10 };
    expect(
      snowPageWindow(
        { items: [1], pagination: { page_size: 10, page_number: 2, total_items: 11, total_pages: 2 } },
        req,
      ).total,
    ).toBe(11);
    expect(
      snowPageWindow({ items: [1], pagination: { page_size: 10, page_number: 2, total_pages: 2 } }, req)
        .total,
    ).toBe(20);
    expect(snowPageWindow({ items: [1], pagination: { page_size: 10, page_number: 2 } }, req).total).toBe(11);
  });
});

describe('Snow filter expressions', () => {
  const rows = [{ email: 'a"b\\c@example.com' }, { email: 'x@example.com' }, { email: ' X@Example.com ' }];
  const fields: FieldTable<(typeof rows)[number]> = {
    email: { type: 'string', get: (r) => r.email, trim: true },
  };
  const match = (filter: string) => rows.filter(compileFilter(filter, fields)).map((r) => r.email);

  it('quotes and escapes values so Snow reads them back exactly', () => {
    expect(quoteSnowString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(emailEquals('a"b\\c@example.com')).toBe('email -eq "a\\"b\\\\c@example.com"');
    expect(match(emailEquals('a"b\\c@example.com'))).toStrictEqual(['a"b\\c@example.com']);
    expect(match(emailEquals('x@example.com'))).toStrictEqual(['x@example.com', ' X@Example.com ']);
  });

  it('keeps an injected condition inside the string', () => {
    const hostile = 'nobody@example.com" -or email -ne "';
    expect(match(emailEquals(hostile))).toStrictEqual([]);
  });

  it('joins conditions, and refuses bad field names, control characters and non-finite numbers', () => {
    expect(
      allOf(stringCondition('department', '-eq', 'Sales'), booleanCondition('isEnabled', '-eq', false)),
    ).toBe('department -eq "Sales" -and isEnabled -eq false');
    expect(
      anyOf([numberCondition('licenseCount', '-gt', 0)], [stringCondition('status', '-eq', 'Inactive')]),
    ).toBe('licenseCount -gt 0 -or status -eq "Inactive"');
    expect(() => stringCondition('email -or x', '-eq', 'a')).toThrow();
    expect(() => quoteSnowString('a\nb')).toThrow(BadUserInputError);
    expect(() => numberCondition('licenseCount', '-gt', Number.NaN)).toThrow(BadUserInputError);
  });
});
