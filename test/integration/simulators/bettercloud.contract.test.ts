import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { contractCall, OpenApiContract } from '../../support/openapi-contract.js';
import { simControl, startTestSimulator } from '../../support/simulators.js';

/**
 * Every operation of specs/bettercloud.yaml called over HTTP, each exchange validated against the
 * spec (request and response), error answers included.
 */
describe('BetterCloud simulator honours specs/bettercloud.yaml', () => {
  const contract = new OpenApiContract('bettercloud.yaml');
  const auth = { 'X-API-Key': 'dev-bettercloud-key' };
  let sim: RunningSimulator;
  const call = (
    method: string,
    path: string,
    options: {
      query?: Record<string, string | number>;
      body?: unknown;
      headers?: Record<string, string>;
    } = {},
  ) =>
    contractCall(contract, sim.url, method, `/v1${path}`, {
      headers: options.headers ?? auth,
      // Integer parameters are passed as numbers: the request validator checks values as given,
      // so a string "2" would fail `type: integer` although the query string is the same.
      query: options.query as Record<string, string> | undefined,
      body: options.body,
    });

  beforeAll(async () => {
    sim = await startTestSimulator('bettercloud');
  });
  afterAll(async () => {
    await sim.close();
  });

  it('serves the user operations and their errors', async () => {
    const list = await call('GET', '/users', { query: { page: 2, per_page: 10 } });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(10);
    expect(list.body.meta).toMatchObject({ page: 2, per_page: 10 });

    const jane = await call('GET', '/users', { query: { email: 'JSMITH@example.com', status: 'active' } });
    expect(jane.body.data.map((u: { email: string }) => u.email)).toEqual(['jsmith@example.com']);
    const janeId: string = jane.body.data[0].id;

    expect((await call('GET', `/users/${janeId}`)).body.data.first_name).toBe('Jane');
    expect((await call('GET', '/users/user-00000000')).status).toBe(404);
    expect((await call('GET', '/users', { headers: {} })).status).toBe(401);
    expect((await call('GET', '/users', { query: { status: 'archived' } })).status).toBe(400);

    const updated = await call('PATCH', `/users/${janeId}`, {
      body: { title: 'Director of IT', location: 'Austin' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ title: 'Director of IT', location: 'Austin' });
    expect((await call('PATCH', `/users/${janeId}`, { body: {} })).status).toBe(400);

    const target = list.body.data.find((u: { status: string }) => u.status === 'active');
    const suspended = await call('POST', `/users/${target.id}/suspend`);
    expect(suspended.body.data.status).toBe('suspended');
    expect((await call('POST', `/users/${target.id}/suspend`)).status).toBe(409);
    const deprovisioned = await call('POST', `/users/${target.id}/deprovision`);
    expect(deprovisioned.body.data.status).toBe('deprovisioned');
    expect((await call('POST', `/users/${target.id}/deprovision`)).status).toBe(409);
    expect((await call('PATCH', `/users/${target.id}`, { body: { title: 'Gone' } })).status).toBe(409);
  });

  it('serves the group and membership operations and their errors', async () => {
    const list = await call('GET', '/groups', { query: { per_page: 100 } });
    expect(list.body.meta.total).toBe(list.body.data.length);

    const created = await call('POST', '/groups', {
      body: { name: 'Contract Testers', email: 'contract-testers@example.com', description: 'QA' },
    });
    expect(created.status).toBe(201);
    const groupId: string = created.body.data.id;
    expect(
      (await call('POST', '/groups', { body: { name: 'Again', email: 'Contract-Testers@example.com' } }))
        .status,
    ).toBe(409);
    expect((await call('POST', '/groups', { body: { email: 'no-name@example.com' } })).status).toBe(400);
    expect((await call('GET', `/groups/${groupId}`)).body.data.member_count).toBe(0);

    const someone = (await call('GET', '/users', { query: { status: 'active', per_page: 1 } })).body.data[0];
    const added = await call('POST', `/groups/${groupId}/members`, {
      body: { user_id: someone.id, role: 'manager' },
    });
    expect(added.status).toBe(201);
    expect(added.body.data).toMatchObject({ user_id: someone.id, role: 'manager' });
    expect((await call('POST', `/groups/${groupId}/members`, { body: { user_id: someone.id } })).status).toBe(
      409,
    );
    expect(
      (await call('POST', `/groups/${groupId}/members`, { body: { user_id: 'user-00000000' } })).status,
    ).toBe(422);
    expect(
      (await call('POST', `/groups/${groupId}/members`, { body: { user_id: someone.id, role: 'admin' } }))
        .status,
    ).toBe(400);

    const members = await call('GET', `/groups/${groupId}/members`);
    expect(members.body.data).toEqual([added.body.data]);
    const seededMembers = await call('GET', `/groups/${list.body.data[0].id}/members`);
    expect(seededMembers.body.data.length).toBe(list.body.data[0].member_count);

    expect((await call('DELETE', `/groups/${groupId}`)).status).toBe(204);
    expect((await call('GET', `/groups/${groupId}`)).status).toBe(404);
    expect((await call('DELETE', `/groups/${groupId}`)).status).toBe(404);
    expect((await call('GET', `/groups/${groupId}/members`)).status).toBe(404);
  });

  it('serves the workflow operations and their errors', async () => {
    const active = await call('GET', '/workflows', { query: { status: 'active', page: 1, per_page: 5 } });
    expect(active.body.data.every((w: { status: string }) => w.status === 'active')).toBe(true);
    expect((await call('GET', '/workflows', { query: { status: 'paused' } })).status).toBe(400);

    const workflowId: string = active.body.data[0].id;
    expect((await call('GET', `/workflows/${workflowId}`)).body.data.id).toBe(workflowId);
    expect((await call('GET', '/workflows/wf-999999')).status).toBe(404);

    const someone = (await call('GET', '/users', { query: { per_page: 1 } })).body.data[0];
    const run = await call('POST', `/workflows/${workflowId}/run`, { body: { user_ids: [someone.id] } });
    expect(run.status).toBe(202);
    expect(run.body.data).toMatchObject({ workflow_id: workflowId, status: 'running' });
    expect((await call('POST', `/workflows/${workflowId}/run`, { body: { user_ids: [] } })).status).toBe(400);
    expect(
      (await call('POST', `/workflows/${workflowId}/run`, { body: { user_ids: ['user-00000000'] } })).status,
    ).toBe(422);

    const draft = await call('POST', '/workflows', {
      body: { name: 'Contract Draft', description: 'Not yet live', trigger_type: 'event', status: 'draft' },
    });
    expect(draft.status).toBe(201);
    expect(
      (await call('POST', `/workflows/${draft.body.data.id}/run`, { body: { user_ids: [someone.id] } }))
        .status,
    ).toBe(409);
    expect((await call('POST', '/workflows', { body: { name: 'Bad', status: 'inactive' } })).status).toBe(
      400,
    );
    expect((await call('DELETE', `/workflows/${draft.body.data.id}`)).status).toBe(204);
    expect((await call('DELETE', `/workflows/${draft.body.data.id}`)).status).toBe(404);
  });

  it('serves events, integrations, and rate limits in the vendor error body', async () => {
    const events = await call('GET', '/events', {
      query: {
        from: '2026-01-01T00:00:00Z',
        to: '2026-12-31T23:59:59Z',
        type: 'user.suspended',
        page: 1,
        per_page: 50,
      },
    });
    expect(events.status).toBe(200);
    expect(events.body.data.length).toBeGreaterThan(0);
    expect((await call('GET', '/events', { query: { from: 'last week' } })).status).toBe(400);

    const integrations = await call('GET', '/integrations');
    expect(integrations.body.data.length).toBeGreaterThanOrEqual(10);

    await simControl(sim, 'POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
    const limited = await call('GET', '/integrations');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('has called every operation of the spec with a success status', () => {
    expect(contract.uncovered()).toEqual([]);
  });
});
