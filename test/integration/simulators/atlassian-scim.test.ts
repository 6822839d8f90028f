import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCompany } from '../../../simulators/company/company.js';
import {
  createStandaloneScimSimulator,
  startStandaloneScim,
  type StandaloneScim,
} from '../../../simulators/atlassian/scim/standalone.js';

const directoryId = '2fb21891-7bee-4c2d-a61a-ade3834c8b2b';
const dir = `/scim/directory/${directoryId}`;
const token = 'dev-atlassian-token';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let scim: StandaloneScim;
const activeChanges: [string, boolean][] = [];

async function api(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
) {
  const res = await fetch(scim.sim.url + path, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as Json };
}

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${scim.sim.url}/__sim/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Json;
}

const usersWith = (filter: string) => api('GET', `${dir}/Users?filter=${encodeURIComponent(filter)}`);
const patchOp = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
const newUser = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName,
  name: { givenName: 'New', familyName: 'Hire' },
  emails: [{ value: userName, type: 'work', primary: true }],
  ...extra,
});

function expectScimError(
  res: { status: number; headers: Headers; body: Json },
  status: number,
  scimType?: string,
) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/scim+json');
  expect(res.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  expect(res.body.status).toBe(String(status));
  expect(typeof res.body.detail).toBe('string');
  if (scimType) expect(res.body.scimType).toBe(scimType);
}

async function walkUsers(count: number): Promise<Json[]> {
  const users: Json[] = [];
  for (let startIndex = 1; ; startIndex += count) {
    const page = await api('GET', `${dir}/Users?startIndex=${startIndex}&count=${count}`);
    expect(page.status).toBe(200);
    expect(page.body.startIndex).toBe(startIndex);
    expect(page.body.itemsPerPage).toBe(page.body.Resources.length);
    users.push(...page.body.Resources);
    if (page.body.Resources.length < count) {
      expect(users).toHaveLength(page.body.totalResults);
      return users;
    }
  }
}

beforeAll(async () => {
  scim = await startStandaloneScim(directoryId);
  scim.directory.onActiveChanged((email, active) => activeChanges.push([email, active]));
});
afterAll(async () => {
  await scim?.sim.close();
});
beforeEach(async () => {
  await control('POST', 'reset');
  activeChanges.length = 0;
});

describe('seeded directory', () => {
  it('has one user per person with a SCIM account, in person order, with that person’s facts', async () => {
    const people = scim.company.people.filter((p) => p.accounts.scim);
    const users = await walkUsers(100);
    expect(users.map((u) => u.userName)).toEqual(people.map((p) => p.accounts.scim!.email));
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    users.forEach((user, i) => {
      const person = people[i];
      expect(user.active).toBe(person.accounts.scim!.state === 'active');
      expect(user.name).toMatchObject({ givenName: person.firstName, familyName: person.lastName });
      expect(user.title).toBe(person.title);
      expect(user[ENTERPRISE].department).toBe(person.department);
      expect(user.meta.created).toBe(person.accounts.scim!.createdAt);
    });
    // Some SCIM accounts are inactive: the leavers the directory still holds.
    expect(users.some((u) => !u.active)).toBe(true);
  });

  it('shows Jane Smith as Atlassian stores her, in the IT group', async () => {
    const { body } = await usersWith('userName eq "jsmith@example.com"');
    const jane = body.Resources[0];
    expect(jane).toMatchObject({
      userName: 'JSmith@Example.com',
      displayName: 'Jane Smith',
      title: 'IT Manager',
      active: true,
    });
    expect(jane.emails).toEqual([{ value: 'JSmith@Example.com', type: 'work', primary: true }]);
    expect(jane.meta).toMatchObject({
      resourceType: 'User',
      location: `${scim.sim.url}${dir}/Users/${jane.id}`,
    });
    expect(jane.groups.map((g: Json) => g.display)).toEqual(expect.arrayContaining(['IT', 'Managers']));
  });

  it('has department groups whose members are that department’s users', async () => {
    const { body } = await api('GET', `${dir}/Groups`);
    const names = body.Resources.map((g: Json) => g.displayName);
    expect(names).toEqual(
      expect.arrayContaining(['Engineering', 'Sales', 'IT', 'Managers', 'Platform Team']),
    );
    const it = body.Resources.find((g: Json) => g.displayName === 'IT');
    const itPeople = scim.company.people.filter((p) => p.accounts.scim && p.department === 'IT');
    expect(it.members.map((m: Json) => m.display)).toEqual(itPeople.map((p) => p.accounts.scim!.email));
  });

  it('builds the same IDs from the same seed', () => {
    const company = generateCompany({
      seed: 42,
      people: 200,
      now: new Date('2026-11-01T12:00:00.000Z'),
      domain: 'example.com',
    });
    const a = createStandaloneScimSimulator(company, 'a').state;
    const b = createStandaloneScimSimulator(company, 'b').state;
    expect(a.users.visible().map((u) => u.id)).toEqual(b.users.visible().map((u) => u.id));
    expect(a.groups.all().map((g) => g.id)).toEqual(b.groups.all().map((g) => g.id));
  });

  it('reports the directory and its counts in /__sim/info', async () => {
    const info = await control('GET', 'info');
    expect(info.directoryId).toBe(directoryId);
    expect(info.scim.users).toBe(scim.company.people.filter((p) => p.accounts.scim).length);
    expect(info.scim.groups).toBe(info.scim.groupIds.length);
  });
});

