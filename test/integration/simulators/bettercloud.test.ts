import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BetterCloudState } from '../../../simulators/bettercloud/state.js';
import { createBetterCloudSimulator } from '../../../simulators/bettercloud/index.js';
import { startSimulator, type RunningSimulator } from '../../../simulators/core/server.js';
import { simControl, startTestSimulator, testCompany } from '../../support/simulators.js';

interface User {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  status: string;
  department: string | null;
  title: string | null;
  location: string | null;
  manager_email: string | null;
  created_at: string;
}
interface Group {
  id: string;
  name: string;
  email: string | null;
  member_count: number;
}
interface Member {
  user_id: string;
  role: string;
}
interface Event {
  id: string;
  type: string;
  target_email: string | null;
  occurred_at: string;
}

const KEY = 'dev-bettercloud-key';
const errorShape = {
  code: expect.any(String),
  id: expect.stringMatching(/^err-\d+$/),
  href: expect.stringMatching(/^https:\/\/developer\.bettercloud\.com\/errors\//),
  reason: expect.any(String),
};

describe('BetterCloud simulator', () => {
  let sim: RunningSimulator;
  const company = testCompany();

  async function api(method: string, path: string, options: { body?: unknown; key?: string | null } = {}) {
    const headers: Record<string, string> = {};
    if (options.key !== null) headers['x-api-key'] = options.key ?? KEY;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${sim.url}/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** Walks a list with the vendor's page/per_page until a short page, returning every item in order. */
  async function walk<T>(path: string, perPage: number): Promise<{ items: T[]; totals: number[] }> {
    const items: T[] = [];
    const totals: number[] = [];
    for (let page = 1; ; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const res = await api('GET', `${path}${sep}page=${page}&per_page=${perPage}`);
      expect(res.status).toBe(200);
      expect(res.body.meta).toMatchObject({ page, per_page: perPage });
      items.push(...res.body.data);
      totals.push(res.body.meta.total);
      if (res.body.data.length < perPage) return { items, totals };
    }
  }

  const userByEmail = async (email: string): Promise<User> =>
    (await api('GET', `/users?email=${encodeURIComponent(email)}`)).body.data[0];
  const firstActiveUsers = async (count: number): Promise<User[]> =>
    (await api('GET', `/users?status=active&per_page=${count + 1}`)).body.data
      .filter((u: User) => u.email !== 'jsmith@example.com')
      .slice(0, count);
  const newestEvents = async (query = ''): Promise<Event[]> =>
    (await api('GET', `/events?per_page=100${query}`)).body.data;

  beforeAll(async () => {
    sim = await startTestSimulator('bettercloud');
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(async () => {
    await simControl(sim, 'POST', 'reset');
  });

  describe('seeded data', () => {
    it('has one user per BetterCloud account of the company, with status, email and profile from the person', async () => {
      const { items } = await walk<User>('/users', 100);
      const withAccount = company.people.filter((p) => p.accounts.bettercloud);
      expect(items).toHaveLength(withAccount.length);
      const byEmail = new Map(items.map((u) => [u.email, u]));
      for (const person of withAccount) {
        const account = person.accounts.bettercloud!;
        const user = byEmail.get(account.email);
        expect(user, account.email).toBeDefined();
        expect(user).toMatchObject({
          status: account.state,
          first_name: person.firstName,
          last_name: person.lastName,
          department: person.department,
          title: person.title,
          location: person.location,
          created_at: account.createdAt,
        });
      }
      const jane = byEmail.get('jsmith@example.com')!;
      expect(jane).toMatchObject({
        first_name: 'Jane',
        last_name: 'Smith',
        status: 'active',
        manager_email: null,
      });
    });

    it('gives every department a group with an owner, and keeps deprovisioned users out of groups', async () => {
      const groups = (await api('GET', '/groups?per_page=100')).body.data as Group[];
      const departments = new Set(
        company.people.filter((p) => p.accounts.bettercloud).map((p) => p.department),
      );
      for (const department of departments) expect(groups.map((g) => g.name)).toContain(department);
      expect(groups.length - departments.size).toBeGreaterThanOrEqual(20);

      const deprovisioned = new Set(
        (await walk<User>('/users?status=deprovisioned', 100)).items.map((u) => u.id),
      );
      expect(deprovisioned.size).toBeGreaterThan(0);
      for (const group of groups.slice(0, 15)) {
        const members = (await api('GET', `/groups/${group.id}/members`)).body.data as Member[];
        expect(members).toHaveLength(group.member_count);
        expect(members.filter((m) => m.role === 'owner')).toHaveLength(1);
        expect(members.some((m) => deprovisioned.has(m.user_id))).toBe(false);
      }
    });

    it('is deterministic: the same company builds the same state', () => {
      const a = new BetterCloudState(company);
      const b = new BetterCloudState(company);
      expect(b.users).toEqual(a.users);
      expect(b.groups).toEqual(a.groups);
      expect(b.events.map((e) => e.event)).toEqual(a.events.map((e) => e.event));
    });

    it('reports counts and top-level IDs in /__sim/info that agree with the API', async () => {
      const info = (await simControl(sim, 'GET', 'info')).body;
      const users = (await api('GET', '/users?per_page=1')).body.meta.total;
      const suspended = (await api('GET', '/users?status=suspended&per_page=1')).body.meta.total;
      expect(info.counts.users).toBe(users);
      expect(info.counts.usersByStatus.suspended).toBe(suspended);
      expect(info.counts.events).toBe((await api('GET', '/events?per_page=1')).body.meta.total);
      expect(info.integrationIds).toEqual(
        (await api('GET', '/integrations')).body.data.map((i: { id: string }) => i.id),
      );
      expect(info.workflowIds).toHaveLength(info.counts.workflows);
      expect(info.groupIds).toHaveLength(info.counts.groups);
    });
  });

  describe('pagination', () => {
    it('walks users with page/per_page: every user exactly once, stable order, constant total', async () => {
      const first = await walk<User>('/users', 100);
      const ids = first.items.map((u) => u.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(first.totals)).toEqual(new Set([ids.length]));
      const again = await walk<User>('/users', 37);
      expect(again.items.map((u) => u.id)).toEqual(ids);
    });

    it('defaults to 25 per page, answers an empty page past the end, and rejects per_page above 100', async () => {
      const page = await api('GET', '/users');
      expect(page.body.data).toHaveLength(25);
      expect(page.body.meta).toEqual({ page: 1, per_page: 25, total: expect.any(Number) });
      const past = await api('GET', `/users?page=${Math.ceil(page.body.meta.total / 25) + 1}`);
      expect(past.body.data).toEqual([]);
      const tooMany = await api('GET', '/users?per_page=101');
      expect(tooMany.status).toBe(400);
      expect(tooMany.body).toEqual({ ...errorShape, code: 'INVALID_PARAMETER' });
      expect((await api('GET', '/users?page=0')).status).toBe(400);
    });

    it('walks the event feed newest first without gaps', async () => {
      const { items, totals } = await walk<Event>('/events', 100);
      expect(items).toHaveLength(totals[0]);
      expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
      for (let i = 1; i < items.length; i++)
        expect(items[i - 1].occurred_at >= items[i].occurred_at).toBe(true);
    });
  });

  describe('filters', () => {
    it('matches email case-insensitively and answers it as stored', async () => {
      const mixedCase = company.people.find(
        (p) => p.accounts.bettercloud && p.accounts.bettercloud.email !== p.email,
      )!;
      expect(mixedCase).toBeDefined();
      for (const asked of [mixedCase.email, mixedCase.email.toUpperCase()]) {
        const found = await api('GET', `/users?email=${encodeURIComponent(asked)}`);
        expect(
          found.body.data.map((u: User) => u.email),
          asked,
        ).toEqual([mixedCase.accounts.bettercloud!.email]);
        expect(found.body.meta.total).toBe(1);
      }
      expect((await api('GET', '/users?email=nobody@example.com')).body).toEqual({
        data: [],
        meta: { page: 1, per_page: 25, total: 0 },
      });
    });

    it('filters users by status, the three statuses adding up to all users', async () => {
      const all = (await api('GET', '/users?per_page=1')).body.meta.total;
      let sum = 0;
      for (const status of ['active', 'suspended', 'deprovisioned']) {
        const { items, totals } = await walk<User>(`/users?status=${status}`, 100);
        expect(items.every((u) => u.status === status)).toBe(true);
        expect(items).toHaveLength(totals[0]);
        sum += items.length;
      }
      expect(sum).toBe(all);
    });

    it('filters events by type, user and time window', async () => {
      const suspensions = await newestEvents('&type=user.suspended');
      expect(suspensions.length).toBeGreaterThan(0);
      expect(suspensions.every((e) => e.type === 'user.suspended')).toBe(true);

      const jane = await userByEmail('jsmith@example.com');
      const aboutJane = await newestEvents(`&user_id=${jane.id}`);
      expect(aboutJane.length).toBeGreaterThan(0);
      expect(aboutJane.every((e) => e.target_email === 'jsmith@example.com')).toBe(true);

      const from = '2026-10-01T00:00:00Z';
      const to = '2026-10-15T00:00:00Z';
      const { items } = await walk<Event>(`/events?from=${from}&to=${to}`, 100);
      expect(items.length).toBeGreaterThan(0);
      expect(
        items.every(
          (e) => e.occurred_at >= '2026-10-01T00:00:00.000Z' && e.occurred_at <= '2026-10-15T00:00:00.000Z',
        ),
      ).toBe(true);
    });

    it('answers malformed filters 400 in BetterCloud’s error body', async () => {
      for (const query of [
        '/users?email=not-an-email',
        '/users?status=ACTIVE',
        '/events?from=yesterday',
        '/events?from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z',
        '/workflows?status=on',
        '/events?per_page=ten',
      ]) {
        const res = await api('GET', query);
        expect(res.status, query).toBe(400);
        expect(res.body, query).toEqual({ ...errorShape, code: 'INVALID_PARAMETER' });
      }
    });
  });

  describe('auth and faults', () => {
    it('answers 401 without or with a wrong X-API-Key', async () => {
      const missing = await api('GET', '/users', { key: null });
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({
        ...errorShape,
        code: 'UNAUTHORIZED',
        reason: 'Missing X-API-Key header',
      });
      const wrong = await api('POST', '/groups', { key: 'stolen', body: { name: 'x' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('UNAUTHORIZED');
      expect((await api('GET', '/groups?per_page=100')).body.meta.total).toBe(
        (await simControl(sim, 'GET', 'info')).body.counts.groups,
      );
    });

    it('takes its key from BETTERCLOUD_SIM_API_KEY when set', async () => {
      const previous = process.env.BETTERCLOUD_SIM_API_KEY;
      process.env.BETTERCLOUD_SIM_API_KEY = 'rotated-key';
      const custom = await startSimulator(createBetterCloudSimulator(company), { port: 0, faults: {} });
      try {
        const get = (key: string) =>
          fetch(`${custom.url}/v1/integrations`, { headers: { 'x-api-key': key } });
        expect((await get('rotated-key')).status).toBe(200);
        expect((await get(KEY)).status).toBe(401);
      } finally {
        if (previous === undefined) delete process.env.BETTERCLOUD_SIM_API_KEY;
        else process.env.BETTERCLOUD_SIM_API_KEY = previous;
        await custom.close();
      }
    });

    it('answers 429 with Retry-After when rate limited, then serves again', async () => {
      await simControl(sim, 'POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
      const limited = await api('GET', '/users');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      expect(limited.body).toEqual({ ...errorShape, code: 'RATE_LIMIT_EXCEEDED' });
      expect((await api('GET', '/users')).status).toBe(200);
    });

    it('counts requests by operationId and clears the count on reset', async () => {
      const jane = await userByEmail('jsmith@example.com');
      await api('GET', '/users?status=active');
      await api('GET', `/users/${jane.id}`);
      await api('GET', '/users/user-00000000');
      const counted = (await simControl(sim, 'GET', 'requests')).body;
      expect(counted.byOperation).toEqual({ listUsers: 2, getUser: 2 });
      await simControl(sim, 'POST', 'reset');
      expect((await simControl(sim, 'GET', 'requests')).body.total).toBe(0);
    });
  });

  describe('user writes', () => {
    it('suspends an active user: later reads and the event feed show it; suspending again is 409', async () => {
      const [user] = await firstActiveUsers(1);
      const res = await api('POST', `/users/${user.id}/suspend`);
      expect(res.body.data.status).toBe('suspended');
      expect((await api('GET', `/users/${user.id}`)).body.data.status).toBe('suspended');
      expect((await api('GET', `/users?email=${user.email}&status=suspended`)).body.meta.total).toBe(1);
      const [newest] = await newestEvents();
      expect(newest).toMatchObject({ type: 'user.suspended', target_email: user.email });
      const again = await api('POST', `/users/${user.id}/suspend`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('USER_ALREADY_SUSPENDED');
    });

    it('deprovisions a user: removes their group memberships, records events; a second deprovision is 409', async () => {
      const jane = await userByEmail('jsmith@example.com');
      const groups = (await api('GET', '/groups?per_page=100')).body.data as Group[];
      const itGroup = groups.find((g) => g.name === 'IT')!;
      const before = (await api('GET', `/groups/${itGroup.id}/members`)).body.data as Member[];
      expect(before.map((m) => m.user_id)).toContain(jane.id);

      expect((await api('POST', `/users/${jane.id}/deprovision`)).body.data.status).toBe('deprovisioned');
      const after = (await api('GET', `/groups/${itGroup.id}/members`)).body.data as Member[];
      expect(after.map((m) => m.user_id)).not.toContain(jane.id);
      expect((await api('GET', `/groups/${itGroup.id}`)).body.data.member_count).toBe(before.length - 1);

      const events = await newestEvents(`&user_id=${jane.id}`);
      expect(events[0].type).toBe('user.deprovisioned');
      expect(events.filter((e) => e.type === 'group.member_removed').length).toBeGreaterThanOrEqual(1);

      const again = await api('POST', `/users/${jane.id}/deprovision`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('USER_ALREADY_DEPROVISIONED');
      expect((await api('POST', `/users/${jane.id}/suspend`)).status).toBe(409);
    });

    it('updates attributes, seen by later reads and in the feed; rejects bad bodies and unknown users', async () => {
      const [user] = await firstActiveUsers(1);
      const res = await api('PATCH', `/users/${user.id}`, {
        body: { department: 'Product', title: 'Product Manager' },
      });
      expect(res.status).toBe(200);
      expect((await api('GET', `/users/${user.id}`)).body.data).toMatchObject({
        department: 'Product',
        title: 'Product Manager',
        email: user.email,
      });
      expect((await newestEvents())[0]).toMatchObject({ type: 'user.updated', target_email: user.email });

      expect((await api('PATCH', `/users/${user.id}`, { body: { status: 'suspended' } })).status).toBe(400);
      expect((await api('PATCH', `/users/${user.id}`, { body: { title: 42 } })).status).toBe(400);
      expect((await api('PATCH', `/users/${user.id}`, { body: {} })).status).toBe(400);
      const missing = await api('PATCH', '/users/user-00000000', { body: { title: 'x' } });
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ ...errorShape, code: 'RESOURCE_NOT_FOUND' });
      const notJson = await fetch(`${sim.url}/v1/users/${user.id}`, {
        method: 'PATCH',
        headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
        body: '{title:',
      });
      expect(notJson.status).toBe(400);
      expect(await notJson.json()).toEqual({ ...errorShape, code: 'INVALID_REQUEST' });
    });
  });

  describe('group writes', () => {
    it('creates a group, adds members with roles, deletes it, each seen by later reads and in the feed', async () => {
      const total = (await api('GET', '/groups?per_page=1')).body.meta.total;
      const created = await api('POST', '/groups', {
        body: { name: 'Launch Crew', email: 'launch-crew@example.com' },
      });
      expect(created.status).toBe(201);
      const group = created.body.data as Group;
      const lastPage = await api('GET', `/groups?per_page=100`);
      expect(lastPage.body.meta.total).toBe(total + 1);
      expect(lastPage.body.data.at(-1).id).toBe(group.id);
      expect((await newestEvents())[0]).toMatchObject({
        type: 'group.created',
        target_email: 'launch-crew@example.com',
      });

      const [a, b] = await firstActiveUsers(2);
      expect(
        (await api('POST', `/groups/${group.id}/members`, { body: { user_id: a.id, role: 'owner' } })).status,
      ).toBe(201);
      expect(
        (await api('POST', `/groups/${group.id}/members`, { body: { user_id: b.id } })).body.data.role,
      ).toBe('member');
      expect(
        (await api('GET', `/groups/${group.id}/members`)).body.data.map((m: Member) => [m.user_id, m.role]),
      ).toEqual([
        [a.id, 'owner'],
        [b.id, 'member'],
      ]);
      expect((await api('GET', `/groups/${group.id}`)).body.data.member_count).toBe(2);
      expect((await newestEvents(`&type=group.member_added&user_id=${b.id}`))[0].target_email).toBe(b.email);

      expect((await api('DELETE', `/groups/${group.id}`)).status).toBe(204);
      expect((await api('GET', `/groups/${group.id}`)).status).toBe(404);
      expect((await api('GET', '/groups?per_page=1')).body.meta.total).toBe(total);
      expect((await newestEvents())[0].type).toBe('group.deleted');
    });

    it('rejects invalid group writes with the vendor’s 4xx', async () => {
      const group = (await api('GET', '/groups?per_page=1')).body.data[0] as Group;
      const [user] = await firstActiveUsers(1);
      const deprovisioned = (await api('GET', '/users?status=deprovisioned&per_page=1')).body.data[0] as User;
      const member = ((await api('GET', `/groups/${group.id}/members`)).body.data as Member[])[0];
      const cases: [string, string, unknown, number, string][] = [
        ['POST', '/groups', { description: 'no name' }, 400, 'INVALID_REQUEST'],
        ['POST', '/groups', { name: 'x', email: 'not-an-email' }, 400, 'INVALID_REQUEST'],
        ['POST', '/groups', { name: 'Copy', email: group.email!.toUpperCase() }, 409, 'CONFLICT'],
        ['POST', `/groups/${group.id}/members`, { user_id: user.id, role: 'admin' }, 400, 'INVALID_REQUEST'],
        ['POST', `/groups/${group.id}/members`, { role: 'member' }, 400, 'INVALID_REQUEST'],
        ['POST', `/groups/${group.id}/members`, { user_id: 'user-00000000' }, 422, 'VALIDATION_FAILED'],
        ['POST', `/groups/${group.id}/members`, { user_id: deprovisioned.id }, 422, 'VALIDATION_FAILED'],
        ['POST', `/groups/${group.id}/members`, { user_id: member.user_id }, 409, 'ALREADY_A_MEMBER'],
        ['POST', '/groups/group-zzzzzz/members', { user_id: user.id }, 404, 'RESOURCE_NOT_FOUND'],
        ['DELETE', '/groups/group-zzzzzz', undefined, 404, 'RESOURCE_NOT_FOUND'],
      ];
      for (const [method, path, body, status, code] of cases) {
        const res = await api(method, path, { body });
        expect([res.status, res.body.code], `${method} ${path} ${JSON.stringify(body)}`).toEqual([
          status,
          code,
        ]);
      }
      expect((await api('GET', `/groups/${group.id}`)).body.data.member_count).toBe(group.member_count);
    });
  });

  describe('workflow writes', () => {
    it('creates a draft workflow that cannot run until active; runs an active one for users, recorded in the feed', async () => {
      const total = (await api('GET', '/workflows')).body.meta.total;
      const draft = (await api('POST', '/workflows', { body: { name: 'Laptop Return' } })).body.data;
      expect(draft).toMatchObject({
        status: 'draft',
        trigger_type: 'manual',
        action_count: 0,
        updated_at: null,
      });
      expect((await api('GET', '/workflows')).body.meta.total).toBe(total + 1);
      expect(
        (await api('GET', '/workflows?status=draft&per_page=100')).body.data.map((w: { id: string }) => w.id),
      ).toContain(draft.id);
      expect((await newestEvents())[0].type).toBe('workflow.created');

      const [a, b] = await firstActiveUsers(2);
      const notActive = await api('POST', `/workflows/${draft.id}/run`, { body: { user_ids: [a.id] } });
      expect([notActive.status, notActive.body.code]).toEqual([409, 'WORKFLOW_NOT_ACTIVE']);

      const offboarding = (
        (await api('GET', '/workflows?status=active&per_page=100')).body.data as {
          id: string;
          name: string;
        }[]
      ).find((w) => w.name === 'Employee Offboarding')!;
      const runsBefore = (await simControl(sim, 'GET', 'info')).body.counts.workflowRuns;
      const run = await api('POST', `/workflows/${offboarding.id}/run`, {
        body: { user_ids: [a.id, b.id, a.id] },
      });
      expect(run.status).toBe(202);
      expect(run.body.data).toMatchObject({
        workflow_id: offboarding.id,
        status: 'running',
        execution_id: expect.stringMatching(/^exec-\d{6}$/),
      });
      expect((await simControl(sim, 'GET', 'info')).body.counts.workflowRuns).toBe(runsBefore + 1);
      const runEvents = (await newestEvents('&type=workflow.run')).slice(0, 2);
      expect(runEvents.map((e) => e.target_email).sort()).toEqual([a.email, b.email].sort());
      expect((await newestEvents(`&type=workflow.run&user_id=${b.id}`))[0].occurred_at).toBe(
        run.body.data.started_at,
      );
    });

    it('rejects invalid workflow writes and deletes workflows', async () => {
      const [user] = await firstActiveUsers(1);
      const workflow = (await api('GET', '/workflows?status=active')).body.data[0];
      const cases: [string, string, unknown, number][] = [
        ['POST', '/workflows', { description: 'no name' }, 400],
        ['POST', '/workflows', { name: 'x', trigger_type: 'webhook' }, 400],
        ['POST', '/workflows', { name: 'x', status: 'inactive' }, 400],
        ['POST', `/workflows/${workflow.id}/run`, {}, 400],
        ['POST', `/workflows/${workflow.id}/run`, { user_ids: 'all' }, 400],
        ['POST', `/workflows/${workflow.id}/run`, { user_ids: [user.id, 'user-00000000'] }, 422],
        ['POST', '/workflows/wf-999999/run', { user_ids: [user.id] }, 404],
      ];
      for (const [method, path, body, status] of cases)
        expect((await api(method, path, { body })).status, `${path} ${JSON.stringify(body)}`).toBe(status);

      expect((await api('DELETE', `/workflows/${workflow.id}`)).status).toBe(204);
      expect((await api('GET', `/workflows/${workflow.id}`)).status).toBe(404);
      expect((await newestEvents())[0].type).toBe('workflow.deleted');
    });
  });

  it('POST /__sim/reset restores the seeded state', async () => {
    const before = (await simControl(sim, 'GET', 'info')).body;
    const jane = await userByEmail('jsmith@example.com');
    await api('POST', `/users/${jane.id}/suspend`);
    await api('POST', '/groups', { body: { name: 'Temporary' } });
    await api('DELETE', `/workflows/${before.workflowIds[0]}`);
    expect((await simControl(sim, 'GET', 'info')).body.counts).not.toEqual(before.counts);

    await simControl(sim, 'POST', 'reset');
    const after = (await simControl(sim, 'GET', 'info')).body;
    expect(after.counts).toEqual(before.counts);
    expect(after.groupIds).toEqual(before.groupIds);
    expect((await api('GET', `/users/${jane.id}`)).body.data.status).toBe('active');
  });
});
