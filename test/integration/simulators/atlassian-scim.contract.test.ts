import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandaloneScim, type StandaloneScim } from '../../../simulators/atlassian/scim/standalone.js';
import { contractCall, OpenApiContract } from '../../support/openapi-contract.js';

const directoryId = '6f0c2b7e-3d4a-4e91-8b5f-1a2c3d4e5f60';
const dir = `/scim/directory/${directoryId}`;
const auth = { authorization: 'Bearer dev-atlassian-token' };

// Integer query parameters (startIndex, count) go in the path: the contract helper validates
// `query` values as strings, so `count: '5'` would fail `type: integer` (see the report).
describe('Atlassian SCIM simulator against specs/atlassian-scim.yaml', () => {
  const contract = new OpenApiContract('atlassian-scim.yaml');
  let scim: StandaloneScim;
  const call = (
    method: string,
    path: string,
    options: { query?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
  ) => contractCall(contract, scim.sim.url, method, path, { headers: auth, ...options });

  beforeAll(async () => {
    scim = await startStandaloneScim(directoryId);
  });
  afterAll(async () => {
    await scim?.sim.close();
  });

  it('serves the user operations', async () => {
    const page = await call('GET', `${dir}/Users?startIndex=2&count=3`);
    expect(page.status).toBe(200);
    expect(page.body.Resources).toHaveLength(3);
    expect(page.body.startIndex).toBe(2);

    const jane = await call('GET', `${dir}/Users`, { query: { filter: 'userName eq "jsmith@example.com"' } });
    expect(jane.body.totalResults).toBe(1);
    const janeId: string = jane.body.Resources[0].id;

    const trimmed = await call('GET', `${dir}/Users/${janeId}`, {
      query: { attributes: 'userName,emails.value' },
    });
    expect(Object.keys(trimmed.body).sort()).toEqual(['emails', 'id', 'schemas', 'userName']);
    expect((await call('GET', `${dir}/Users/${janeId}`)).body.userName).toBe('JSmith@Example.com');

    const created = await call('POST', `${dir}/Users`, {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: 'contract.user@example.com',
        externalId: '00ucontract',
        name: { givenName: 'Contract', familyName: 'User' },
        emails: [{ value: 'contract.user@example.com', type: 'work', primary: true }],
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Legal' },
      },
    });
    expect(created.status).toBe(201);
    const userId: string = created.body.id;

    const replaced = await call('PUT', `${dir}/Users/${userId}`, {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: 'contract.user@example.com',
        title: 'Counsel',
        emails: [{ value: 'contract.user@example.com', primary: true }],
      },
    });
    expect(replaced.body.title).toBe('Counsel');

    const patched = await call('PATCH', `${dir}/Users/${userId}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      },
    });
    expect(patched.body.active).toBe(false);

    expect((await call('DELETE', `${dir}/Users/${userId}`)).status).toBe(204);
    expect((await call('GET', `${dir}/Users/${userId}`)).status).toBe(404);
  });

  it('serves the group operations', async () => {
    const list = await call('GET', `${dir}/Groups?count=2`);
    expect(list.body.Resources).toHaveLength(2);
    const engineering = await call('GET', `${dir}/Groups`, {
      query: { filter: 'displayName eq "Engineering"' },
    });
    expect(engineering.body.Resources[0].displayName).toBe('Engineering');
    const memberId: string = engineering.body.Resources[0].members[0].value;

    const created = await call('POST', `${dir}/Groups`, {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
        displayName: 'Contract Group',
        members: [{ value: memberId }],
      },
    });
    expect(created.status).toBe(201);
    const groupId: string = created.body.id;
    expect((await call('GET', `${dir}/Groups/${groupId}`)).body.members).toHaveLength(1);

    const put = await call('PUT', `${dir}/Groups/${groupId}`, {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
        displayName: 'Contract Group',
        externalId: 'ext-1',
        members: [],
      },
    });
    expect(put.body.members).toEqual([]);

    const patched = await call('PATCH', `${dir}/Groups/${groupId}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'add', path: 'members', value: [{ value: memberId }] }],
      },
    });
    expect(patched.body.members.map((m: { value: string }) => m.value)).toEqual([memberId]);

    expect((await call('DELETE', `${dir}/Groups/${groupId}`)).status).toBe(204);
    expect((await call('GET', `${dir}/Groups/${groupId}`)).status).toBe(404);
  });

  it('serves the discovery documents', async () => {
    expect((await call('GET', `${dir}/Schemas`)).body.totalResults).toBe(3);
    expect((await call('GET', `${dir}/Schemas/urn:ietf:params:scim:schemas:core:2.0:User`)).body.name).toBe(
      'User',
    );
    expect((await call('GET', `${dir}/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group`)).body.name).toBe(
      'Group',
    );
    expect(
      (await call('GET', `${dir}/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`)).body
        .name,
    ).toBe('EnterpriseUser');
    expect(
      (await call('GET', `${dir}/ResourceTypes`)).body.Resources.map((r: { id: string }) => r.id),
    ).toEqual(['User', 'Group']);
    expect((await call('GET', `${dir}/ResourceTypes/User`)).body.endpoint).toBe('/Users');
    expect((await call('GET', `${dir}/ResourceTypes/Group`)).body.endpoint).toBe('/Groups');
    expect((await call('GET', `${dir}/ServiceProviderConfig`)).body.filter).toEqual({
      supported: true,
      maxResults: 100,
    });
  });

  it('answers errors in the SCIM error body the spec declares', async () => {
    expect((await call('GET', `${dir}/Users`, { headers: {} })).status).toBe(401);
    expect((await call('GET', `${dir}/Users`, { query: { filter: 'title eq "x"' } })).body.scimType).toBe(
      'invalidFilter',
    );
    expect((await call('GET', `/scim/directory/not-a-directory/Groups`)).status).toBe(404);
    const duplicate = await call('POST', `${dir}/Users`, {
      body: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: 'JSMITH@example.com',
        emails: [{ value: 'jsmith@example.com' }],
      },
    });
    expect(duplicate.status).toBe(409);
    await fetch(`${scim.sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ rateLimitNext: 1, retryAfterSeconds: 2 }),
    });
    expect((await call('GET', `${dir}/ServiceProviderConfig`)).status).toBe(429);
  });

  it('has exercised every operation of the spec', () => {
    expect(contract.uncovered()).toEqual([]);
  });
});
