import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { AtlassianState } from '../../../simulators/atlassian/state.js';
import { simControl, startTestSimulator, testCompany } from '../../support/simulators.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- vendor JSON read in assertions */
const token = 'dev-atlassian-token';
let sim: RunningSimulator;
let orgId: string;
let directoryId: string;
let sandbox: { id: string; directoryIds: string[]; counts: { users: number } };

async function api(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
) {
  const res = await fetch(path.startsWith('http') ? path : sim.url + path, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
}

/** Follows `links.next` from the first page; returns every item and each page's meta.total. */
async function walk(path: string) {
  const items: any[] = [];
  const totals: number[] = [];
  let url: string | undefined = path;
  while (url) {
    const page = await api('GET', url);
    expect(page.status).toBe(200);
    items.push(...page.body.data);
    totals.push(page.body.meta.total);
    url = page.body.links.next;
  }
  return { items, totals };
}

const users = () => `/v2/orgs/${orgId}/directories/${directoryId}/users`;
const user = (accountId: string) => `${users()}/${encodeURIComponent(accountId)}`;
const latestEvent = async () => (await api('GET', `/v1/orgs/${orgId}/events`)).body.data[0];
const groupsById = async () =>
  new Map<string, any>((await api('GET', `/v1/orgs/${orgId}/groups`)).body.data.map((g: any) => [g.id, g]));

/** The first directory user (in list order) matching a predicate. */
async function firstUser(predicate: (u: any) => boolean) {
  const page = await api('GET', users());
  const found = page.body.data.find(predicate);
  if (!found) throw new Error('no such user on the first page');
  return found;
}
const activeWithProducts = (u: any) =>
  u.membership_status === 'active' &&
  u.account_status === 'active' &&
  u.product_access.length > 0 &&
  u.name !== 'Jane Smith';

beforeAll(async () => {
  sim = await startTestSimulator('atlassian');
  const info = (await simControl(sim, 'GET', 'info')).body;
  orgId = info.mainOrgId;
  directoryId = info.mainDirectoryId;
  sandbox = info.orgs.find((o: any) => o.id !== orgId);
});
afterAll(() => sim.close());
beforeEach(() => simControl(sim, 'POST', 'reset'));

describe('seeded data', () => {
  it('holds one account per person with an Atlassian account, in the seed state', async () => {
    const people = testCompany().people.filter((p) => p.accounts.atlassian);
    const { items } = await walk(users());
    expect(items).toHaveLength(people.length);
    const byEmail = new Map(items.map((u) => [u.email, u]));
    for (const person of people) {
      const seed = person.accounts.atlassian!;
      const u = byEmail.get(seed.email);
      expect(u, seed.email).toBeDefined();
      expect(u.membership_status).toBe(seed.state === 'active' ? 'active' : 'suspended');
      expect(u.account_status === 'active').toBe(seed.state !== 'deprovisioned');
      expect(u.last_active).toBe(seed.lastActiveAt);
      expect(u.account_id).toMatch(/^([0-9a-f]{24}|712020:[0-9a-f-]{36})$/);
    }
    const jane = byEmail.get('JSmith@Example.com');
    expect(jane.name).toBe('Jane Smith');
    const janeRoles = await api('GET', `${user(jane.account_id)}/role-assignments`);
    expect(janeRoles.body.data[0]).toEqual({
      role: 'org-admin',
      resource: { id: orgId, type: 'organization' },
    });
  });

  it('has a small sandbox organization with its own directory', async () => {
    expect(sandbox.counts.users).toBe(20);
    const count = await api(
      'GET',
      `/v2/orgs/${sandbox.id}/directories/${sandbox.directoryIds[0]}/users/count`,
    );
    expect(count.body.data.count).toBe(20);
    // A directory of one organization is not found under the other.
    expect((await api('GET', `/v2/orgs/${orgId}/directories/${sandbox.directoryIds[0]}/users`)).status).toBe(
      404,
    );
  });

  it('has a policy of every type, verified and pending domains', async () => {
    const policies = (await api('GET', `/v1/orgs/${orgId}/policies`)).body.data;
    expect(new Set(policies.map((p: any) => p.type))).toEqual(
      new Set(['ip-allowlist', 'data-residency', 'authentication', 'external-user', 'user-security']),
    );
    const domains = (await api('GET', `/v1/orgs/${orgId}/domains`)).body.data;
    expect(domains.find((d: any) => d.attributes.name === 'example.com').attributes.claim.status).toBe(
      'verified',
    );
    expect(domains.some((d: any) => d.attributes.claim.status === 'pending')).toBe(true);
  });
});

describe('cursor pagination', () => {
  it('walks the directory: every user once, stable order, totals match the count', async () => {
    const first = await walk(users());
    const second = await walk(users());
    const ids = first.items.map((u) => u.account_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.items.map((u) => u.account_id)).toEqual(ids);
    const count = (await api('GET', `${users()}/count`)).body.data.count;
    expect(ids.length).toBe(count);
    expect(new Set(first.totals)).toEqual(new Set([count]));
    // Pages are 50 long, as Atlassian's managed-accounts API.
    expect((await api('GET', users())).body.data).toHaveLength(50);
  });

  it('links.prev of the second page is the first page, and the first page has none', async () => {
    const page1 = await api('GET', users());
    expect(page1.body.links.prev).toBeUndefined();
    const page2 = await api('GET', page1.body.links.next);
    const back = await api('GET', page2.body.links.prev);
    expect(back.body.data.map((u: any) => u.account_id)).toEqual(
      page1.body.data.map((u: any) => u.account_id),
    );
  });

  it('neither skips nor repeats when a user is removed mid-walk (keyset cursor)', async () => {
    const all = (await walk(`/v1/orgs/${orgId}/users`)).items.map((u) => u.account_id);
    const page1 = await api('GET', `/v1/orgs/${orgId}/users`);
    const removed = page1.body.data[10].account_id; // already served
    expect((await api('DELETE', user(removed))).status).toBe(204);
    const rest = await walk(page1.body.links.next);
    const seen = [...page1.body.data.map((u: any) => u.account_id), ...rest.items.map((u) => u.account_id)];
    expect(seen).toEqual(all);
  });

  it('refuses a garbage cursor and a cursor of another list with 400 in the Atlassian body', async () => {
    const garbage = await api('GET', `${users()}?cursor=%%%`);
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ code: 400, errors: [{ code: 'INVALID_CURSOR' }] });
    const eventsNext = new URL(
      (await api('GET', `/v1/orgs/${orgId}/events`)).body.links.next,
    ).searchParams.get('cursor')!;
    expect((await api('GET', `${users()}?cursor=${eventsNext}`)).status).toBe(400);
  });
});