describe('pagination', () => {
  it('walks every user exactly once whatever the page size, in a stable order', async () => {
    const by100 = await walkUsers(100);
    const by37 = await walkUsers(37);
    expect(by37.map((u) => u.id)).toEqual(by100.map((u) => u.id));
  });

  it('caps count at 100, treats startIndex < 1 as 1 and a negative count as 0, rejects non-integers', async () => {
    const big = await api('GET', `${dir}/Users?count=500`);
    expect(big.body.Resources).toHaveLength(100);
    const zero = await api('GET', `${dir}/Users?startIndex=0&count=2`);
    expect(zero.body.startIndex).toBe(1);
    const empty = await api('GET', `${dir}/Users?count=-4`);
    expect(empty.body).toMatchObject({ itemsPerPage: 0, Resources: [] });
    expect(empty.body.totalResults).toBe(big.body.totalResults);
    const past = await api('GET', `${dir}/Users?startIndex=${big.body.totalResults + 1}`);
    expect(past.body.Resources).toEqual([]);
    expectScimError(await api('GET', `${dir}/Users?count=ten`), 400, 'invalidValue');
  });

  it('pages groups the same way', async () => {
    const all = await api('GET', `${dir}/Groups`);
    const second = await api('GET', `${dir}/Groups?startIndex=3&count=2`);
    expect(second.body.Resources.map((g: Json) => g.id)).toEqual(
      all.body.Resources.slice(2, 4).map((g: Json) => g.id),
    );
    expect(second.body.totalResults).toBe(all.body.totalResults);
  });
});

