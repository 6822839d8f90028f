import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { createSnowSimulator } from '../../../simulators/snow/index.js';
import { simControl, startTestSimulator, testCompany } from '../../support/simulators.js';

/** Snow simulator behaviour over real HTTP: pages, filters, sorts, auth, faults, writes, reset. */

const base = '/api/saas/consolidated-view/v1';
const auth = { authorization: 'Bearer dev-snow-token' };
const unknownId = '00000000-0000-4000-8000-000000000000';

interface SnowUser {
  id: string;
  email: string;
  displayName: string;
  department: string;
  status: string;
  isEnabled: boolean;
  isInReview: boolean;
  isOnline: boolean;
  isQualified: boolean;
  licenseCount: number;
  lastActive: string | null;
  userCostPerMonth: number;
  potentialSavings: number;
  discoveryTypes: number[];
}

let sim: RunningSimulator;

async function snow(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const res = await fetch(sim.url + base + path, {
    method,
    headers: {
      ...auth,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const q = (filter: string) => encodeURIComponent(filter);

async function allUsers(query = ''): Promise<SnowUser[]> {
  const users: SnowUser[] = [];
  for (let page = 1; ; page++) {
    const { body } = await snow('GET', `/users?page_size=1000&page_number=${page}${query}`);
    users.push(...body.items);
    if (page >= body.pagination.total_pages) return users;
  }
}

async function waitForTask(taskId: string) {
  for (;;) {
    const { body } = await snow('GET', `/tasks/${taskId}`);
    if (body.status !== 'Running') return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const snowAccounts = testCompany().people.filter((p) => p.accounts.snow);

beforeAll(async () => {
  sim = await startTestSimulator('snow');
});

afterAll(async () => {
  await sim.close();
});

beforeEach(async () => {
  await simControl(sim, 'POST', 'reset');
});

describe('Snow pagination (page_size / page_number)', () => {
  it('walks every user exactly once, in a stable order, with correct totals', async () => {
    const seen: string[] = [];
    const pageSize = 250;
    let totalPages = 0;
    for (let page = 1; ; page++) {
      const { status, body } = await snow('GET', `/users?page_size=${pageSize}&page_number=${page}`);
      expect(status).toBe(200);
      expect(body.pagination).toEqual({
        page_size: pageSize,
        page_number: page,
        total_pages: Math.ceil(snowAccounts.length / pageSize),
        total_items: snowAccounts.length,
      });
      totalPages = body.pagination.total_pages;
      seen.push(...body.items.map((u: SnowUser) => u.id));
      const next = body._links.find((l: { rel: string }) => l.rel === 'next');
      if (page === totalPages) {
        expect(next).toBeUndefined();
        break;
      }
      expect(next.href).toBe(`${base}/users?page_size=${pageSize}&page_number=${page + 1}`);
    }
    expect(seen).toHaveLength(snowAccounts.length);
    expect(new Set(seen).size).toBe(snowAccounts.length);
    expect((await allUsers()).map((u) => u.id)).toEqual(seen);

    const past = await snow('GET', `/users?page_size=${pageSize}&page_number=${totalPages + 1}`);
    expect(past.body.items).toEqual([]);
  });

  it('serves users in the company order, Jane Smith first, as the users exist in Snow', async () => {
    const { body } = await snow('GET', '/users?page_size=3');
    expect(body.items.map((u: SnowUser) => u.email)).toEqual(
      snowAccounts.slice(0, 3).map((p) => p.accounts.snow!.email),
    );
    expect(body.items[0]).toMatchObject({
      displayName: 'Jane Smith',
      department: 'IT',
      isEnabled: true,
      status: 'Active',
    });
  });

  it('defaults to 100 a page and rejects sizes above 1000 or pages below 1', async () => {
    expect((await snow('GET', '/users')).body.items).toHaveLength(100);
    const tooBig = await snow('GET', '/users?page_size=1001');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toEqual({ code: 400, message: expect.stringContaining('page_size') });
    expect((await snow('GET', '/users?page_number=0')).status).toBe(400);
    expect((await snow('GET', '/users?page_size=ten')).status).toBe(400);
  });
});

describe('Snow filter and sort', () => {
  it('finds a user by email ignoring case and the spaces Snow stored around it', async () => {
    const padded = snowAccounts.find((p) => p.accounts.snow!.email.startsWith(' '));
    expect(padded).toBeDefined();
    const { body } = await snow('GET', `/users?filter=${q(`email -eq "${padded!.email.toUpperCase()}"`)}`);
    expect(body.pagination.total_items).toBe(1);
    expect(body.items[0].email).toBe(padded!.accounts.snow!.email);
  });

  it('applies -contains, -ne, numeric, date and list operators, joined by -and / -or', async () => {
    const everyone = await allUsers();
    const check = async (filter: string, expected: (u: SnowUser) => boolean) => {
      const got = await allUsers(`&filter=${q(filter)}`);
      const want = everyone.filter(expected);
      expect(want.length, filter).toBeGreaterThan(0);
      expect(
        got.map((u) => u.id),
        filter,
      ).toEqual(want.map((u) => u.id));
    };
    await check("displayName -contains 'SMITH'", (u) => u.displayName.toLowerCase().includes('smith'));
    await check(
      'department -ne "Engineering" -and licenseCount -ge 7',
      (u) => u.department !== 'Engineering' && u.licenseCount >= 7,
    );
    await check(
      'department -eq "Legal" -or department -eq "People"',
      (u) => u.department === 'Legal' || u.department === 'People',
    );
    await check(
      'lastActive -lt "2026-06-01T00:00:00Z"',
      (u) => u.lastActive !== null && u.lastActive < '2026-06-01T00:00:00Z',
    );
    await check('lastActive -eq null', (u) => u.lastActive === null);
    await check(
      'isEnabled -eq false -and potentialSavings -gt 0',
      (u) => !u.isEnabled && u.potentialSavings > 0,
    );
    await check('discoveryTypes -contains 8', (u) => u.discoveryTypes.includes(8));
    await check('status -eq "no activity"', (u) => u.status === 'No activity');
    await check(
      'displayName -startswith "jane" -and email -endswith "example.com"',
      (u) => u.displayName.startsWith('Jane') && u.email.trim().toLowerCase().endsWith('example.com'),
    );
  });

  it.each([
    ['an unknown field', 'name -eq "Jane"', 'Unknown filter field "name"'],
    [
      'an unquoted string',
      'email -eq jsmith@example.com',
      'Filter field email needs to be formatted as a string.',
    ],
    ['an unknown operator', 'email -like "x"', 'operator "-like"'],
    [
      'an operator the type does not take',
      'licenseCount -contains 3',
      'cannot be used on field licenseCount',
    ],
    ['a missing value', 'email -eq', 'incomplete'],
    ['an unterminated string', 'email -eq "jsmith', 'unterminated'],
    ['a dangling joiner', 'isEnabled -eq true -and', 'incomplete'],
    ['a bad date', 'lastActive -gt "yesterday"', 'ISO 8601'],
    ['a bad boolean', 'isEnabled -eq yes', 'boolean'],
  ])('answers 400 in Snow’s error body for %s', async (_, filter, message) => {
    const { status, body } = await snow('GET', `/users?filter=${q(filter)}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 400, message: expect.stringContaining(message) } });
  });

  it('sorts by one or more fields, ascending or descending, and rejects a bad sort', async () => {
    const byCost = await allUsers('&sort=userCostPerMonth:desc');
    const costs = byCost.map((u) => u.userCostPerMonth);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(costs[0]).toBeGreaterThan(costs[costs.length - 1]);

    const byDepartmentThenName = await allUsers('&sort=department:asc,displayName:desc');
    for (let i = 1; i < byDepartmentThenName.length; i++) {
      const [a, b] = [byDepartmentThenName[i - 1], byDepartmentThenName[i]];
      const department = a.department.toLowerCase().localeCompare(b.department.toLowerCase());
      expect(department <= 0).toBe(true);
      if (a.department === b.department)
        expect(a.displayName.toLowerCase() >= b.displayName.toLowerCase()).toBe(true);
    }

    expect((await snow('GET', '/users?sort=displayName:up')).status).toBe(400);
    expect((await snow('GET', '/users?sort=shoeSize:asc')).status).toBe(400);
  });

  it("filters and sorts a user's subscriptions", async () => {
    const jane = (await snow('GET', '/users?page_size=1')).body.items[0] as SnowUser;
    const { body } = await snow('GET', `/users/${jane.id}/subscriptions?sort=totalCostPerMonth:desc`);
    const costs = body.items.map((s: { totalCostPerMonth: number }) => s.totalCostPerMonth);
    expect(costs).toEqual([...costs].sort((a: number, b: number) => b - a));
    const cheap = await snow(
      'GET',
      `/users/${jane.id}/subscriptions?filter=${q(`totalCostPerMonth -lt ${costs[0]}`)}`,
    );
    expect(cheap.body.pagination.total_items).toBe(costs.filter((c: number) => c < costs[0]).length);
  });
});

describe('Snow auth and faults', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['another scheme', { authorization: 'Basic ZGV2LXNub3ctdG9rZW4=' }],
  ])('answers 401 in Snow’s error body for %s', async (_, headers) => {
    const res = await fetch(`${sim.url}${base}/users`, { headers });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 401, message: expect.any(String) } });
  });

  it('answers 429 with Retry-After when rate limited, then serves again', async () => {
    await simControl(sim, 'POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
    const limited = await snow('GET', '/users?page_size=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body.error.code).toBe(429);
    expect((await snow('GET', '/users?page_size=1')).status).toBe(200);
  });

  it('counts requests by operationId', async () => {
    const jane = (await snow('GET', '/users?page_size=1')).body.items[0] as SnowUser;
    await snow('GET', `/users/${jane.id}`);
    await snow('GET', `/users/${jane.id}`);
    await snow('GET', `/users/${jane.id}/subscriptions`);
    const { body } = await simControl(sim, 'GET', 'requests');
    expect(body.byOperation).toEqual({
      getSaasConsolidatedViewV1UsersList: 1,
      getSaasConsolidatedViewV1UserId: 2,
      getSaasConsolidatedViewV1UserSubscriptions: 1,
    });
  });
});

describe('Snow seeded data', () => {
  it('derives user cost and savings from the seats, with paid-but-unused seats among active and departed people', async () => {
    const users = await allUsers();
    const sample = users.filter((_, i) => i % 97 === 0);
    for (const user of sample) {
      const { body } = await snow('GET', `/users/${user.id}/subscriptions`);
      const cost = body.items.reduce(
        (sum: number, s: { totalCostPerMonth: number }) => sum + s.totalCostPerMonth,
        0,
      );
      const savings = body.items.reduce(
        (sum: number, s: { potentialSavings: number }) => sum + s.potentialSavings,
        0,
      );
      expect(body.items).toHaveLength(user.licenseCount);
      expect(user.licenseCount).toBeGreaterThanOrEqual(1);
      expect(user.licenseCount).toBeLessThanOrEqual(8);
      expect(user.userCostPerMonth).toBeCloseTo(cost, 2);
      expect(user.potentialSavings).toBeCloseTo(savings, 2);
    }
    // Idle past every subscription's activity threshold (90 days at most): every seat could be reclaimed.
    const longIdle = users.filter(
      (u) => u.isEnabled && u.lastActive !== null && u.lastActive < '2026-08-01T00:00:00Z',
    );
    expect(longIdle.length).toBeGreaterThan(0);
    expect(longIdle.every((u) => u.potentialSavings === u.userCostPerMonth)).toBe(true);
    const enabledWithSavings = users.filter((u) => u.isEnabled && u.potentialSavings > 0);
    expect(enabledWithSavings.length / users.length).toBeGreaterThan(0.1);
    expect(
      users.some((u) => !u.isEnabled && u.potentialSavings === u.userCostPerMonth && u.userCostPerMonth > 0),
    ).toBe(true);
  });

  it('reports info: counts, total monthly spend and the IDs of subscriptions and insight rules', async () => {
    const { body } = await simControl(sim, 'GET', 'info');
    expect(body.counts.users).toBe(snowAccounts.length);
    expect(body.counts.applications).toBeGreaterThanOrEqual(40);
    const users = await allUsers();
    expect(body.counts.userSubscriptions).toBe(users.reduce((n, u) => n + u.licenseCount, 0));
    expect(body.totalMonthlySpend).toBeCloseTo(
      users.reduce((sum, u) => sum + u.userCostPerMonth, 0),
      1,
    );
    expect(body.subscriptions.length).toBe(body.counts.subscriptions);
    expect(body.insightRules.map((r: { name: string }) => r.name)).toEqual([
      'Inactive users',
      'Users with no activity',
      'Disabled users with a subscription',
    ]);
  });

  // Speed at 100,000 people is measured by `npm run bench:simulators`, not asserted here.
  it('rebuilds the same data on every reset', () => {
    const simulator = createSnowSimulator(testCompany());
    const before = simulator.state.info();
    simulator.state.reset();
    expect(simulator.state.info()).toEqual(before);
  });
});

describe('Snow user KPIs', () => {
  it("counts today's users and splits them into active, inactive and no activity", async () => {
    const { status, body } = await snow(
      'GET',
      `/users/kpi?fromDate=${q('2026-10-01T12:00:00Z')}&toDate=${q('2026-10-31T12:00:00Z')}`,
    );
    expect(status).toBe(200);
    const users = await allUsers();
    // "The total number of discovered users": every user the list holds, disabled ones included.
    expect(body.total).toBe(users.length);
    expect(body.total).toBe(snowAccounts.length);
    expect(body.active + body.inactive + body.noActivity).toBe(body.total);
    expect(body.currentTotalChartData).toEqual([
      expect.objectContaining({ total: body.total, date: '2026-11-01T12:00:00.000Z' }),
    ]);
    expect(body.totalChartData).toHaveLength(31);
    expect(body.activeChartData).toHaveLength(31);
    // The split follows each listed user's own activity status.
    const byStatus = (status: string) => users.filter((u) => u.status === status).length;
    expect([body.active, body.inactive, body.noActivity]).toEqual([
      byStatus('Active'),
      byStatus('Inactive'),
      byStatus('No activity'),
    ]);
    expect(body.noActivity).toBe(users.filter((u) => u.lastActive === null).length);
  });

  it('gives monthly history for a year, growing with the people hired', async () => {
    const { body } = await snow(
      'GET',
      `/users/kpi?fromDate=${q('2025-11-01T00:00:00Z')}&toDate=${q('2026-11-01T00:00:00Z')}`,
    );
    expect(body.totalChartData.map((p: { date: string }) => p.date.slice(0, 10))).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    const points = body.totalChartData as { total: number; added: number; removed: number }[];
    for (let i = 1; i < points.length; i++)
      expect(points[i].total).toBe(points[i - 1].total + points[i].added - points[i].removed);
    expect(points[points.length - 1].total).toBeGreaterThan(points[0].total);
    expect(body.totalTrend).toBeGreaterThan(0);
  });

  it.each([
    ['no dates', ''],
    ['a bad date', `?fromDate=soon&toDate=${q('2026-10-01T00:00:00Z')}`],
    ['fromDate after toDate', `?fromDate=${q('2026-10-02T00:00:00Z')}&toDate=${q('2026-10-01T00:00:00Z')}`],
  ])('answers 400 for %s', async (_, query) => {
    const { status, body } = await snow('GET', `/users/kpi${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe(400);
  });
});

/** The only body type seed 002 documents for updateUser. */
const mergePatch = { 'content-type': 'application/merge-patch+json' };

describe('Snow flag updates', () => {
  it('changes the flags, shows them in later reads and filters, and restores them on reset', async () => {
    const jane = (await snow('GET', '/users?page_size=1')).body.items[0] as SnowUser;
    expect(jane).toMatchObject({ isInReview: false, isOnline: false, isQualified: true });
    const patched = await snow('PATCH', `/users/${jane.id}`, {
      body: { isInReview: true, isOnline: true },
      headers: mergePatch,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ isInReview: true, isOnline: true, isQualified: true });
    expect((await snow('GET', `/users/${jane.id}`)).body).toMatchObject({ isInReview: true, isOnline: true });
    const inReview = await allUsers(`&filter=${q('isInReview -eq true -and isOnline -eq true')}`);
    expect(inReview.map((u) => u.id)).toContain(jane.id);

    await simControl(sim, 'POST', 'reset');
    expect((await snow('GET', `/users/${jane.id}`)).body).toMatchObject({
      isInReview: false,
      isOnline: false,
    });
  });

  it.each([
    ['a non-boolean value', { isInReview: 'true' }, 400],
    ['a property that cannot be updated', { email: 'x@example.com' }, 400],
    ['an empty patch', {}, 400],
    ['a body that is not an object', [true], 400],
  ])('rejects %s', async (_, body, status) => {
    const jane = (await snow('GET', '/users?page_size=1')).body.items[0] as SnowUser;
    const res = await snow('PATCH', `/users/${jane.id}`, { body, headers: mergePatch });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(status);
    expect((await snow('GET', `/users/${jane.id}`)).body).toMatchObject({
      isInReview: false,
      isOnline: false,
      isQualified: true,
    });
  });

  it('answers 404 for an unknown user and 400 for an ID that is not a UUID', async () => {
    const patch = { body: { isOnline: true }, headers: mergePatch };
    expect((await snow('PATCH', `/users/${unknownId}`, patch)).status).toBe(404);
    expect((await snow('PATCH', '/users/12345', patch)).status).toBe(400);
  });

  it.each(['application/json', 'text/plain'])(
    'answers 415 to a patch sent as %s, and changes nothing',
    async (contentType) => {
      const jane = (await snow('GET', '/users?page_size=1')).body.items[0] as SnowUser;
      const res = await snow('PATCH', `/users/${jane.id}`, {
        body: { isOnline: true },
        headers: { 'content-type': contentType },
      });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe(415);
      expect((await snow('GET', `/users/${jane.id}`)).body).toMatchObject({ isOnline: jane.isOnline });
    },
  );
});

describe('Snow bulk update', () => {
  it('sets a flag on every user a filter picks, once the task completes', async () => {
    const legalBefore = await allUsers(`&filter=${q('department -eq "Legal"')}`);
    const othersUnqualifiedBefore = (
      await allUsers(`&filter=${q('department -ne "Legal" -and isQualified -eq false')}`)
    ).length;
    const accepted = await snow('POST', '/users/bulk-update', {
      body: { scope: 'All', filter: 'department -eq "Legal"', body: { qualified: false } },
    });
    expect(accepted.status).toBe(202);
    const task = await waitForTask(accepted.body.id);
    expect(task).toMatchObject({ status: 'Complete', _links: [{ rel: 'bulk-update-users', method: 'GET' }] });
    const summary = await snow('GET', `/users/bulk-update/${accepted.body.id}`);
    expect(summary.body).toEqual({ successCount: legalBefore.length, failedCount: 0 });

    const legalAfter = await allUsers(`&filter=${q('department -eq "Legal"')}`);
    expect(legalAfter.every((u) => u.isQualified === false)).toBe(true);
    expect((await allUsers(`&filter=${q('department -ne "Legal" -and isQualified -eq false')}`)).length).toBe(
      othersUnqualifiedBefore,
    );
  });

  it('spares the listed users with AllExcept and reports unknown IDs as failed with Only', async () => {
    const [first, second] = (await snow('GET', '/users?page_size=2')).body.items as SnowUser[];
    const allExcept = await snow('POST', '/users/bulk-update', {
      body: { scope: 'AllExcept', ids: [first.id], body: { review: true } },
    });
    await waitForTask(allExcept.body.id);
    expect((await snow('GET', `/users/${first.id}`)).body.isInReview).toBe(false);
    expect((await snow('GET', `/users/${second.id}`)).body.isInReview).toBe(true);

    const onlyUnknown = await snow('POST', '/users/bulk-update', {
      body: { scope: 'Only', ids: [unknownId], body: { onlineOnly: true } },
    });
    const failed = await waitForTask(onlyUnknown.body.id);
    expect(failed.status).toBe('Failed');
    expect((await snow('GET', `/users/bulk-update/${onlyUnknown.body.id}`)).body).toMatchObject({
      successCount: 0,
      failedCount: 1,
      failed: [unknownId],
    });
  });

  it.each([
    ['an unknown scope', { scope: 'Everyone', body: { review: true } }],
    ['Only without ids', { scope: 'Only', body: { review: true } }],
    ['an empty update', { scope: 'All', body: {} }],
    ['an unknown flag', { scope: 'All', body: { archived: true } }],
    ['a non-boolean flag', { scope: 'All', body: { review: 'yes' } }],
    ['a malformed filter', { scope: 'All', filter: 'department = "Legal"', body: { review: true } }],
  ])('rejects %s with 400', async (_, body) => {
    const res = await snow('POST', '/users/bulk-update', { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(400);
  });
});

describe('Snow subscription seats', () => {
  it("removes users from a subscription: the subscription's users and the users' subscriptions both change", async () => {
    const { body: info } = await simControl(sim, 'GET', 'info');
    const subscription = info.subscriptions.find((s: { seats: number }) => s.seats > 10);
    const holders = (await snow('GET', `/subscriptions/${subscription.id}/users?page_size=3`)).body
      .items as SnowUser[];
    const removed = await snow(
      'DELETE',
      `/subscriptions/${subscription.id}/users/${holders[0].id},${holders[1].id}`,
    );
    expect(removed.status).toBe(204);

    const after = await snow('GET', `/subscriptions/${subscription.id}/users?page_size=1000`);
    expect(after.body.pagination.total_items).toBe(subscription.seats - 2);
    expect(after.body.items.map((u: SnowUser) => u.id)).not.toContain(holders[0].id);
    const user = (await snow('GET', `/users/${holders[0].id}`)).body as SnowUser;
    expect(user.licenseCount).toBe(holders[0].licenseCount - 1);
    const userSubscriptions = (await snow('GET', `/users/${holders[0].id}/subscriptions`)).body.items as {
      id: string;
    }[];
    expect(userSubscriptions.map((s) => s.id)).not.toContain(subscription.id);
    expect((await simControl(sim, 'GET', 'info')).body.counts.userSubscriptions).toBe(
      info.counts.userSubscriptions - 2,
    );

    await simControl(sim, 'POST', 'reset');
    expect(
      (await snow('GET', `/subscriptions/${subscription.id}/users?page_size=1`)).body.pagination.total_items,
    ).toBe(subscription.seats);
  });

  it('removes nothing when one of the users holds no seat (404), and 400 for a malformed ID', async () => {
    const { body: info } = await simControl(sim, 'GET', 'info');
    const subscription = info.subscriptions[0];
    const holder = (await snow('GET', `/subscriptions/${subscription.id}/users?page_size=1`)).body
      .items[0] as SnowUser;
    const res = await snow('DELETE', `/subscriptions/${subscription.id}/users/${holder.id},${unknownId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe(404);
    expect(
      (await snow('GET', `/subscriptions/${subscription.id}/users?page_size=1`)).body.pagination.total_items,
    ).toBe(subscription.seats);
    expect((await snow('DELETE', `/subscriptions/${subscription.id}/users/nope`)).status).toBe(400);
    expect((await snow('DELETE', `/subscriptions/${unknownId}/users/${holder.id}`)).status).toBe(404);
  });

  it('lists the consumption and the insight users of a subscription consistently', async () => {
    const { body: info } = await simControl(sim, 'GET', 'info');
    const subscription = info.subscriptions[0];
    const rule = (name: string) => info.insightRules.find((r: { name: string }) => r.name === name).id;
    const consumption = (filter: string) =>
      snow('GET', `/subscriptions/${subscription.id}/users/consumption?page_size=1000&filter=${q(filter)}`);
    const insight = (name: string) =>
      snow('GET', `/subscriptions/${subscription.id}/insights/${rule(name)}/users?page_size=1000`);

    const inactive = await consumption('status -eq "Inactive"');
    const inactiveInsight = await insight('Inactive users');
    expect(inactiveInsight.body.pagination.total_items).toBe(inactive.body.pagination.total_items);
    expect(inactiveInsight.body.pagination.total_items).toBeGreaterThan(0);
    const never = await consumption('lastActive -eq null');
    expect((await insight('Users with no activity')).body.pagination.total_items).toBe(
      never.body.pagination.total_items,
    );
    const disabled = await insight('Disabled users with a subscription');
    expect(disabled.body.items.every((u: SnowUser) => !u.isEnabled)).toBe(true);
    const seatRows = inactive.body.items as {
      potentialSavings: number;
      userCostPerMonth: number;
      lastActiveValueInInt: number;
      activityThreshold: number;
    }[];
    expect(
      seatRows.every(
        (r) => r.potentialSavings === r.userCostPerMonth && r.lastActiveValueInInt >= r.activityThreshold,
      ),
    ).toBe(true);
  });
});
