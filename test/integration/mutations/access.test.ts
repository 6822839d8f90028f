import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * Access mutations (roles, group membership, groups, invitations, policies, user attributes) through
 * HTTP against the simulators. Vendor state is checked by reading each simulator's own API with the
 * vendor's auth header, never through the graph. Every test starts from freshly seeded simulators.
 */

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let gw: TestGateway;
let dir: string;
let bettercloud: RunningSimulator;
let atlassian: RunningSimulator;
let snow: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-access-'));
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson') } });
  ({ bettercloud, atlassian, snow } = gw.fleet.running as Required<typeof gw.fleet.running>);
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Re-seeds every simulator, then makes the gateway forget what it read (cache and identity index). */
beforeEach(() => gw.reseed());

const company = testCompany();
const activeEverywhere = company.people.filter(
  (p) =>
    !p.jumpcloudAdmin &&
    (['bettercloud', 'atlassian', 'scim', 'snow'] as const).every((v) => p.accounts[v]?.state === 'active'),
);
const person = (n: number) => activeEverywhere[n].email;
const onlySnow = company.people.find(
  (p) => Object.keys(p.accounts).length === 1 && p.accounts.snow && !p.jumpcloudAdmin,
)!;

const RESULT = `results { vendor api externalId status message code retryable httpStatus call { operationId method path body } }
  plannedCalls { vendor api operationId method path body description }
  userErrors { field message code }`;
const USER = `user { email accounts { vendor externalId status
  ... on BetterCloudAccount { title department }
  ... on SnowAccount { isInReview isOnline isQualified } } roleAssignments { vendor role resource } }`;
const GROUP = `group { id externalId name email memberCount members(first: 100) { totalCount edges { node { role user { email } } } } }`;
const op = (name: string, input: string, fields: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} ${RESULT} } }`;
const M = {
  assignOrg: op('assignOrganizationRole', 'AssignOrganizationRoleInput', USER),
  revokeOrg: op('revokeOrganizationRole', 'RevokeOrganizationRoleInput', USER),
  grant: op('grantProductRole', 'GrantProductRoleInput', USER),
  revoke: op('revokeProductRole', 'RevokeProductRoleInput', USER),
  addMember: op('addGroupMember', 'AddGroupMemberInput', `${GROUP} user { email }`),
  removeMember: op('removeGroupMember', 'RemoveGroupMemberInput', `${GROUP} user { email }`),
  createGroup: op('createGroup', 'CreateGroupInput', GROUP),
  deleteGroup: op('deleteGroup', 'DeleteGroupInput', `deletedGroupId ${GROUP}`),
  invite: op('inviteUsers', 'InviteUsersInput', `users { email accounts { vendor externalId } }`),
  policy: op('updatePolicy', 'UpdatePolicyInput', `policy { id name enabled attributes }`),
  updateUser: op('updateUser', 'UpdateUserInput', USER),
};

async function run(query: string, input: Record<string, unknown>): Promise<Json> {
  const res = await gw.query(query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0];
}

/** Every write the simulators received since the last count reset. */
const writes = () =>
  Object.values(gw.fleet.running).flatMap((sim) =>
    sim.log
      .snapshot()
      .recent.filter((r) => r.method !== 'GET')
      .map((r) => ({ vendor: sim.vendor, method: r.method, operationId: r.operationId, path: r.path })),
  );
const calls = (payload: Json) =>
  payload.plannedCalls.map(({ api, operationId, method, path, body }: Json) => ({
    api,
    operationId,
    method,
    path,
    body,
  }));
const statuses = (payload: Json) => payload.results.map((r: Json) => [r.api, r.status, r.code]);

const ids = () => gw.running.ids;
const atlassianAuth = { authorization: 'Bearer dev-atlassian-token' };
async function vendorGet(
  sim: RunningSimulator,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${sim.url}${path}`, { headers });
  return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
}
const roleAssignments = async (accountId: string) =>
  (
    await vendorGet(
      atlassian,
      `/v2/orgs/${ids().atlassian.orgId}/directories/${ids().atlassian.directoryId}/users/${encodeURIComponent(accountId)}/role-assignments`,
      atlassianAuth,
    )
  ).body.data as { role: string; resource: { id: string; type: string } }[];
const orgRoleOf = async (accountId: string) =>
  (await roleAssignments(accountId)).find((a) => a.resource.type === 'organization')!.role;
const betterCloud = (path: string) =>
  vendorGet(bettercloud, `/v1${path}`, { 'x-api-key': 'dev-bettercloud-key' });
const scim = (path: string) =>
  vendorGet(atlassian, `/scim/directory/${ids().scim.directoryId}${path}`, atlassianAuth);
const snowUser = async (id: string) =>
  (
    await vendorGet(snow, `/api/saas/consolidated-view/v1/users/${id}`, {
      authorization: 'Bearer dev-snow-token',
    })
  ).body;