describe('filters and attributes', () => {
  it('matches userName case-insensitively and externalId exactly', async () => {
    const upper = await usersWith('USERNAME EQ "JSMITH@EXAMPLE.COM"');
    expect(upper.body.totalResults).toBe(1);
    const externalId = upper.body.Resources[0].externalId;
    expect((await usersWith(`externalId eq "${externalId}"`)).body.Resources[0].userName).toBe(
      'JSmith@Example.com',
    );
    expect((await usersWith(`externalId eq "${externalId.toUpperCase()}"`)).body.totalResults).toBe(0);
    expect((await usersWith('userName eq "nobody@example.com"')).body).toMatchObject({
      totalResults: 0,
      Resources: [],
    });
  });

  it('filters groups by displayName', async () => {
    const { body } = await api(
      'GET',
      `${dir}/Groups?filter=${encodeURIComponent('displayName eq "engineering"')}`,
    );
    expect(body.Resources.map((g: Json) => g.displayName)).toEqual(['Engineering']);
  });

  it.each([
    ['Users', 'userName co "smith"'],
    ['Users', 'title eq "SRE"'],
    ['Users', 'userName eq jsmith@example.com'],
    ['Users', 'userName eq "a@example.com" or userName eq "b@example.com"'],
    ['Users', 'userName eq "unterminated'],
    ['Groups', 'members eq "x"'],
    ['Groups', 'displayName sw "Eng"'],
  ])('rejects the %s filter %s with 400 invalidFilter', async (resource, filter) => {
    expectScimError(
      await api('GET', `${dir}/${resource}?filter=${encodeURIComponent(filter)}`),
      400,
      'invalidFilter',
    );
  });

  it('returns only the asked attributes, or all but the excluded ones', async () => {
    const only = await api('GET', `${dir}/Users?count=3&attributes=userName,name.givenName`);
    for (const user of only.body.Resources) {
      expect(Object.keys(user).sort()).toEqual(['id', 'name', 'schemas', 'userName']);
      expect(Object.keys(user.name)).toEqual(['givenName']);
    }
    const without = await api(
      'GET',
      `${dir}/Users?count=3&excludedAttributes=groups,emails.type,${ENTERPRISE}`,
    );
    for (const user of without.body.Resources) {
      expect(user.groups).toBeUndefined();
      expect(user[ENTERPRISE]).toBeUndefined();
      expect(user.emails[0]).toEqual({ value: user.userName, primary: true });
    }
    expectScimError(
      await api('GET', `${dir}/Users?attributes=userName&excludedAttributes=emails`),
      400,
      'invalidValue',
    );
  });
});

describe('auth, unknown directory and faults', () => {
  it("answers 401 in Atlassian's Failure body {error, traceId} without or with a wrong bearer token", async () => {
    const failures = [
      await api('GET', `${dir}/Users`, undefined, {}),
      await api('GET', `${dir}/Users`, undefined, { authorization: 'Bearer wrong' }),
      await api('GET', `${dir}/Users`, undefined, { authorization: `Basic ${token}` }),
      await api('GET', `/scim/directory/other/Users`, undefined, { authorization: 'Bearer wrong' }),
    ];
    for (const res of failures) {
      expect(res.status).toBe(401);
      expect(Object.keys(res.body).sort()).toEqual(['error', 'traceId']);
      expect(res.body.error).toEqual(expect.any(String));
      expect(res.body.traceId).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(failures.map((r) => r.body.traceId)).size).toBe(failures.length);
  });

  it('answers 404 for another directory', async () => {
    expectScimError(await api('GET', `/scim/directory/other/Users`), 404);
    expectScimError(
      await api('POST', `/scim/directory/other/Groups`, { schemas: [GROUP], displayName: 'x' }),
      404,
    );
  });

  it('answers 429 with Retry-After when rate limited, then serves again', async () => {
    await control('POST', 'faults', { rateLimitNext: 1, retryAfterSeconds: 2 });
    const limited = await api('GET', `${dir}/Users`);
    expectScimError(limited, 429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await api('GET', `${dir}/Users`)).status).toBe(200);
  });

  it('counts served requests by operationId', async () => {
    await api('GET', `${dir}/Users`);
    await api('GET', `${dir}/Users?count=1`);
    await api('GET', `${dir}/Groups`);
    await api('DELETE', `${dir}/Users/nope`);
    const { byOperation } = await control('GET', 'requests');
    expect(byOperation).toEqual({
      getUsersFromAnActiveDirectory: 2,
      getAllGroupsFromAnActiveDirectory: 1,
      deleteAUserFromAnActiveDirectory: 1,
    });
  });
});

