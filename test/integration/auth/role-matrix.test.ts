import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/principal.js';
import { printSdl } from '../../../scripts/schema-sdl.js';
import { loadTypeDefs } from '../../../src/type-defs.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Each role × each class of operation, over HTTP with that role's API key. A refused one answers
 * FORBIDDEN and makes no vendor call at all (not even a validation read), counted on the
 * simulators' request logs; an allowed one runs (dry runs still read the vendors to validate).
 */
const OPERATOR_MUTATIONS = [
  'suspendUser',
  'restoreUser',
  'assignOrganizationRole',
  'revokeOrganizationRole',
  'grantProductRole',
  'revokeProductRole',
  'addGroupMember',
  'removeGroupMember',
  'updateIntegrationMappings',
];

interface Case {
  name: string;
  least: Role;
  query: string;
  variables: () => Record<string, unknown>;
}

describe('role matrix', () => {
  let gw: TestGateway;
  let groupId: string;
  let policyId: string;
  const roles: Role[] = ['viewer', 'operator', 'admin'];

  beforeAll(async () => {
    gw = await startTestGateway();
    const found = await gw.query(
      '{ groups(first: 1) { edges { node { id } } } policies(first: 1) { edges { node { id } } } }',
    );
    groupId = found.data.groups.edges[0].node.id;
    policyId = found.data.policies.edges[0].node.id;
  });
  afterAll(async () => gw?.close());

  const person = () => gw.fleet.company.people.find((p) => p.accounts.bettercloud && !p.jumpcloudAdmin)!;

  const cases: Case[] = [
    {
      name: 'read (users)',
      least: 'viewer',
      query: '{ users(first: 2) { totalCount } }',
      variables: () => ({}),
    },
    {
      name: 'operator: suspend',
      least: 'operator',
      query: 'mutation($i: SuspendUserInput!) { suspendUser(input: $i) { plannedCalls { path } } }',
      variables: () => ({ i: { email: person().email, dryRun: true } }),
    },
    {
      name: 'operator: membership',
      least: 'operator',
      query: 'mutation($i: AddGroupMemberInput!) { addGroupMember(input: $i) { plannedCalls { path } } }',
      variables: () => ({ i: { groupId, email: person().email, dryRun: true } }),
    },
    {
      name: 'admin: deprovision',
      least: 'admin',
      query: 'mutation($i: DeprovisionUserInput!) { deprovisionUser(input: $i) { plannedCalls { path } } }',
      variables: () => ({ i: { email: person().email, dryRun: true } }),
    },
    {
      name: 'admin: delete',
      least: 'admin',
      query: 'mutation($i: DeleteGroupInput!) { deleteGroup(input: $i) { plannedCalls { path } } }',
      variables: () => ({ i: { groupId, dryRun: true } }),
    },
    {
      name: 'admin: policy',
      least: 'admin',
      query: 'mutation($i: UpdatePolicyInput!) { updatePolicy(input: $i) { plannedCalls { path } } }',
      variables: () => ({ i: { policyId, enabled: false, dryRun: true } }),
    },
    {
      name: 'admin: audit log',
      least: 'admin',
      query: '{ auditLog(first: 1) { totalCount } }',
      variables: () => ({}),
    },
  ];

  const vendorCalls = async () =>
    Object.values(await gw.served()).reduce(
      (sum, ops) => sum + Object.values(ops).reduce((a, b) => a + b, 0),
      0,
    );

  for (const c of cases)
    for (const role of roles) {
      const allowed = roles.indexOf(role) >= roles.indexOf(c.least);
      it(`${c.name} as ${role}: ${allowed ? 'allowed' : 'FORBIDDEN, no vendor call'}`, async () => {
        await gw.running.gateway.forgetVendorReads();
        await gw.resetCounts();
        const res = await gw.query(c.query, c.variables(), { as: role });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (allowed) {
          expect(codes).not.toContain('FORBIDDEN');
          expect(res.data).toBeTruthy();
          if (c.name !== 'admin: audit log') expect(await vendorCalls()).toBeGreaterThan(0);
        } else {
          expect(codes).toEqual(['FORBIDDEN']);
          expect(res.errors![0].extensions).toMatchObject({ requiredRole: c.least.toUpperCase() });
          expect(await vendorCalls()).toBe(0);
        }
      });
    }

  it('refuses the upstream trace to everyone but admins, and still answers them', async () => {
    for (const role of roles) {
      const res = await gw.query('{ users(first: 1) { totalCount } }', {}, { as: role, trace: true });
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.upstream !== undefined).toBe(role === 'admin');
    }
  });

  it('puts each mutation in the class the issue names: operator ones listed, every other one admin', () => {
    const mutations = Object.keys(buildSchema(loadTypeDefs().join('\n')).getMutationType()!.getFields());
    expect(mutations).toEqual(expect.arrayContaining(OPERATOR_MUTATIONS));
    const published = buildSchema(printSdl(loadTypeDefs()));
    for (const [name, field] of Object.entries(published.getMutationType()!.getFields())) {
      const role = OPERATOR_MUTATIONS.includes(name) ? 'operator' : 'admin';
      expect(field.description, name).toContain(`Requires the \`${role}\` role.`);
    }
    expect(published.getQueryType()!.getFields().auditLog.description).toContain(
      'Requires the `admin` role.',
    );
    expect(published.getQueryType()!.getFields().users.description).toContain('Requires the `viewer` role.');
  });
});
