import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { contractCall, OpenApiContract } from '../../support/openapi-contract.js';
import { simControl, startTestSimulator } from '../../support/simulators.js';

const auth = { authorization: 'Bearer dev-atlassian-token' };
const contract = new OpenApiContract('atlassian-admin.yaml');

let sim: RunningSimulator;
let orgId: string;
let directoryId: string;
const call = (
  method: string,
  path: string,
  options: { query?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
) => contractCall(contract, sim.url, method, path, { headers: auth, ...options });

beforeAll(async () => {
  sim = await startTestSimulator('atlassian');
  const info = (await simControl(sim, 'GET', 'info')).body;
  orgId = info.mainOrgId;
  directoryId = info.mainDirectoryId;
});
afterAll(() => sim.close());
beforeEach(() => simControl(sim, 'POST', 'reset'));

/** A directory user in the given membership state, found by walking the directory. */
async function findUser(state: 'active' | 'suspended') {
  let query: Record<string, string> | undefined;
  for (;;) {
    const page = await call('GET', `/v2/orgs/${orgId}/directories/${directoryId}/users`, { query });
    const user = page.body.data.find(
      (u: { membership_status: string; account_status: string; product_access: unknown[] }) =>
        u.membership_status === state &&
        u.account_status === 'active' &&
        (state === 'suspended' || u.product_access.length > 0),
    );
    if (user) return user;
    if (!page.body.links.next) throw new Error(`no ${state} user`);
    query = { cursor: new URL(page.body.links.next).searchParams.get('cursor')! };
  }
}

describe('Atlassian Admin API contract (specs/atlassian-admin.yaml)', () => {
  it('organizations, domains and groups', async () => {
    const orgs = await call('GET', '/v1/orgs');
    expect(orgs.body.data.map((o: { id: string }) => o.id)).toContain(orgId);
    expect((await call('GET', `/v1/orgs/${orgId}`)).body.id).toBe(orgId);
    expect((await call('GET', '/v1/orgs/no-such-org')).status).toBe(404);

    const domains = await call('GET', `/v1/orgs/${orgId}/domains`);
    const domain = domains.body.data[0];
    expect((await call('GET', `/v1/orgs/${orgId}/domains/${domain.id}`)).body.attributes.name).toBe(
      domain.attributes.name,
    );
    expect((await call('GET', `/v1/orgs/${orgId}/domains/nope`)).status).toBe(404);

    const groups = await call('GET', `/v1/orgs/${orgId}/groups`);
    expect(groups.body.data.length).toBeGreaterThan(0);
  });

  it('users: managed accounts, directory list, count, get and role assignments', async () => {
    const managed = await call('GET', `/v1/orgs/${orgId}/users`);
    expect(managed.body.data).toHaveLength(50);
    const next = new URL(managed.body.links.next);
    expect(
      (await call('GET', `/v1/orgs/${orgId}/users`, { query: { cursor: next.searchParams.get('cursor')! } }))
        .status,
    ).toBe(200);
    expect(
      (await call('GET', `/v1/orgs/${orgId}/users`, { query: { cursor: 'not-a-cursor!' } })).status,
    ).toBe(400);

    const list = await call('GET', `/v2/orgs/${orgId}/directories/${directoryId}/users`);
    const count = await call('GET', `/v2/orgs/${orgId}/directories/${directoryId}/users/count`);
    expect(count.body.data.count).toBe(list.body.meta.total);
    const accountId = list.body.data[0].account_id;
    expect(
      (
        await call(
          'GET',
          `/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(accountId)}`,
        )
      ).body.account_id,
    ).toBe(accountId);
    expect((await call('GET', `/v2/orgs/${orgId}/directories/${directoryId}/users/unknown`)).status).toBe(
      404,
    );
    expect((await call('GET', `/v2/orgs/${orgId}/directories/unknown/users`)).status).toBe(404);

    const roles = await call(
      'GET',
      `/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(accountId)}/role-assignments`,
    );
    expect(roles.body.data[0].resource).toEqual({ id: orgId, type: 'organization' });
  });

  it('suspend, restore and remove from the directory', async () => {
    const user = await findUser('active');
    const path = `/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(user.account_id)}`;
    expect((await call('POST', `${path}/suspend`)).status).toBe(204);
    expect((await call('POST', `${path}/suspend`)).status).toBe(409);
    expect((await call('POST', `${path}/restore`)).status).toBe(204);
    expect((await call('POST', `${path}/restore`)).status).toBe(409);
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('invite users', async () => {
    const groups = await call('GET', `/v1/orgs/${orgId}/groups`);
    const orgs = await call('GET', `/v1/orgs/${orgId}/users`);
    const invite = await call('POST', `/v2/orgs/${orgId}/users/invite`, {
      body: {
        emails: ['new.hire@example.com', orgs.body.data[0].email],
        directoryId,
        groupIds: [groups.body.data[0].id],
      },
    });
    expect(invite.status).toBe(200);
    expect(invite.body.data.invited).toHaveLength(1);
    expect(invite.body.data.failed).toHaveLength(1);
    expect((await call('POST', `/v2/orgs/${orgId}/users/invite`, { body: { emails: [] } })).status).toBe(400);
    expect(
      (await call('POST', `/v2/orgs/no-such-org/users/invite`, { body: { emails: ['a@example.com'] } }))
        .status,
    ).toBe(404);
  });

  it('product and organization roles', async () => {
    const user = await findUser('active');
    const roles = await call(
      'GET',
      `/v2/orgs/${orgId}/directories/${directoryId}/users/${encodeURIComponent(user.account_id)}/role-assignments`,
    );
    const product = roles.body.data.find(
      (r: { resource: { type: string } }) => r.resource.type !== 'organization',
    ).resource;
    const v1 = `/v1/orgs/${orgId}/users/${encodeURIComponent(user.account_id)}`;

    const granted = await call('POST', `${v1}/roles/assign`, {
      body: { roles: [{ role: 'product-admin', resource: product }] },
    });
    expect(granted.body.data).toContainEqual({ role: 'product-admin', resource: product });
    const revoked = await call('POST', `${v1}/roles/revoke`, {
      body: { roles: [{ role: 'product-admin', resource: product }] },
    });
    expect(revoked.body.data).not.toContainEqual({ role: 'product-admin', resource: product });
    expect(
      (
        await call('POST', `${v1}/roles/revoke`, {
          body: { roles: [{ role: 'product-admin', resource: product }] },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('POST', `${v1}/roles/assign`, {
          body: { roles: [{ role: 'site-god', resource: product }] },
        })
      ).status,
    ).toBe(400);

    expect(
      (await call('POST', `${v1}/role-assignments/assign`, { body: { role: 'trusted-user' } })).status,
    ).toBe(204);
    expect(
      (await call('POST', `${v1}/role-assignments/revoke`, { body: { role: 'trusted-user' } })).status,
    ).toBe(204);
    expect(
      (await call('POST', `${v1}/role-assignments/revoke`, { body: { role: 'trusted-user' } })).status,
    ).toBe(409);
    expect(
      (await call('POST', `${v1}/role-assignments/assign`, { body: { role: 'super-admin' } })).status,
    ).toBe(400);
    expect(
      (
        await call('POST', `/v1/orgs/${orgId}/users/unknown/role-assignments/assign`, {
          body: { role: 'user' },
        })
      ).status,
    ).toBe(404);
  });

  it('policies: list, filter, get and update', async () => {
    const all = await call('GET', `/v1/orgs/${orgId}/policies`);
    const ipPolicies = await call('GET', `/v1/orgs/${orgId}/policies`, { query: { type: 'ip-allowlist' } });
    expect(ipPolicies.body.data.length).toBeGreaterThan(0);
    const policy = all.body.data[0];
    expect((await call('GET', `/v1/orgs/${orgId}/policies/${policy.id}`)).body.id).toBe(policy.id);
    const updated = await call('PUT', `/v1/orgs/${orgId}/policies/${policy.id}`, {
      body: { status: 'disabled', attributes: { sessionTimeoutMinutes: 60 } },
    });
    expect(updated.body.status).toBe('disabled');
    expect(
      (await call('PUT', `/v1/orgs/${orgId}/policies/${policy.id}`, { body: { status: 'paused' } })).status,
    ).toBe(400);
    expect((await call('GET', `/v1/orgs/${orgId}/policies/none`)).status).toBe(404);
  });

  it('events: list with filters and get', async () => {
    const events = await call('GET', `/v1/orgs/${orgId}/events`, {
      query: { action: 'user_logged_in', from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
    });
    expect(events.body.data.length).toBeGreaterThan(0);
    const event = events.body.data[0];
    expect((await call('GET', `/v1/orgs/${orgId}/events/${event.id}`)).body.id).toBe(event.id);
    expect((await call('GET', `/v1/orgs/${orgId}/events`, { query: { from: 'yesterday' } })).status).toBe(
      400,
    );
    expect((await call('GET', `/v1/orgs/${orgId}/events/nope`)).status).toBe(404);
  });

  it('directories and group memberships (v2, beyond the seed)', async () => {
    const directories = await call('GET', `/v2/orgs/${orgId}/directories`);
    expect(directories.body.data.map((d: { directoryId: string }) => d.directoryId)).toEqual([directoryId]);
    expect((await call('GET', '/v2/orgs/no-such-org/directories')).status).toBe(404);

    const groups = await call('GET', `/v1/orgs/${orgId}/groups`);
    const group = groups.body.data.find(
      (g: { attributes: { member_count: number } }) => g.attributes.member_count > 50,
    );
    const path = `/v2/orgs/${orgId}/directories/${directoryId}/groups/${group.id}/memberships`;
    const members = await call('GET', path);
    expect(members.body.data).toHaveLength(50);
    expect(members.body.meta.total).toBe(group.attributes.member_count);
    const cursor = new URL(members.body.links.next).searchParams.get('cursor')!;
    expect((await call('GET', path, { query: { cursor } })).status).toBe(200);
    expect((await call('GET', path, { query: { cursor: 'not-a-cursor!' } })).status).toBe(400);
    expect(
      (await call('GET', `/v2/orgs/${orgId}/directories/${directoryId}/groups/nope/memberships`)).status,
    ).toBe(404);
  });

  it('answers 401 in the Atlassian error body without a valid bearer token', async () => {
    const res = await call('GET', '/v1/orgs', { headers: { authorization: 'Bearer wrong' } });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 401, errors: [{ code: 'UNAUTHORIZED' }] });
  });

  it('covers every operation of the spec', () => {
    expect(contract.uncovered()).toEqual([]);
  });
});