describe('user writes', () => {
  it('creates a user that later reads, lists and filters see, at the end of the list', async () => {
    const before = (await api('GET', `${dir}/Users?count=0`)).body.totalResults;
    const created = await api(
      'POST',
      `${dir}/Users`,
      newUser('new.hire@example.com', { [ENTERPRISE]: { department: 'Finance' }, title: 'Analyst' }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      userName: 'new.hire@example.com',
      active: true,
      title: 'Analyst',
      [ENTERPRISE]: { department: 'Finance' },
    });
    expect((await api('GET', `${dir}/Users/${created.body.id}`)).body.userName).toBe('new.hire@example.com');
    expect((await usersWith('userName eq "New.Hire@example.com"')).body.Resources[0].id).toBe(
      created.body.id,
    );
    const last = await api('GET', `${dir}/Users?startIndex=${before + 1}`);
    expect(last.body.totalResults).toBe(before + 1);
    expect(last.body.Resources.map((u: Json) => u.id)).toEqual([created.body.id]);
  });

  it('rejects invalid creates with the SCIM error type', async () => {
    expectScimError(await api('POST', `${dir}/Users`, newUser('jsmith@EXAMPLE.com')), 409, 'uniqueness');
    expectScimError(await api('POST', `${dir}/Users`, newUser('someone@unverified.io')), 400, 'invalidValue');
    expectScimError(
      await api('POST', `${dir}/Users`, { ...newUser('a@example.com'), schemas: undefined }),
      400,
      'invalidSyntax',
    );
    expectScimError(
      await api('POST', `${dir}/Users`, { ...newUser('a@example.com'), userName: '' }),
      400,
      'invalidValue',
    );
    expectScimError(
      await api('POST', `${dir}/Users`, { ...newUser('a@example.com'), emails: [] }),
      400,
      'invalidValue',
    );
    expectScimError(
      await api('POST', `${dir}/Users`, { ...newUser('a@example.com'), emails: [{ value: 'not-an-email' }] }),
      400,
      'invalidValue',
    );
    expectScimError(
      await api('POST', `${dir}/Users`, { ...newUser('a@example.com'), active: 'maybe' }),
      400,
      'invalidValue',
    );
    expectScimError(await api('POST', `${dir}/Users`, '{"schemas": ['), 400, 'invalidSyntax');
    expect((await usersWith('userName eq "a@example.com"')).body.totalResults).toBe(0);
  });

  it('PUT replaces the user: unspecified attributes are cleared', async () => {
    const jane = (await usersWith('userName eq "jsmith@example.com"')).body.Resources[0];
    const put = await api('PUT', `${dir}/Users/${jane.id}`, {
      schemas: [USER],
      userName: jane.userName,
      name: { givenName: 'Janet', familyName: 'Smith' },
      emails: jane.emails,
    });
    expect(put.status).toBe(200);
    const read = (await api('GET', `${dir}/Users/${jane.id}`)).body;
    expect(read.name).toEqual({ givenName: 'Janet', familyName: 'Smith' });
    expect(read.title).toBeUndefined();
    expect(read[ENTERPRISE]).toEqual({});
    expect(read.active).toBe(true);
    expect(read.meta.lastModified > jane.meta.lastModified).toBe(true);
    const other = (await api('GET', `${dir}/Users?startIndex=2&count=1`)).body.Resources[0];
    expectScimError(
      await api('PUT', `${dir}/Users/${jane.id}`, newUser(other.userName.toUpperCase())),
      409,
      'uniqueness',
    );
    expectScimError(
      await api('PUT', `${dir}/Users/00000000-0000-4000-8000-000000000000`, newUser('x@example.com')),
      404,
    );
  });

  it('PATCH deactivates and reactivates, telling the listeners', async () => {
    const jane = (await usersWith('userName eq "jsmith@example.com"')).body.Resources[0];
    const off = await api(
      'PATCH',
      `${dir}/Users/${jane.id}`,
      patchOp({ op: 'Replace', path: 'active', value: 'False' }),
    );
    expect(off.body.active).toBe(false);
    expect((await api('GET', `${dir}/Users/${jane.id}`)).body.active).toBe(false);
    await api('PATCH', `${dir}/Users/${jane.id}`, patchOp({ op: 'replace', value: { active: true } }));
    expect((await api('GET', `${dir}/Users/${jane.id}`)).body.active).toBe(true);
    // Setting the value it already has is no flip.
    await api('PATCH', `${dir}/Users/${jane.id}`, patchOp({ op: 'replace', path: 'active', value: true }));
    expect(activeChanges).toEqual([
      ['JSmith@Example.com', false],
      ['JSmith@Example.com', true],
    ]);
  });

  it('PATCH changes attributes by path, sub-attribute, value filter and extension URN', async () => {
    const jane = (await usersWith('userName eq "jsmith@example.com"')).body.Resources[0];
    const patched = await api(
      'PATCH',
      `${dir}/Users/${jane.id}`,
      patchOp(
        { op: 'replace', path: 'name.givenName', value: 'Janet' },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'janet.smith@example.com' },
        { op: 'add', path: `${ENTERPRISE}:department`, value: 'Security' },
        { op: 'add', value: { nickName: 'JJ', title: 'CISO' } },
        { op: 'remove', path: 'timezone' },
      ),
    );
    expect(patched.status).toBe(200);
    const read = (await api('GET', `${dir}/Users/${jane.id}`)).body;
    expect(read.name.givenName).toBe('Janet');
    expect(read.emails).toEqual([{ value: 'janet.smith@example.com', type: 'work', primary: true }]);
    expect(read[ENTERPRISE].department).toBe('Security');
    expect(read).toMatchObject({ nickName: 'JJ', title: 'CISO' });
    expect(read.timezone).toBeUndefined();
  });

  it('rejects invalid PATCHes and leaves the user unchanged', async () => {
    const jane = (await usersWith('userName eq "jsmith@example.com"')).body.Resources[0];
    const path = `${dir}/Users/${jane.id}`;
    expectScimError(
      await api('PATCH', path, patchOp({ op: 'replace', path: 'favouriteColour', value: 'red' })),
      400,
      'invalidPath',
    );
    expectScimError(
      await api('PATCH', path, patchOp({ op: 'move', path: 'title', value: 'x' })),
      400,
      'invalidSyntax',
    );
    expectScimError(await api('PATCH', path, patchOp({ op: 'remove', path: 'userName' })), 400, 'mutability');
    expectScimError(
      await api('PATCH', path, patchOp({ op: 'replace', path: 'active', value: 'maybe' })),
      400,
      'invalidValue',
    );
    expectScimError(await api('PATCH', path, { schemas: [PATCH], Operations: [] }), 400, 'invalidSyntax');
    expectScimError(
      await api('PATCH', path, { Operations: [{ op: 'replace', path: 'title', value: 'x' }] }),
      400,
      'invalidSyntax',
    );
    // All or nothing: a valid first operation is not kept when a later one fails.
    expectScimError(
      await api(
        'PATCH',
        path,
        patchOp(
          { op: 'replace', path: 'title', value: 'Changed' },
          { op: 'replace', path: 'nope', value: 1 },
        ),
      ),
      400,
      'invalidPath',
    );
    expect((await api('GET', path)).body.title).toBe('IT Manager');
    expectScimError(
      await api('PATCH', `${dir}/Users/unknown`, patchOp({ op: 'replace', path: 'title', value: 'x' })),
      404,
    );
  });

  it('DELETE deactivates: the user answers 404, leaves lists and groups, and a POST brings the same user back', async () => {
    const jane = (await usersWith('userName eq "jsmith@example.com"')).body.Resources[0];
    const itGroup = jane.groups.find((g: Json) => g.display === 'IT');
    const total = (await api('GET', `${dir}/Users?count=0`)).body.totalResults;

    expect((await api('DELETE', `${dir}/Users/${jane.id}`)).status).toBe(204);
    expectScimError(await api('GET', `${dir}/Users/${jane.id}`), 404);
    expectScimError(
      await api('PATCH', `${dir}/Users/${jane.id}`, patchOp({ op: 'replace', path: 'active', value: true })),
      404,
    );
    expectScimError(await api('DELETE', `${dir}/Users/${jane.id}`), 404);
    expect((await api('GET', `${dir}/Users?count=0`)).body.totalResults).toBe(total - 1);
    expect((await usersWith('userName eq "jsmith@example.com"')).body.totalResults).toBe(0);
    const members = (await api('GET', `${dir}/Groups/${itGroup.value}`)).body.members.map(
      (m: Json) => m.value,
    );
    expect(members).not.toContain(jane.id);
    expect(activeChanges).toEqual([['JSmith@Example.com', false]]);

    const again = await api('POST', `${dir}/Users`, newUser('jsmith@example.com'));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: jane.id, active: true, meta: { created: jane.meta.created } });
    expect(activeChanges).toEqual([
      ['JSmith@Example.com', false],
      ['jsmith@example.com', true],
    ]);
  });
});

