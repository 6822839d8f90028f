import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { contractCall, OpenApiContract } from '../../support/openapi-contract.js';
import { simControl, startTestSimulator } from '../../support/simulators.js';

/** Every operation of specs/snow.yaml, called against the Snow simulator and checked against the spec. */

const base = '/api/saas/consolidated-view/v1';
const auth = { authorization: 'Bearer dev-snow-token' };
const unknownId = '00000000-0000-4000-8000-000000000000';

let sim: RunningSimulator;
let contract: OpenApiContract;
let info: {
  subscriptions: { id: string; name: string; seats: number }[];
  insightRules: { id: string; name: string }[];
};

const call = (
  method: string,
  path: string,
  options: { query?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
) =>
  contractCall(contract, sim.url, method, base + path, {
    ...options,
    headers: { ...auth, ...options.headers },
  });

async function janeId(): Promise<string> {
  const { body } = await call('GET', '/users', { query: { filter: 'email -eq "jsmith@example.com"' } });
  return body.items[0].id;
}

beforeAll(async () => {
  sim = await startTestSimulator('snow');
  contract = new OpenApiContract('snow.yaml');
  info = (await simControl(sim, 'GET', 'info')).body;
});

afterAll(async () => {
  await sim.close();
});

beforeEach(async () => {
  await simControl(sim, 'POST', 'reset');
});

describe('Snow contract: users', () => {
  it('lists users, with filter and sort, and rejects a malformed filter or a missing token', async () => {
    const page = await call('GET', '/users?page_size=5&page_number=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(5);
    expect(page.body.pagination).toMatchObject({ page_size: 5, page_number: 2 });

    const sorted = await call('GET', '/users', {
      query: { filter: 'department -eq "Sales" -and isEnabled -eq true', sort: 'displayName:desc' },
    });
    expect(sorted.status).toBe(200);
    expect(
      sorted.body.items.every(
        (u: { department: string; isEnabled: boolean }) => u.department === 'Sales' && u.isEnabled,
      ),
    ).toBe(true);

    const malformed = await call('GET', '/users', { query: { filter: 'email -eq' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe(400);

    const anonymous = await contractCall(contract, sim.url, 'GET', `${base}/users`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: { code: 401, message: expect.any(String) } });
  });

  it('answers KPIs with history, and 400 without dates', async () => {
    const kpi = await call('GET', '/users/kpi', {
      query: { fromDate: '2025-11-01T00:00:00Z', toDate: '2026-11-01T00:00:00Z' },
    });
    expect(kpi.status).toBe(200);
    expect(kpi.body.totalChartData).toHaveLength(13);
    expect((await call('GET', '/users/kpi')).status).toBe(400);
  });

  it('gets and updates one user; 404 and 400 for unknown or malformed IDs and bad values', async () => {
    const id = await janeId();
    const user = await call('GET', `/users/${id}`);
    expect(user.body).toMatchObject({ id, email: 'jsmith@example.com', displayName: 'Jane Smith' });
    expect((await call('GET', `/users/${unknownId}`)).status).toBe(404);
    expect((await call('GET', '/users/not-a-uuid')).status).toBe(400);

    // The only body type the operation documents (seed 002); anything else is a 415.
    const headers = { 'content-type': 'application/merge-patch+json' };
    const patched = await call('PATCH', `/users/${id}`, {
      body: { isInReview: true, isQualified: false },
      headers,
    });
    expect(patched.body).toMatchObject({ isInReview: true, isQualified: false });
    expect((await call('PATCH', `/users/${id}`, { body: { isInReview: 'yes' }, headers })).status).toBe(400);
    expect((await call('PATCH', `/users/${unknownId}`, { body: { isOnline: true }, headers })).status).toBe(
      404,
    );
    expect((await call('PATCH', `/users/${id}`, { body: { isOnline: true } })).status).toBe(415);
  });

  it("lists a user's applications, subscriptions and discovery sources", async () => {
    const id = await janeId();
    const applications = await call('GET', `/users/${id}/applications`, { query: { sort: 'name:asc' } });
    const subscriptions = await call('GET', `/users/${id}/subscriptions`, {
      query: { filter: 'totalCostPerMonth -gt 0' },
    });
    const sources = await call('GET', `/users/${id}/discovery-sources`);
    expect(applications.body.items.length).toBeGreaterThan(0);
    expect(subscriptions.body.items).toHaveLength(6);
    expect(sources.body.items.length).toBeGreaterThan(0);
    expect((await call('GET', `/users/${unknownId}/subscriptions`)).status).toBe(404);
  });

  it('runs a bulk update as a task, then serves its summary', async () => {
    const id = await janeId();
    const accepted = await call('POST', '/users/bulk-update', {
      body: { scope: 'Only', ids: [id, unknownId], body: { review: true } },
    });
    expect(accepted.status).toBe(202);
    const taskId: string = accepted.body.id;
    expect(accepted.body._links[0].href).toBe(`api/saas/consolidated-view/v1/tasks/${taskId}`);

    const early = await call('GET', `/users/bulk-update/${taskId}`);
    expect(early.status).toBe(400);

    let task = await call('GET', `/tasks/${taskId}`);
    expect(task.body.status).toBe('Running');
    while (task.body.status === 'Running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      task = await call('GET', `/tasks/${taskId}`);
    }
    expect(task.body.status).toBe('Complete');
    const summary = await call('GET', `/users/bulk-update/${taskId}`);
    expect(summary.body).toEqual({
      successCount: 1,
      failedCount: 1,
      failed: [unknownId],
      failureReason: expect.any(String),
    });

    expect(
      (await call('POST', '/users/bulk-update', { body: { scope: 'Some', body: { review: true } } })).status,
    ).toBe(400);
    expect((await call('GET', `/tasks/${unknownId}`)).status).toBe(404);
    expect((await call('GET', `/users/bulk-update/${unknownId}`)).status).toBe(404);
  });
});

describe('Snow contract: subscriptions', () => {
  it('lists subscription users, consumption and insight users', async () => {
    const subscription = info.subscriptions[0];
    const users = await call('GET', `/subscriptions/${subscription.id}/users?page_size=50`);
    expect(users.body.pagination.total_items).toBe(subscription.seats);

    const consumption = await call('GET', `/subscriptions/${subscription.id}/users/consumption`, {
      query: { filter: 'status -ne "Active"', sort: 'lastActive:asc' },
    });
    expect(consumption.body.items.length).toBeGreaterThan(0);

    const inactiveRule = info.insightRules.find((r) => r.name === 'Inactive users')!;
    const insight = await call('GET', `/subscriptions/${subscription.id}/insights/${inactiveRule.id}/users`);
    expect(insight.body.items.length).toBeGreaterThan(0);
    expect(insight.body.items[0].details[0].subscriptionId).toBe(subscription.id);

    expect((await call('GET', `/subscriptions/${unknownId}/users`)).status).toBe(404);
    expect((await call('GET', `/subscriptions/${subscription.id}/insights/${unknownId}/users`)).status).toBe(
      404,
    );
  });

  it('removes users from a subscription; 404 for a user without a seat', async () => {
    const subscription = info.subscriptions[0];
    const { body } = await call('GET', `/subscriptions/${subscription.id}/users?page_size=2`);
    const ids = body.items.map((u: { id: string }) => u.id).join(',');
    expect((await call('DELETE', `/subscriptions/${subscription.id}/users/${ids}`)).status).toBe(204);
    expect((await call('DELETE', `/subscriptions/${subscription.id}/users/${unknownId}`)).status).toBe(404);
  });

  it('has called every operation of the spec', () => {
    expect(contract.uncovered()).toEqual([]);
  });
});