describe('directories and group memberships (v2)', () => {
  const memberships = (groupId: string, dir = directoryId, org = orgId) =>
    `/v2/orgs/${org}/directories/${dir}/groups/${groupId}/memberships`;

  it("lists each organization's directory with its name", async () => {
    const seeded = new AtlassianState(testCompany());
    for (const org of seeded.orgs) {
      const { items, totals } = await walk(`/v2/orgs/${org.id}/directories`);
      expect(items).toStrictEqual([{ directoryId: org.directory.id, name: org.directory.name }]);
      expect(totals).toStrictEqual([1]);
    }
  });

  it("walks a group's members page by page: the seeded members in join order, each once, total = member_count", async () => {
    const seeded = new AtlassianState(testCompany()).mainOrg;
    const group = seeded.groups.reduce((big, g) => (g.memberCount > big.memberCount ? g : big));
    expect(group.memberCount).toBeGreaterThan(100);
    const expected = seeded.directory.members.filter((m) => m.groups.includes(group));
    const { items, totals } = await walk(memberships(group.id));
    expect(totals.length).toBe(Math.ceil(expected.length / 50));
    expect(totals.every((t) => t === group.memberCount)).toBe(true);
    expect(items.map((m) => m.accountId)).toStrictEqual(expected.map((m) => m.account.accountId));
    expect(items.map((m) => [m.email, m.status])).toStrictEqual(
      expected.map((m) => [m.account.email, m.suspended ? 'suspended' : 'active']),
    );
    expect((await groupsById()).get(group.id).attributes.member_count).toBe(expected.length);
  });

  it('drops a member removed from the directory mid-walk without skipping or repeating the others', async () => {
    const seeded = new AtlassianState(testCompany()).mainOrg;
    const group = seeded.groups.find((g) => g.memberCount > 60)!;
    const first = await api('GET', memberships(group.id));
    const removed = first.body.data[10].accountId;
    expect((await api('DELETE', user(removed))).status).toBe(204);
    const { items, totals } = await walk(first.body.links.next);
    expect(totals.every((t) => t === group.memberCount - 1)).toBe(true);
    const walked = [...first.body.data, ...items]
      .map((m: any) => m.accountId)
      .filter((id: string) => id !== removed);
    const expected = seeded.directory.members
      .filter((m) => m.groups.includes(group))
      .map((m) => m.account.accountId);
    expect(walked).toStrictEqual(expected.filter((id) => id !== removed));
  });

  it('answers 404 in the Atlassian body for an unknown org, directory or group, and a group of another org', async () => {
    const groupId = [...(await groupsById()).keys()][0];
    const sandboxGroups = await api('GET', `/v1/orgs/${sandbox.id}/groups`);
    const cases: [string, string][] = [
      [memberships(groupId, directoryId, 'no-such-org'), 'ORG_NOT_FOUND'],
      [memberships(groupId, 'no-such-directory'), 'DIRECTORY_NOT_FOUND'],
      [memberships(groupId, sandbox.directoryIds[0]), 'DIRECTORY_NOT_FOUND'],
      [memberships('no-such-group'), 'GROUP_NOT_FOUND'],
      [memberships(sandboxGroups.body.data[0].id), 'GROUP_NOT_FOUND'],
      ['/v2/orgs/no-such-org/directories', 'ORG_NOT_FOUND'],
    ];
    for (const [path, code] of cases) {
      const res = await api('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body).toMatchObject({ code: 404, errors: [{ code }] });
    }
  });
});

describe('events feed and filters', () => {
  it('is newest first, and a walk with filters returns only matching events within the bounds', async () => {
    const from = '2026-09-01T00:00:00Z';
    const to = '2026-10-15T00:00:00Z';
    const { items, totals } = await walk(
      `/v1/orgs/${orgId}/events?action=user_logged_in&from=${from}&to=${to}`,
    );
    expect(items.length).toBeGreaterThan(50);
    expect(totals[0]).toBe(items.length);
    expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
    for (const e of items) {
      expect(e.attributes.action).toBe('user_logged_in');
      expect(
        e.attributes.time >= '2026-09-01T00:00:00.000Z' && e.attributes.time <= '2026-10-15T00:00:00.000Z',
      ).toBe(true);
    }
    const times = items.map((e) => e.attributes.time);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('answers 400 for a malformed date, from after to, and an unknown action', async () => {
    for (const query of [
      'from=last-tuesday',
      'to=2026-13-45',
      'from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z',
      'action=user_teleported',
    ]) {
      const res = await api('GET', `/v1/orgs/${orgId}/events?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body).toMatchObject({ code: 400, errors: [{ code: 'INVALID_FILTER' }] });
    }
  });

  it('filters policies by type and refuses an unknown type', async () => {
    const auth = await api('GET', `/v1/orgs/${orgId}/policies?type=authentication`);
    expect(auth.body.data.length).toBeGreaterThanOrEqual(2);
    expect(auth.body.data.every((p: any) => p.type === 'authentication')).toBe(true);
    expect(auth.body.meta.total).toBe(auth.body.data.length);
    expect((await api('GET', `/v1/orgs/${orgId}/policies?type=firewall`)).status).toBe(400);
  });
});

describe('auth, faults and the control API', () => {
  it('answers 401 in the Atlassian body for a missing or wrong bearer token', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer nope' },
      { authorization: `Basic ${token}` },
    ] as Record<string, string>[]) {
      const res = await api('GET', '/v1/orgs', undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 401, errors: [{ code: 'UNAUTHORIZED' }] });
    }
  });

  it('answers 429 with Retry-After when rate limited', async () => {
    await simControl(sim, 'POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
    const limited = await api('GET', '/v1/orgs');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toMatchObject({ code: 429 });
    expect((await api('GET', '/v1/orgs')).status).toBe(200);
  });

  it('counts requests by operationId, and serves the same operations under /admin', async () => {
    await api('GET', '/v1/orgs');
    await api('GET', '/admin/v1/orgs');
    await api('GET', `${users()}/count`);
    const served = (await simControl(sim, 'GET', 'requests')).body;
    expect(served.byOperation).toEqual({ getOrganizations: 2, getDirectoryUserCount: 1 });
  });

  it('reset restores the seeded state', async () => {
    const before = (await simControl(sim, 'GET', 'info')).body;
    const victim = await firstUser(activeWithProducts);
    await api('DELETE', user(victim.account_id));
    await api('POST', `/v2/orgs/${orgId}/users/invite`, { emails: ['someone.new@example.com'] });
    expect((await simControl(sim, 'GET', 'info')).body.orgs).not.toEqual(before.orgs);
    await simControl(sim, 'POST', 'reset');
    const after = (await simControl(sim, 'GET', 'info')).body;
    expect(after.orgs).toEqual(before.orgs);
    expect((await api('GET', user(victim.account_id))).body).toEqual(victim);
  });
});

describe('writes', () => {
  it('suspend and restore change the user, and land in the events feed', async () => {
    const target = await firstUser(activeWithProducts);
    expect((await api('POST', `${user(target.account_id)}/suspend`)).status).toBe(204);
    const suspended = (await api('GET', user(target.account_id))).body;
    expect(suspended.membership_status).toBe('suspended');
    expect(suspended.access_billable).toBe(false);
    let event = await latestEvent();
    expect(event.attributes.action).toBe('user_suspended');
    expect(event.attributes.context).toContainEqual({ key: 'accountId', value: target.account_id });
    expect((await api('GET', `/v1/orgs/${orgId}/events/${event.id}`)).body).toEqual(event);

    const again = await api('POST', `${user(target.account_id)}/suspend`);
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe('USER_ALREADY_SUSPENDED');

    expect((await api('POST', `${user(target.account_id)}/restore`)).status).toBe(204);
    expect((await api('GET', user(target.account_id))).body.membership_status).toBe('active');
    event = await latestEvent();
    expect(event.attributes.action).toBe('user_restored');
  });

  it('refuses to restore a closed account', async () => {
    const { items } = await walk(users());
    const closed = items.find((u) => u.account_status === 'closed');
    const res = await api('POST', `${user(closed.account_id)}/restore`);
    expect(res.status).toBe(409);
    expect(res.body.errors[0].code).toBe('ACCOUNT_CLOSED');
  });

  it('removing a user takes them out of the directory, the count and their groups', async () => {
    const target = await firstUser(activeWithProducts);
    const count = (await api('GET', `${users()}/count`)).body.data.count;
    const groupsBefore = await groupsById();
    expect((await api('DELETE', user(target.account_id))).status).toBe(204);
    expect((await api('GET', user(target.account_id))).status).toBe(404);
    expect((await api('GET', `${users()}/count`)).body.data.count).toBe(count - 1);
    const groupsAfter = await groupsById();
    const productGroup = [...groupsAfter.values()].find(
      (g) => g.attributes.name === `${target.product_access[0].key}-users-example`,
    );
    expect(productGroup.attributes.member_count).toBe(
      groupsBefore.get(productGroup.id).attributes.member_count - 1,
    );
    expect((await latestEvent()).attributes.action).toBe('user_removed_from_directory');
    expect((await api('POST', `${user(target.account_id)}/suspend`)).status).toBe(404);
  });

  it('invites new and existing accounts, with groups and product roles', async () => {
    const groups = await groupsById();
    const group = [...groups.values()].find((g) => g.attributes.name === 'engineering-team');
    const confluence = (
      await api('GET', `${user((await firstUser(activeWithProducts)).account_id)}/role-assignments`)
    ).body.data.find((r: any) => r.resource.type === 'confluence').resource;
    const existing = (await api('GET', `/v2/orgs/${sandbox.id}/directories/${sandbox.directoryIds[0]}/users`))
      .body.data[1];

    const res = await api('POST', `/v2/orgs/${orgId}/users/invite`, {
      emails: ['Pat.Newcomer@example.com', 'not-an-email', 'JSmith@Example.com'],
      groupIds: [group.id],
      roleAssignments: [{ role: 'user', resource: confluence }],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.invited).toEqual([
      { email: 'Pat.Newcomer@example.com', accountId: expect.stringMatching(/^712020:/) },
    ]);
    expect(res.body.data.failed.map((f: any) => f.email)).toEqual(['not-an-email', 'JSmith@Example.com']);
    const invited = (await api('GET', user(res.body.data.invited[0].accountId))).body;
    expect(invited.product_access.map((p: any) => p.key)).toEqual(['confluence']);
    expect((await groupsById()).get(group.id).attributes.member_count).toBe(
      group.attributes.member_count + 1,
    );
    const { items } = await walk(users());
    expect(items[items.length - 1].account_id).toBe(invited.account_id);
    const actions = (await api('GET', `/v1/orgs/${orgId}/events`)).body.data
      .slice(0, 2)
      .map((e: any) => e.attributes.action);
    expect(actions).toEqual(['user_added_to_group', 'user_invited']);

    // An account of the sandbox joins the sandbox's own directory only once: it is already there.
    const sandboxInvite = await api('POST', `/v2/orgs/${sandbox.id}/users/invite`, {
      emails: [existing.email],
    });
    expect(sandboxInvite.body.data.failed).toHaveLength(1);
  });

  it('refuses invites with unknown groups, directories or roles, changing nothing', async () => {
    const count = (await api('GET', `${users()}/count`)).body.data.count;
    const badGroup = await api('POST', `/v2/orgs/${orgId}/users/invite`, {
      emails: ['x1@example.com'],
      groupIds: ['no-group'],
    });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.errors[0].code).toBe('INVALID_GROUP');
    expect(
      (
        await api('POST', `/v2/orgs/${orgId}/users/invite`, {
          emails: ['x1@example.com'],
          directoryId: 'nope',
        })
      ).status,
    ).toBe(404);
    const badRole = await api('POST', `/v2/orgs/${orgId}/users/invite`, {
      emails: ['x1@example.com'],
      roleAssignments: [
        { role: 'user', resource: { id: 'ari:cloud:jira-software::site/unknown', type: 'jira-software' } },
      ],
    });
    expect(badRole.status).toBe(400);
    expect((await api('POST', `/v2/orgs/${orgId}/users/invite`, { emails: 'x1@example.com' })).status).toBe(
      400,
    );
    expect((await api('GET', `${users()}/count`)).body.data.count).toBe(count);
  });

  it('organization roles: assign, revoke, and the invalid cases', async () => {
    const target = await firstUser(activeWithProducts);
    const v1 = `/v1/orgs/${orgId}/users/${encodeURIComponent(target.account_id)}/role-assignments`;
    const orgRole = async () =>
      (await api('GET', `${user(target.account_id)}/role-assignments`)).body.data[0].role;
    expect(await orgRole()).toBe('user');
    expect((await api('POST', `${v1}/assign`, { role: 'org-admin' })).status).toBe(204);
    expect(await orgRole()).toBe('org-admin');
    let event = await latestEvent();
    expect(event.attributes.action).toBe('org_role_assigned');
    expect(event.attributes.context).toContainEqual({ key: 'role', value: 'org-admin' });

    expect((await api('POST', `${v1}/revoke`, { role: 'trusted-user' })).status).toBe(409);
    expect((await api('POST', `${v1}/revoke`, { role: 'user' })).status).toBe(400);
    expect((await api('POST', `${v1}/revoke`, { role: 'org-admin' })).status).toBe(204);
    expect(await orgRole()).toBe('user');
    event = await latestEvent();
    expect(event.attributes.action).toBe('org_role_revoked');

    const bad = await api('POST', `${v1}/assign`, { role: 'owner' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].code).toBe('INVALID_ROLE');
    expect(
      (
        await api(
          'POST',
          `/v1/orgs/unknown-org/users/${encodeURIComponent(target.account_id)}/role-assignments/assign`,
          { role: 'user' },
        )
      ).status,
    ).toBe(404);
  });

  it('product roles: granting adds product access, revoking the last role removes it', async () => {
    const target = await firstUser(
      (u) => activeWithProducts(u) && !u.product_access.some((p: any) => p.key === 'loom'),
    );
    // The loom resource's ARI is found on a user who has it.
    const { items } = await walk(users());
    const loomUser = items.find((u) => u.product_access.some((p: any) => p.key === 'loom'));
    const loom = (await api('GET', `${user(loomUser.account_id)}/role-assignments`)).body.data.find(
      (r: any) => r.resource.type === 'loom',
    ).resource;

    const v1 = `/v1/orgs/${orgId}/users/${encodeURIComponent(target.account_id)}/roles`;
    const granted = await api('POST', `${v1}/assign`, { roles: [{ role: 'user', resource: loom }] });
    expect(granted.status).toBe(200);
    expect((await api('GET', user(target.account_id))).body.product_access.map((p: any) => p.key)).toContain(
      'loom',
    );
    expect((await latestEvent()).attributes.action).toBe('product_role_granted');

    expect((await api('POST', `${v1}/revoke`, { roles: [{ role: 'user', resource: loom }] })).status).toBe(
      200,
    );
    expect(
      (await api('GET', user(target.account_id))).body.product_access.map((p: any) => p.key),
    ).not.toContain('loom');
    expect((await latestEvent()).attributes.action).toBe('product_role_revoked');

    const wrongType = await api('POST', `${v1}/assign`, {
      roles: [{ role: 'user', resource: { id: loom.id, type: 'confluence' } }],
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].code).toBe('INVALID_RESOURCE');
    expect(
      (await api('POST', `${v1}/assign`, { roles: [{ role: 'org-admin', resource: loom }] })).status,
    ).toBe(400);
    expect((await api('POST', `${v1}/assign`, { roles: [] })).status).toBe(200);
  });

  it('policy updates show in later reads and the events feed; invalid values are refused', async () => {
    const policy = (await api('GET', `/v1/orgs/${orgId}/policies?type=ip-allowlist`)).body.data[0];
    const path = `/v1/orgs/${orgId}/policies/${policy.id}`;
    const res = await api('PUT', path, { name: 'Office only', attributes: { ipRanges: ['10.0.0.0/8'] } });
    expect(res.status).toBe(200);
    const read = (await api('GET', path)).body;
    expect(read.name).toBe('Office only');
    expect(read.attributes.ipRanges).toEqual(['10.0.0.0/8']);
    expect(read.attributes.allowAnonymousAccess).toBe(policy.attributes.allowAnonymousAccess);
    const event = await latestEvent();
    expect(event.attributes.action).toBe('policy_updated');
    expect(read.updated).toBe(event.attributes.time);

    const badCidr = await api('PUT', path, { attributes: { ipRanges: ['10.0.0.0/33'] } });
    expect(badCidr.status).toBe(400);
    expect(badCidr.body.errors[0].code).toBe('INVALID_POLICY_ATTRIBUTE');
    expect((await api('PUT', path, {})).status).toBe(400);
    expect((await api('PUT', path, { status: 'off' })).status).toBe(400);
    expect((await api('GET', path)).body.name).toBe('Office only');
  });
});

describe('SCIM on the same port', () => {
  it('a SCIM deactivation suspends the account in the directory; reactivation restores it', async () => {
    const target = await firstUser(activeWithProducts);
    const scimPath = `/scim/directory/${directoryId}/Users`;
    const found = await api(
      'GET',
      `${scimPath}?filter=${encodeURIComponent(`userName eq "${target.email}"`)}`,
    );
    expect(found.body.totalResults).toBe(1);
    const scimId = found.body.Resources[0].id;
    const patch = (active: boolean) =>
      api('PATCH', `${scimPath}/${scimId}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: active }],
      });

    expect((await patch(false)).status).toBe(200);
    expect((await api('GET', user(target.account_id))).body.membership_status).toBe('suspended');
    let event = await latestEvent();
    expect(event.attributes).toMatchObject({
      action: 'user_suspended',
      actor: { type: 'app', name: 'User provisioning (SCIM)' },
    });

    expect((await patch(true)).status).toBe(200);
    expect((await api('GET', user(target.account_id))).body.membership_status).toBe('active');
    event = await latestEvent();
    expect(event.attributes.action).toBe('user_restored');
  });
});