describe('group writes', () => {
  async function someUserIds(n: number): Promise<string[]> {
    return (await api('GET', `${dir}/Users?count=${n}&attributes=id`)).body.Resources.map((u: Json) => u.id);
  }

  it('creates a group whose members see it in their groups', async () => {
    const [a, b] = await someUserIds(2);
    const created = await api('POST', `${dir}/Groups`, {
      schemas: [GROUP],
      displayName: 'Okta Admins',
      externalId: 'okta-1',
      members: [{ value: a }, { value: b }],
    });
    expect(created.status).toBe(201);
    const read = (await api('GET', `${dir}/Groups/${created.body.id}`)).body;
    expect(read.members.map((m: Json) => m.value)).toEqual([a, b]);
    expect(read.members[0]).toMatchObject({ type: 'User', $ref: `${scim.sim.url}${dir}/Users/${a}` });
    expect((await api('GET', `${dir}/Users/${a}`)).body.groups.map((g: Json) => g.display)).toContain(
      'Okta Admins',
    );
    expect(
      (await api('GET', `${dir}/Groups?filter=${encodeURIComponent('displayName eq "okta admins"')}`)).body
        .totalResults,
    ).toBe(1);
  });

  it('rejects duplicate names, unknown members and missing names', async () => {
    expectScimError(
      await api('POST', `${dir}/Groups`, { schemas: [GROUP], displayName: 'ENGINEERING' }),
      409,
      'uniqueness',
    );
    expectScimError(
      await api('POST', `${dir}/Groups`, {
        schemas: [GROUP],
        displayName: 'X',
        members: [{ value: 'ghost' }],
      }),
      400,
      'invalidValue',
    );
    expectScimError(await api('POST', `${dir}/Groups`, { schemas: [GROUP] }), 400, 'invalidValue');
    expectScimError(await api('POST', `${dir}/Groups`, { displayName: 'No schemas' }), 400, 'invalidSyntax');
    expect(
      (await api('GET', `${dir}/Groups?filter=${encodeURIComponent('displayName eq "X"')}`)).body
        .totalResults,
    ).toBe(0);
  });

  it('PATCH adds and removes members; unknown users are 404 and renames are refused', async () => {
    const [a, b, c] = await someUserIds(3);
    const group = (await api('POST', `${dir}/Groups`, { schemas: [GROUP], displayName: 'Sync Test' })).body;
    const path = `${dir}/Groups/${group.id}`;
    await api(
      'PATCH',
      path,
      patchOp({ op: 'add', path: 'members', value: [{ value: a }, { value: b }, { value: c }] }),
    );
    await api('PATCH', path, patchOp({ op: 'remove', path: `members[value eq "${b}"]` }));
    expect((await api('GET', path)).body.members.map((m: Json) => m.value)).toEqual([a, c]);
    await api('PATCH', path, patchOp({ op: 'remove', path: 'members', value: [{ value: a }] }));
    expect((await api('GET', path)).body.members.map((m: Json) => m.value)).toEqual([c]);
    expect((await api('GET', `${dir}/Users/${a}`)).body.groups.map((g: Json) => g.value)).not.toContain(
      group.id,
    );

    expectScimError(
      await api('PATCH', path, patchOp({ op: 'add', path: 'members', value: [{ value: 'ghost' }] })),
      404,
    );
    expectScimError(
      await api('PATCH', path, patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' })),
      400,
      'mutability',
    );
    expectScimError(
      await api('PATCH', path, patchOp({ op: 'add', path: 'owners', value: [] })),
      400,
      'invalidPath',
    );
    expect((await api('GET', path)).body).toMatchObject({
      displayName: 'Sync Test',
      members: [{ value: c }],
    });
    await api('PATCH', path, patchOp({ op: 'remove', path: 'members' }));
    expect((await api('GET', path)).body.members).toEqual([]);
  });

  it('PUT replaces members and externalId but not the name', async () => {
    const [a, b] = await someUserIds(2);
    const group = (
      await api('POST', `${dir}/Groups`, {
        schemas: [GROUP],
        displayName: 'Put Test',
        members: [{ value: a }],
      })
    ).body;
    const path = `${dir}/Groups/${group.id}`;
    const put = await api('PUT', path, {
      schemas: [GROUP],
      displayName: 'Put Test',
      externalId: 'ext-9',
      members: [{ value: b }],
    });
    expect(put.body).toMatchObject({ externalId: 'ext-9', members: [{ value: b }] });
    expectScimError(
      await api('PUT', path, { schemas: [GROUP], displayName: 'Other Name' }),
      400,
      'mutability',
    );
    expectScimError(
      await api('PUT', path, { schemas: [GROUP], displayName: 'Put Test', members: [{ value: 'ghost' }] }),
      400,
      'invalidValue',
    );
    expect((await api('GET', path)).body.members.map((m: Json) => m.value)).toEqual([b]);
  });

  it('DELETE removes the group from lists and from its members’ groups', async () => {
    const engineering = (
      await api('GET', `${dir}/Groups?filter=${encodeURIComponent('displayName eq "Engineering"')}`)
    ).body.Resources[0];
    const member = engineering.members[0].value;
    const total = (await api('GET', `${dir}/Groups`)).body.totalResults;
    expect((await api('DELETE', `${dir}/Groups/${engineering.id}`)).status).toBe(204);
    expectScimError(await api('GET', `${dir}/Groups/${engineering.id}`), 404);
    expectScimError(await api('DELETE', `${dir}/Groups/${engineering.id}`), 404);
    expect((await api('GET', `${dir}/Groups`)).body.totalResults).toBe(total - 1);
    expect(
      (await api('GET', `${dir}/Users/${member}`)).body.groups.map((g: Json) => g.display),
    ).not.toContain('Engineering');
  });
});

describe('reset', () => {
  it('POST /__sim/reset brings back the seeded users and groups', async () => {
    const seeded = await walkUsers(100);
    const groups = (await api('GET', `${dir}/Groups`)).body;
    await api('POST', `${dir}/Users`, newUser('temp@example.com'));
    await api('DELETE', `${dir}/Users/${seeded[0].id}`);
    await api('DELETE', `${dir}/Groups/${groups.Resources[0].id}`);
    await api(
      'PATCH',
      `${dir}/Users/${seeded[1].id}`,
      patchOp({ op: 'replace', path: 'title', value: 'Changed' }),
    );

    await control('POST', 'reset');
    expect(await walkUsers(100)).toEqual(seeded);
    expect((await api('GET', `${dir}/Groups`)).body).toEqual(groups);
  });
});