/** The person's account IDs as the graph lists them (reading IDs; state is checked at the vendors). */
async function accountIds(email: string): Promise<Record<string, string>> {
  const { data } = await gw.query(
    `query($e: String!) { user(email: $e) { accounts { vendor externalId } } }`,
    { e: email },
  );
  return Object.fromEntries(data.user.accounts.map((a: Json) => [a.vendor, a.externalId]));
}
async function scimUserId(email: string): Promise<string> {
  return (await scim(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`)).body.Resources[0].id;
}
/** The org's products as Atlassian names them in role assignments of the org's first admin. */
async function productAri(key: string): Promise<string> {
  const admin = company.people[0].email;
  const mine = (await roleAssignments((await accountIds(admin)).ATLASSIAN)).find(
    (a) => a.resource.type === key,
  );
  if (mine) return mine.resource.id;
  const other = (await roleAssignments((await accountIds(admin)).ATLASSIAN)).find((a) =>
    a.resource.id.startsWith('ari:'),
  )!.resource.id;
  return other.replace(/^ari:cloud:[a-z-]+::/, `ari:cloud:${key}::`); // products of one site share its cloud ID
}

describe('organization roles', () => {
  it('assigns a role: the dry run lists the exact call and changes nothing; the run changes Atlassian; a re-run sends nothing', async () => {
    const email = person(1);
    const accountId = (await accountIds(email)).ATLASSIAN;
    expect(await orgRoleOf(accountId)).toBe('user');
    await gw.resetCounts();

    const dry = await run(M.assignOrg, { email, role: 'trusted-user', dryRun: true });
    const expected = {
      api: 'ATLASSIAN_ADMIN',
      operationId: 'assignOrganizationRole',
      method: 'POST',
      path: `/v1/orgs/${ids().atlassian.orgId}/users/${encodeURIComponent(accountId)}/role-assignments/assign`,
      body: { role: 'trusted-user' },
    };
    expect(dry.userErrors).toEqual([]);
    expect(calls(dry)).toStrictEqual([expected]);
    expect(statuses(dry)).toEqual([['ATLASSIAN_ADMIN', 'PLANNED', null]]);
    expect(writes()).toEqual([]);
    expect(await orgRoleOf(accountId)).toBe('user');

    const done = await run(M.assignOrg, { email, role: 'trusted-user' });
    expect(done.results.map((r: Json) => [r.status, r.httpStatus])).toEqual([['SUCCEEDED', 204]]);
    expect(writes()).toEqual([
      { vendor: 'atlassian', method: 'POST', operationId: 'assignOrganizationRole', path: expected.path },
    ]);
    expect(await orgRoleOf(accountId)).toBe('trusted-user');
    // The payload's re-read and a later query both show it.
    expect(done.user.roleAssignments).toContainEqual({
      vendor: 'ATLASSIAN',
      role: 'trusted-user',
      resource: ids().atlassian.orgId,
    });
    const later = await gw.query(
      `query($e: String!) { user(email: $e) { roleAssignments { role resource } } }`,
      { e: email },
    );
    expect(later.data.user.roleAssignments).toContainEqual({
      role: 'trusted-user',
      resource: ids().atlassian.orgId,
    });
    expect(later.data.user.roleAssignments).not.toContainEqual({
      role: 'user',
      resource: ids().atlassian.orgId,
    });

    await gw.resetCounts();
    const again = await run(M.assignOrg, { email, role: 'trusted-user' });
    expect(statuses(again)).toEqual([['ATLASSIAN_ADMIN', 'ALREADY_DONE', null]]);
    expect(again.plannedCalls).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it('revokes a role held (back to user), finds one not held ALREADY_DONE, and refuses to revoke `user`', async () => {
    const email = person(2);
    const accountId = (await accountIds(email)).ATLASSIAN;
    await run(M.assignOrg, { email, role: 'org-admin' });
    expect(await orgRoleOf(accountId)).toBe('org-admin');
    await gw.resetCounts();

    const notHeld = await run(M.revokeOrg, { email, role: 'trusted-user' });
    expect(statuses(notHeld)).toEqual([['ATLASSIAN_ADMIN', 'ALREADY_DONE', null]]);
    expect(writes()).toEqual([]);

    const done = await run(M.revokeOrg, { email, role: 'org-admin' });
    expect(calls(done)).toStrictEqual([
      {
        api: 'ATLASSIAN_ADMIN',
        operationId: 'revokeOrganizationRole',
        method: 'POST',
        path: `/v1/orgs/${ids().atlassian.orgId}/users/${encodeURIComponent(accountId)}/role-assignments/revoke`,
        body: { role: 'org-admin' },
      },
    ]);
    expect(statuses(done)).toEqual([['ATLASSIAN_ADMIN', 'SUCCEEDED', null]]);
    expect(await orgRoleOf(accountId)).toBe('user');
    expect(done.user.roleAssignments).toContainEqual({
      vendor: 'ATLASSIAN',
      role: 'user',
      resource: ids().atlassian.orgId,
    });

    await gw.resetCounts();
    const basic = await run(M.revokeOrg, { email, role: 'user' });
    expect(basic.userErrors).toEqual([
      {
        field: ['input', 'role'],
        code: 'INVALID_ROLE',
        message: expect.stringContaining('cannot be revoked'),
      },
    ]);
    expect(writes()).toEqual([]);
  });
});

describe('product roles', () => {
  it('grants a role by product key, with the ARI Atlassian expects, then revokes it; re-runs send nothing', async () => {
    const email = person(3);
    const accountId = (await accountIds(email)).ATLASSIAN;
    const ari = await productAri('confluence');
    const holds = async () =>
      (await roleAssignments(accountId)).some((a) => a.role === 'product-admin' && a.resource.id === ari);
    expect(await holds()).toBe(false);
    await gw.resetCounts();

    const dry = await run(M.grant, { email, role: 'product-admin', resource: 'confluence', dryRun: true });
    const path = `/v1/orgs/${ids().atlassian.orgId}/users/${encodeURIComponent(accountId)}/roles/assign`;
    const body = { roles: [{ role: 'product-admin', resource: { id: ari, type: 'confluence' } }] };
    expect(calls(dry)).toStrictEqual([
      { api: 'ATLASSIAN_ADMIN', operationId: 'grantUserAccess', method: 'POST', path, body },
    ]);
    expect(writes()).toEqual([]);

    const granted = await run(M.grant, { email, role: 'product-admin', resource: 'confluence' });
    expect(statuses(granted)).toEqual([['ATLASSIAN_ADMIN', 'SUCCEEDED', null]]);
    expect(await holds()).toBe(true);
    expect(granted.user.roleAssignments).toContainEqual({
      vendor: 'ATLASSIAN',
      role: 'product-admin',
      resource: ari,
    });

    await gw.resetCounts();
    expect(statuses(await run(M.grant, { email, role: 'product-admin', resource: ari }))).toEqual([
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE', null],
    ]);
    expect(writes()).toEqual([]);

    const revoked = await run(M.revoke, { email, role: 'product-admin', resource: ari });
    expect(calls(revoked)).toStrictEqual([
      {
        api: 'ATLASSIAN_ADMIN',
        operationId: 'revokeUserAccess',
        method: 'POST',
        path: path.replace('/roles/assign', '/roles/revoke'),
        body,
      },
    ]);
    expect(await holds()).toBe(false);
    expect(revoked.user.roleAssignments).not.toContainEqual({
      vendor: 'ATLASSIAN',
      role: 'product-admin',
      resource: ari,
    });

    await gw.resetCounts();
    expect(statuses(await run(M.revoke, { email, role: 'product-admin', resource: 'confluence' }))).toEqual([
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE', null],
    ]);
    expect(writes()).toEqual([]);
  });

  it('finds products no policy names (from a user of the product) and grants on them', async () => {
    const email = person(4);
    const accountId = (await accountIds(email)).ATLASSIAN;
    const before = await roleAssignments(accountId);
    const key = (['loom', 'bitbucket'] as const).find((k) => !before.some((a) => a.resource.type === k))!;
    const res = await run(M.grant, { email, role: 'user', resource: key });
    expect(res.userErrors).toEqual([]);
    expect(statuses(res)).toEqual([['ATLASSIAN_ADMIN', 'SUCCEEDED', null]]);
    expect((await roleAssignments(accountId)).find((a) => a.resource.type === key)?.role).toBe('user');
  });
});

describe('group membership', () => {
  /** A group the user is not in, small enough that one page of `members` shows everyone. */
  async function betterCloudGroupWithout(userId: string) {
    for (const group of ((await betterCloud('/groups?per_page=100')).body.data as Json[]).filter(
      (g) => g.member_count < 100,
    )) {
      const members = (await betterCloud(`/groups/${group.id}/members`)).body.data as Json[];
      if (!members.some((m) => m.user_id === userId)) return group;
    }
    throw new Error('no such group');
  }

  it('adds a BetterCloud member with a role; the same again is ALREADY_DONE, another role is NOT_SUPPORTED_BY_VENDOR', async () => {
    const email = person(5);
    const userId = (await accountIds(email)).BETTERCLOUD;
    const group = await betterCloudGroupWithout(userId);
    const groupId = toGlobalId('Group', 'BETTERCLOUD', group.id);
    await gw.resetCounts();

    const dry = await run(M.addMember, { groupId, email, role: 'MANAGER', dryRun: true });
    const expected = {
      api: 'BETTERCLOUD',
      operationId: 'addGroupMember',
      method: 'POST',
      path: `/groups/${group.id}/members`,
      body: { user_id: userId, role: 'manager' },
    };
    expect(calls(dry)).toStrictEqual([expected]);
    expect(writes()).toEqual([]);
    expect(dry.group.memberCount).toBe(group.member_count);

    const done = await run(M.addMember, { groupId, email, role: 'MANAGER' });
    expect(done.results.map((r: Json) => [r.status, r.httpStatus])).toEqual([['SUCCEEDED', 201]]);
    expect(writes()).toEqual([
      { vendor: 'bettercloud', method: 'POST', operationId: 'addGroupMember', path: `/v1${expected.path}` },
    ]);
    const members = (await betterCloud(`/groups/${group.id}/members`)).body.data as Json[];
    expect(members.find((m) => m.user_id === userId)?.role).toBe('manager');
    expect(done.group.memberCount).toBe(group.member_count + 1);
    expect(done.group.members.edges.map((e: Json) => e.node)).toContainEqual({
      role: 'MANAGER',
      user: { email },
    });

    await gw.resetCounts();
    expect(statuses(await run(M.addMember, { groupId, email, role: 'MANAGER' }))).toEqual([
      ['BETTERCLOUD', 'ALREADY_DONE', null],
    ]);
    expect(statuses(await run(M.addMember, { groupId, email, role: 'OWNER' }))).toEqual([
      ['BETTERCLOUD', 'SKIPPED', 'NOT_SUPPORTED_BY_VENDOR'],
    ]);
    expect(writes()).toEqual([]);
  });

  it('removing a BetterCloud member is SKIPPED with NOT_SUPPORTED_BY_VENDOR (no call), a non-member ALREADY_DONE', async () => {
    const [group] = (await betterCloud('/groups?per_page=1')).body.data as Json[];
    const [member] = (await betterCloud(`/groups/${group.id}/members`)).body.data as Json[];
    const groupId = toGlobalId('Group', 'BETTERCLOUD', group.id);
    await gw.resetCounts();
    const res = await run(M.removeMember, { groupId, email: member.email });
    expect(res.userErrors).toEqual([]);
    expect(res.results).toMatchObject([
      {
        vendor: 'BETTERCLOUD',
        status: 'SKIPPED',
        code: 'NOT_SUPPORTED_BY_VENDOR',
        retryable: false,
        call: null,
      },
    ]);
    expect(res.results[0].message).toMatch(/no call to remove a group member/);
    expect(res.plannedCalls).toEqual([]);
    expect(writes()).toEqual([]);
    expect(
      (await betterCloud(`/groups/${group.id}/members`)).body.data.map((m: Json) => m.user_id),
    ).toContain(member.user_id);

    const outsider = person(6);
    const userId = (await accountIds(outsider)).BETTERCLOUD;
    const other = await betterCloudGroupWithout(userId);
    expect(
      statuses(
        await run(M.removeMember, { groupId: toGlobalId('Group', 'BETTERCLOUD', other.id), email: outsider }),
      ),
    ).toEqual([['BETTERCLOUD', 'ALREADY_DONE', null]]);
  });

  it('adds and removes a SCIM member with PatchOp calls; the dry run of the removal sends nothing', async () => {
    const email = person(7);
    const scimId = await scimUserId(email);
    const groups = (await scim('/Groups?count=100')).body.Resources as Json[];
    const group = groups.find((g) => !(g.members ?? []).some((m: Json) => m.value === scimId))!;
    const groupId = toGlobalId('Group', 'SCIM', group.id);
    const path = `/scim/directory/${ids().scim.directoryId}/Groups/${group.id}`;
    const memberIds = async () =>
      ((await scim(`/Groups/${group.id}`)).body.members ?? []).map((m: Json) => m.value);
    await gw.resetCounts();

    const added = await run(M.addMember, { groupId, email });
    expect(calls(added)).toStrictEqual([
      {
        api: 'ATLASSIAN_SCIM',
        operationId: 'patchAGroupInAnActiveDirectory',
        method: 'PATCH',
        path,
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'add', path: 'members', value: [{ value: scimId }] }],
        },
      },
    ]);
    expect(statuses(added)).toEqual([['ATLASSIAN_SCIM', 'SUCCEEDED', null]]);
    expect(await memberIds()).toContain(scimId);
    expect(added.group.memberCount).toBe((group.members ?? []).length + 1);

    await gw.resetCounts();
    const dry = await run(M.removeMember, { groupId, email, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'ATLASSIAN_SCIM',
        operationId: 'patchAGroupInAnActiveDirectory',
        method: 'PATCH',
        path,
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'remove', path: `members[value eq "${scimId}"]` }],
        },
      },
    ]);
    expect(writes()).toEqual([]);
    expect(await memberIds()).toContain(scimId);

    const removed = await run(M.removeMember, { groupId, email });
    expect(statuses(removed)).toEqual([['ATLASSIAN_SCIM', 'SUCCEEDED', null]]);
    expect(await memberIds()).not.toContain(scimId);
    expect(removed.group.members.edges.map((e: Json) => e.node.user.email)).not.toContain(email);
  });
});

describe('groups', () => {
  it('creates a BetterCloud group; the same email again is a userError', async () => {
    const input = {
      source: 'BETTERCLOUD',
      name: 'Access Review Board',
      email: 'access-review@example.com',
      description: 'Quarterly access reviews',
    };
    const dry = await run(M.createGroup, { ...input, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'BETTERCLOUD',
        operationId: 'createGroup',
        method: 'POST',
        path: '/groups',
        body: { name: input.name, email: input.email, description: input.description },
      },
    ]);
    expect(dry.group).toBeNull();
    expect(writes()).toEqual([]);

    const res = await run(M.createGroup, input);
    expect(res.results.map((r: Json) => [r.status, r.httpStatus])).toEqual([['SUCCEEDED', 201]]);
    expect(res.group).toMatchObject({ name: input.name, email: input.email, memberCount: 0 });
    const atVendor = (await betterCloud(`/groups/${res.group.externalId}`)).body.data;
    expect(atVendor).toMatchObject({
      name: input.name,
      email: input.email,
      description: input.description,
      member_count: 0,
    });

    await gw.resetCounts();
    const dup = await run(M.createGroup, { ...input, email: 'ACCESS-REVIEW@example.com' });
    expect(dup.userErrors).toEqual([
      { field: ['input', 'email'], code: 'GROUP_EMAIL_TAKEN', message: expect.any(String) },
    ]);
    expect(writes()).toEqual([]);
  });

  it('creates and deletes a SCIM group; a taken name is a userError; the deleted group reads as gone', async () => {
    const res = await run(M.createGroup, { source: 'SCIM', name: 'Access Reviewers' });
    expect(calls(res)).toStrictEqual([
      {
        api: 'ATLASSIAN_SCIM',
        operationId: 'createAGroupInActiveDirectory',
        method: 'POST',
        path: `/scim/directory/${ids().scim.directoryId}/Groups`,
        body: {
          schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
          displayName: 'Access Reviewers',
          members: [],
        },
      },
    ]);
    expect((await scim(`/Groups/${res.group.externalId}`)).body.displayName).toBe('Access Reviewers');

    await gw.resetCounts();
    const taken = await run(M.createGroup, { source: 'SCIM', name: 'access reviewers' });
    expect(taken.userErrors).toEqual([
      { field: ['input', 'name'], code: 'GROUP_NAME_TAKEN', message: expect.any(String) },
    ]);
    expect(writes()).toEqual([]);

    const deleted = await run(M.deleteGroup, { groupId: res.group.id });
    expect(calls(deleted)).toStrictEqual([
      {
        api: 'ATLASSIAN_SCIM',
        operationId: 'deleteAGroup',
        method: 'DELETE',
        path: `/scim/directory/${ids().scim.directoryId}/Groups/${res.group.externalId}`,
        body: null,
      },
    ]);
    expect(deleted).toMatchObject({ deletedGroupId: res.group.id, group: null });
    expect((await scim(`/Groups/${res.group.externalId}`)).status).toBe(404);
    expect(
      (await gw.query(`query($id: ID!) { node(id: $id) { id } }`, { id: res.group.id })).data.node,
    ).toBeNull();
  });

  it('deletes a BetterCloud group: the dry run keeps it; the run removes it', async () => {
    const [group] = (await betterCloud('/groups?per_page=1')).body.data as Json[];
    const groupId = toGlobalId('Group', 'BETTERCLOUD', group.id);
    await gw.resetCounts();
    const dry = await run(M.deleteGroup, { groupId, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'BETTERCLOUD',
        operationId: 'deleteGroup',
        method: 'DELETE',
        path: `/groups/${group.id}`,
        body: null,
      },
    ]);
    expect(dry).toMatchObject({ deletedGroupId: null, group: { externalId: group.id } });
    expect(writes()).toEqual([]);
    expect((await betterCloud(`/groups/${group.id}`)).status).toBe(200);

    const done = await run(M.deleteGroup, { groupId });
    expect(done.results.map((r: Json) => [r.status, r.httpStatus])).toEqual([['SUCCEEDED', 204]]);
    expect(done).toMatchObject({ deletedGroupId: groupId, group: null });
    expect((await betterCloud(`/groups/${group.id}`)).status).toBe(404);
  });
});

describe('inviteUsers', () => {
  it('invites new people with groups and product roles, leaving people already in the directory as they are', async () => {
    const member = person(8);
    const newcomer = 'new.hire.access@example.com';
    const [atlGroup] = (await vendorGet(atlassian, `/v1/orgs/${ids().atlassian.orgId}/groups`, atlassianAuth))
      .body.data as Json[];
    const ari = await productAri('jira-software');
    const input = {
      emails: [newcomer, member.toUpperCase()],
      groupIds: [toGlobalId('Group', 'ATLASSIAN', atlGroup.id, ids().atlassian.orgId)],
      roles: [{ role: 'user', resource: 'jira-software' }],
    };
    await gw.resetCounts();

    const dry = await run(M.invite, { ...input, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'ATLASSIAN_ADMIN',
        operationId: 'inviteUsers',
        method: 'POST',
        path: `/v2/orgs/${ids().atlassian.orgId}/users/invite`,
        body: {
          emails: [newcomer],
          groupIds: [atlGroup.id],
          roleAssignments: [{ role: 'user', resource: { id: ari, type: 'jira-software' } }],
        },
      },
    ]);
    expect(statuses(dry)).toEqual([
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE', null],
      ['ATLASSIAN_ADMIN', 'PLANNED', null],
    ]);
    expect(writes()).toEqual([]);

    const res = await run(M.invite, input);
    expect(statuses(res)).toEqual([
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE', null],
      ['ATLASSIAN_ADMIN', 'SUCCEEDED', null],
    ]);
    const invited = res.users.find((u: Json) => u.email === newcomer);
    const accountId = invited.accounts.find((a: Json) => a.vendor === 'ATLASSIAN').externalId;
    expect(
      (
        await vendorGet(
          atlassian,
          `/v2/orgs/${ids().atlassian.orgId}/directories/${ids().atlassian.directoryId}/users/${encodeURIComponent(accountId)}`,
          atlassianAuth,
        )
      ).status,
    ).toBe(200);
    expect(await roleAssignments(accountId)).toContainEqual({
      role: 'user',
      resource: { id: ari, type: 'jira-software' },
    });
    expect(res.users.map((u: Json) => u.email)).toEqual([newcomer, member]);
  });
});

describe('updatePolicy', () => {
  it('sends only what changes, changes the policy at Atlassian, and finds a repeat ALREADY_DONE', async () => {
    const { orgId } = ids().atlassian;
    const policies = (
      await vendorGet(atlassian, `/v1/orgs/${orgId}/policies?type=authentication`, atlassianAuth)
    ).body.data as Json[];
    const target = policies.find((p) => p.attributes.ssoEnforced === false)!;
    const policyId = toGlobalId('Policy', 'ATLASSIAN', target.id, orgId);
    const input = {
      policyId,
      name: target.name,
      enabled: true,
      attributes: { sessionTimeoutMinutes: 60, ssoEnforced: false },
    };
    await gw.resetCounts();

    const dry = await run(M.policy, { ...input, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'ATLASSIAN_ADMIN',
        operationId: 'updatePolicy',
        method: 'PUT',
        path: `/v1/orgs/${orgId}/policies/${target.id}`,
        body: { attributes: { sessionTimeoutMinutes: 60 } },
      },
    ]);
    expect(writes()).toEqual([]);

    const res = await run(M.policy, { ...input, enabled: false });
    expect(calls(res)[0].body).toEqual({ status: 'disabled', attributes: { sessionTimeoutMinutes: 60 } });
    expect(statuses(res)).toEqual([['ATLASSIAN_ADMIN', 'SUCCEEDED', null]]);
    const atVendor = (await vendorGet(atlassian, `/v1/orgs/${orgId}/policies/${target.id}`, atlassianAuth))
      .body;
    expect(atVendor).toMatchObject({
      status: 'disabled',
      attributes: { ...target.attributes, sessionTimeoutMinutes: 60 },
    });
    expect(res.policy).toMatchObject({
      id: policyId,
      enabled: false,
      attributes: { sessionTimeoutMinutes: 60 },
    });

    await gw.resetCounts();
    expect(statuses(await run(M.policy, { ...input, enabled: false }))).toEqual([
      ['ATLASSIAN_ADMIN', 'ALREADY_DONE', null],
    ]);
    expect(writes()).toEqual([]);
  });
});

describe('updateUser', () => {
  it('changes BetterCloud attributes and Snow flags on the accounts they belong to, sending only what differs', async () => {
    const email = person(9);
    const accounts = await accountIds(email);
    const before = {
      bc: (await betterCloud(`/users/${accounts.BETTERCLOUD}`)).body.data,
      snow: await snowUser(accounts.SNOW),
    };
    const input = {
      email,
      title: 'Access Reviewer',
      department: before.bc.department,
      isInReview: !before.snow.isInReview,
    };
    await gw.resetCounts();

    const dry = await run(M.updateUser, { ...input, dryRun: true });
    expect(calls(dry)).toStrictEqual([
      {
        api: 'BETTERCLOUD',
        operationId: 'updateUser',
        method: 'PATCH',
        path: `/users/${accounts.BETTERCLOUD}`,
        body: { title: 'Access Reviewer' },
      },
      {
        api: 'SNOW',
        operationId: 'updateUser',
        method: 'PATCH',
        path: `/api/saas/consolidated-view/v1/users/${accounts.SNOW}`,
        body: { isInReview: input.isInReview },
      },
    ]);
    expect(writes()).toEqual([]);

    const res = await run(M.updateUser, input);
    expect(statuses(res)).toEqual([
      ['BETTERCLOUD', 'SUCCEEDED', null],
      ['SNOW', 'SUCCEEDED', null],
    ]);
    expect((await betterCloud(`/users/${accounts.BETTERCLOUD}`)).body.data).toMatchObject({
      title: 'Access Reviewer',
      department: before.bc.department,
    });
    expect((await snowUser(accounts.SNOW)).isInReview).toBe(input.isInReview);
    const byVendor = Object.fromEntries(res.user.accounts.map((a: Json) => [a.vendor, a]));
    expect(byVendor.BETTERCLOUD.title).toBe('Access Reviewer');
    expect(byVendor.SNOW.isInReview).toBe(input.isInReview);

    await gw.resetCounts();
    expect(statuses(await run(M.updateUser, input))).toEqual([
      ['BETTERCLOUD', 'ALREADY_DONE', null],
      ['SNOW', 'ALREADY_DONE', null],
    ]);
    expect(writes()).toEqual([]);
  });
});

describe('idempotency and failures', () => {
  it('replays the first result for the same key, acting once; the same key with another input is a userError', async () => {
    const email = person(10);
    const first = await run(M.assignOrg, { email, role: 'trusted-user', idempotencyKey: 'access-replay-1' });
    const second = await run(M.assignOrg, { email, role: 'trusted-user', idempotencyKey: 'access-replay-1' });
    expect(second).toStrictEqual(first);
    expect((await gw.served()).atlassian.assignOrganizationRole).toBe(1);
    const reused = await run(M.assignOrg, { email, role: 'org-admin', idempotencyKey: 'access-replay-1' });
    expect(reused.userErrors).toEqual([
      { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) },
    ]);
    expect((await gw.served()).atlassian.assignOrganizationRole).toBe(1);
  });

  it('reports a vendor failure as a retryable FAILED result, and a re-run completes it', async () => {
    const email = person(11);
    const userId = (await accountIds(email)).BETTERCLOUD;
    const [group] = (await betterCloud('/groups?per_page=1')).body.data as Json[];
    const groupId = toGlobalId('Group', 'BETTERCLOUD', group.id);
    bettercloud.faults.set({ errorNext: 5, errorStatus: 503, operations: ['addGroupMember'] });
    const failed = await run(M.addMember, { groupId, email });
    expect(failed.results).toMatchObject([
      { status: 'FAILED', code: 'VENDOR_UNAVAILABLE', retryable: true, httpStatus: 503 },
    ]);
    bettercloud.faults.set({});
    const rerun = await run(M.addMember, { groupId, email });
    expect(statuses(rerun)).toEqual([['BETTERCLOUD', 'SUCCEEDED', null]]);
    expect(
      (await betterCloud(`/groups/${group.id}/members`)).body.data.map((m: Json) => m.user_id),
    ).toContain(userId);
  });

  it('records executed mutations in the audit log', async () => {
    await run(M.assignOrg, { email: person(12), role: 'trusted-user' });
    const log = await gw.query(
      `{ auditLog(first: 1) { edges { node { mutation result calls { operationId outcome } } } } }`,
    );
    expect(log.data.auditLog.edges[0].node).toEqual({
      mutation: 'assignOrganizationRole',
      result: 'SUCCEEDED',
      calls: [{ operationId: 'assignOrganizationRole', outcome: 'SUCCEEDED' }],
    });
  });
});

describe('validation before any vendor call', () => {
  const someone = () => person(13);
  const bcGroup = async () =>
    toGlobalId('Group', 'BETTERCLOUD', ((await betterCloud('/groups?per_page=1')).body.data as Json[])[0].id);
  const scimGroup = async () =>
    toGlobalId('Group', 'SCIM', ((await scim('/Groups?count=1')).body.Resources as Json[])[0].id);
  const atlassianGroup = async () =>
    toGlobalId(
      'Group',
      'ATLASSIAN',
      (
        (await vendorGet(atlassian, `/v1/orgs/${ids().atlassian.orgId}/groups`, atlassianAuth)).body
          .data as Json[]
      )[0].id,
      ids().atlassian.orgId,
    );
  const authPolicy = async () => {
    const [p] = (
      await vendorGet(
        atlassian,
        `/v1/orgs/${ids().atlassian.orgId}/policies?type=authentication`,
        atlassianAuth,
      )
    ).body.data as Json[];
    return toGlobalId('Policy', 'ATLASSIAN', p.id, ids().atlassian.orgId);
  };
  const cases: [
    string,
    keyof typeof M,
    () => Promise<Record<string, unknown>>,
    { field: string[] | null; code: string }[],
  ][] = [
    [
      'an org role Atlassian does not have',
      'assignOrg',
      async () => ({ email: someone(), role: 'admin' }),
      [{ field: ['input', 'role'], code: 'INVALID_ROLE' }],
    ],
    [
      'a malformed email',
      'assignOrg',
      async () => ({ email: 'not-an-email', role: 'user' }),
      [{ field: ['input', 'email'], code: 'INVALID_EMAIL' }],
    ],
    [
      'a person with no Atlassian account',
      'revokeOrg',
      async () => ({ email: onlySnow.email, role: 'org-admin' }),
      [{ field: ['input', 'email'], code: 'NO_ACCOUNT_IN_VENDOR' }],
    ],
    [
      'a product role Atlassian does not have',
      'grant',
      async () => ({ email: someone(), role: 'org-admin', resource: 'confluence' }),
      [{ field: ['input', 'role'], code: 'INVALID_ROLE' }],
    ],
    [
      'a product the org does not have',
      'grant',
      async () => ({ email: someone(), role: 'user', resource: 'trello' }),
      [{ field: ['input', 'resource'], code: 'UNKNOWN_PRODUCT' }],
    ],
    [
      "another site's product ARI",
      'revoke',
      async () => ({
        email: someone(),
        role: 'user',
        resource: 'ari:cloud:confluence::site/00000000-0000-0000-0000-000000000000',
      }),
      [{ field: ['input', 'resource'], code: 'UNKNOWN_PRODUCT' }],
    ],
    [
      'an unknown person',
      'addMember',
      async () => ({ groupId: await bcGroup(), email: 'nobody-here@example.com' }),
      [{ field: ['input', 'email'], code: 'NOT_FOUND' }],
    ],
    [
      'an unknown group',
      'addMember',
      async () => ({ groupId: toGlobalId('Group', 'BETTERCLOUD', 'group-zzzzzz'), email: someone() }),
      [{ field: ['input', 'groupId'], code: 'NOT_FOUND' }],
    ],
    [
      'an ID that is not a group',
      'removeMember',
      async () => ({ groupId: toGlobalId('User', someone()), email: someone() }),
      [{ field: ['input', 'groupId'], code: 'INVALID_ID' }],
    ],
    [
      'an Atlassian admin group',
      'addMember',
      async () => ({ groupId: await atlassianGroup(), email: someone() }),
      [{ field: ['input', 'groupId'], code: 'NOT_SUPPORTED_BY_VENDOR' }],
    ],
    [
      'a role on a SCIM group',
      'addMember',
      async () => ({ groupId: await scimGroup(), email: someone(), role: 'OWNER' }),
      [{ field: ['input', 'role'], code: 'INVALID_ROLE' }],
    ],
    [
      'an Atlassian group to create',
      'createGroup',
      async () => ({ source: 'ATLASSIAN', name: 'x' }),
      [{ field: ['input', 'source'], code: 'NOT_SUPPORTED_BY_VENDOR' }],
    ],
    [
      'an empty group name',
      'createGroup',
      async () => ({ source: 'BETTERCLOUD', name: '  ' }),
      [{ field: ['input', 'name'], code: 'INVALID_INPUT' }],
    ],
    [
      'an email on a SCIM group',
      'createGroup',
      async () => ({ source: 'SCIM', name: 'x', email: 'x@example.com' }),
      [{ field: ['input', 'email'], code: 'NOT_SUPPORTED_BY_VENDOR' }],
    ],
    [
      'a malformed group email',
      'createGroup',
      async () => ({ source: 'BETTERCLOUD', name: 'x', email: 'x@' }),
      [{ field: ['input', 'email'], code: 'INVALID_EMAIL' }],
    ],
    [
      'an unknown group to delete',
      'deleteGroup',
      async () => ({ groupId: toGlobalId('Group', 'SCIM', '5f0c8a9e-0000-4000-8000-000000000000') }),
      [{ field: ['input', 'groupId'], code: 'NOT_FOUND' }],
    ],
    [
      'malformed and duplicate invite emails',
      'invite',
      async () => ({ emails: ['a@example.com', 'nope', 'A@example.com'] }),
      [
        { field: ['input', 'emails', '1'], code: 'INVALID_EMAIL' },
        { field: ['input', 'emails', '2'], code: 'DUPLICATE_EMAIL' },
      ],
    ],
    [
      'too many invite emails',
      'invite',
      async () => ({ emails: Array.from({ length: 101 }, (_, i) => `p${i}@example.com`) }),
      [{ field: ['input', 'emails'], code: 'INVALID_INPUT' }],
    ],
    [
      'an invite to an unknown directory, group and product',
      'invite',
      async () => ({
        emails: ['z@example.com'],
        directoryId: 'no-such-directory',
        groupIds: [await bcGroup()],
        roles: [{ role: 'user', resource: 'trello' }],
      }),
      [
        { field: ['input', 'directoryId'], code: 'NOT_FOUND' },
        { field: ['input', 'groupIds', '0'], code: 'NOT_FOUND' },
        { field: ['input', 'roles', '0', 'resource'], code: 'UNKNOWN_PRODUCT' },
      ],
    ],
    [
      'a policy setting of the wrong kind',
      'policy',
      async () => ({ policyId: await authPolicy(), attributes: { sessionTimeoutMinutes: 1 } }),
      [{ field: ['input', 'attributes', 'sessionTimeoutMinutes'], code: 'INVALID_POLICY_ATTRIBUTE' }],
    ],
    [
      'a policy update with no change',
      'policy',
      async () => ({ policyId: await authPolicy() }),
      [{ field: ['input'], code: 'INVALID_INPUT' }],
    ],
    [
      'an unknown policy',
      'policy',
      async () => ({
        policyId: toGlobalId(
          'Policy',
          'ATLASSIAN',
          '00000000-0000-4000-8000-000000000000',
          ids().atlassian.orgId,
        ),
        enabled: true,
      }),
      [{ field: ['input', 'policyId'], code: 'NOT_FOUND' }],
    ],
    [
      'a JumpCloud policy template',
      'policy',
      async () => ({ policyId: toGlobalId('Policy', 'JUMPCLOUD', 'abc'.padEnd(24, '0')), enabled: true }),
      [{ field: ['input', 'policyId'], code: 'NOT_SUPPORTED_BY_VENDOR' }],
    ],
    [
      'a user update with no field',
      'updateUser',
      async () => ({ email: someone() }),
      [{ field: ['input'], code: 'INVALID_INPUT' }],
    ],
    [
      'an empty title',
      'updateUser',
      async () => ({ email: someone(), title: ' ' }),
      [{ field: ['input', 'title'], code: 'INVALID_INPUT' }],
    ],
    [
      'BetterCloud fields for a person without BetterCloud',
      'updateUser',
      async () => ({ email: onlySnow.email, title: 'x', isOnline: true }),
      [{ field: ['input', 'title'], code: 'NO_ACCOUNT_IN_VENDOR' }],
    ],
  ];
  it.each(cases)(
    'rejects %s with the field path and sends nothing',
    async (_name, mutation, input, expected) => {
      const given = await input();
      await gw.resetCounts();
      const res = await run(M[mutation], given);
      expect(res.userErrors).toEqual(expected.map((e) => ({ ...e, message: expect.any(String) })));
      expect(res.results).toEqual([]);
      expect(res.plannedCalls).toEqual([]);
      expect(writes()).toEqual([]);
    },
  );
});
