/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON in tests is untyped */
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import { nodeIdFormats, type NodeIdFormat } from '../../../common/node-id-formats.js';
import { LeakyBucketBudget } from '../../../src/limits/cost-budget.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Tenant scope and safe paths for every Node type and every mutation that takes an ID, both derived
 * from the schema: an ID with a `.`/`..` part, or naming another Atlassian organization or JumpCloud
 * provider, answers BAD_USER_INPUT / NOT_FOUND (INVALID_ID / NOT_FOUND userErrors for mutations)
 * and reaches no vendor.
 */
const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

let gw: TestGateway;
let otherOrgId: string;
beforeAll(async () => {
  const auditFile = path.join(mkdtempSync(path.join(tmpdir(), 'scope-')), 'audit.ndjson');
  // Hundreds of refused operations: a budget that never runs out, so only the scope answers.
  gw = await startTestGateway({
    env: { ADMINGRAPH_AUDIT_FILE: auditFile },
    budget: new LeakyBucketBudget(1e12),
  });
  const info = gw.fleet.running.atlassian!.simulator.state.info() as any;
  otherOrgId = info.orgs.map((o: any) => o.id).find((id: string) => id !== gw.running.ids.atlassian.orgId);
  expect(otherOrgId).toBeDefined();
  const psa = await gw.query(
    `{ integrations(filter: { vendor: JUMPCLOUD, kind: CONNECTWISE }) { edges { node { id } } } }`,
  );
  realIds.integrationId = psa.data.integrations.edges[0].node.id;
}, 120_000);
afterAll(async () => {
  await gw?.close();
});

async function vendorRequests(): Promise<string[]> {
  return Object.values(gw.fleet.running).flatMap((sim) =>
    sim.log.snapshot().recent.map((r) => `${sim.vendor} ${r.method} ${r.operationId}`),
  );
}

/** A well-formed value for a part, so that a forgery changes one part only. */
const OTHER_PROVIDER = 'f'.repeat(24);
function wellFormed(format: NodeIdFormat, index: number): string {
  const samples = [
    'jsmith@example.com',
    'user-0648cb1d',
    '712020:2409df52-56df-4f18-83f6-f534bb031474',
    '8716a8bf-0576-4236-b6f9-9662290f2525',
    'c46da6a6f98814da277191ab',
    'configuredpolicytemplate',
    '2026-11-01T11:17:20.000Z',
  ];
  if (format.tenant?.index === index)
    return format.prefix === 'Provider'
      ? gw.running.ids.jumpcloud.providerId
      : gw.running.ids.atlassian.orgId;
  const sample = samples.find((s) => format.parts[index].safeParse(s).success);
  if (!sample) throw new Error(`no sample fits part ${index} of ${format.prefix}/${format.vendor}`);
  return sample;
}

const idOf = (format: NodeIdFormat, parts: string[]) =>
  toGlobalId(format.prefix, ...(format.vendor ? [format.vendor] : []), ...parts);
const label = (format: NodeIdFormat) => `${format.prefix}${format.vendor ? `:${format.vendor}` : ''}`;

interface Forgery {
  name: string;
  /** Built once the gateway runs (the served tenant's IDs fill the other parts). */
  id: () => string;
}

/** Each part of each format replaced by `.` and by `..`, the others well formed. */
const dotForgeries: Forgery[] = nodeIdFormats.flatMap((format) =>
  format.parts.flatMap((_, i) =>
    ['.', '..'].map((dots) => ({
      name: `${label(format)} part ${i} = ${dots}`,
      id: () =>
        idOf(
          format,
          format.parts.map((__, j) => (j === i ? dots : wellFormed(format, j))),
        ),
    })),
  ),
);

/** Each format naming a tenant, with another organization's or provider's ID in that part. */
const tenantForgeries: Forgery[] = nodeIdFormats
  .filter((format) => format.tenant)
  .map((format) => ({
    name: `${label(format)} of another tenant`,
    id: () => {
      const other = format.prefix === 'Provider' ? OTHER_PROVIDER : otherOrgId;
      return idOf(
        format,
        format.parts.map((_, j) => (j === format.tenant!.index ? other : wellFormed(format, j))),
      );
    },
  }));

describe('the node ID formats', () => {
  it('cover every type implementing Node', () => {
    const node = schema.getType('Node') as any;
    const implementations = schema.getPossibleTypes(node).map((t) => t.name);
    expect(new Set(nodeIdFormats.map((f) => f.typename))).toStrictEqual(new Set(implementations));
  });

  it('accept the ID of every kind of object the lists give', async () => {
    const res =
      await gw.query(`{ user(email: "jsmith@example.com") { id subscriptions { id } accounts { id } }
      groups(first: 100) { edges { node { id } } } workflows(first: 2) { edges { node { id } } }
      policies(first: 100) { edges { node { id } } } integrations(first: 100) { edges { node { id } } }
      organizations(first: 100) { edges { node { id } } } provider { id } applications(first: 2) { edges { node { id } } }
      events(first: 60) { edges { node { id } } } }`);
    expect(res.errors).toBeUndefined();
    // Two IDs of each kind (type and vendor) the lists gave.
    const byKind = new Map<string, string[]>();
    JSON.stringify(res.data, (key, value) => {
      if (key !== 'id') return value;
      const kind = Buffer.from(value, 'base64url').toString().split(':').slice(0, 2).join(':');
      const ids = byKind.get(kind) ?? [];
      if (ids.length < 2 && !ids.includes(value)) byKind.set(kind, [...ids, value]);
      return value;
    });
    const ids = [...byKind.values()].flat();
    const kinds = new Set(nodeIdFormats.map(label));
    expect(new Set([...byKind.keys()].map((k) => (kinds.has(k) ? k : k.split(':')[0])))).toStrictEqual(kinds);
    const nodes = await gw.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(nodes.errors, JSON.stringify(nodes.errors)).toBeUndefined();
    expect(nodes.data.nodes.map((n: any) => n?.id)).toStrictEqual(ids);
  });
});

describe('node(id:) refuses forged IDs before any vendor call', () => {
  it.each(dotForgeries)('$name → BAD_USER_INPUT', async ({ id }) => {
    await gw.resetCounts();
    const res = await gw.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: id() });
    expect(res.errors?.map((e) => e.extensions?.code)).toStrictEqual(['BAD_USER_INPUT']);
    expect(await vendorRequests()).toStrictEqual([]);
  });

  it.each(tenantForgeries)('$name → NOT_FOUND', async ({ id }) => {
    await gw.resetCounts();
    const res = await gw.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: id() });
    expect(res.errors?.map((e) => e.extensions?.code)).toStrictEqual(['NOT_FOUND']);
    expect(await vendorRequests()).toStrictEqual([]);
  });
});

/** Real IDs for ID fields beside the one under test (so that the one under test is what gets refused). */
const realIds: Record<string, string> = {};

describe('another organization the token sees', () => {
  it('`updatePolicy` on its real policy answers a NOT_FOUND userError and changes nothing', async () => {
    const sim = gw.fleet.running.atlassian!;
    const otherPolicies = () =>
      fetch(`${sim.url}/v1/orgs/${otherOrgId}/policies`, {
        headers: { authorization: 'Bearer dev-atlassian-token' },
      }).then((r) => r.json() as Promise<any>);
    const before = await otherPolicies();
    // The issue's case: the other org's "Default authentication policy", enabled.
    const target = before.data.find((p: any) => p.status === 'enabled');
    expect(target).toBeDefined();
    const policyId = toGlobalId('Policy', 'ATLASSIAN', target.id, otherOrgId);
    await gw.resetCounts();
    const res = await gw.query(
      `mutation ($id: ID!) { updatePolicy(input: { policyId: $id, enabled: false }) { userErrors { field code } } }`,
      { id: policyId },
    );
    expect(res.data.updatePolicy.userErrors).toStrictEqual([
      { field: ['input', 'policyId'], code: 'NOT_FOUND' },
    ]);
    expect(await vendorRequests()).toStrictEqual([]);
    expect(await otherPolicies()).toStrictEqual(before);
  });
});

describe('raw vendor IDs in mutation inputs', () => {
  it.each([
    [
      'inviteUsers',
      '{ emails: ["new.person@example.com"], directoryId: $value, dryRun: true }',
      'directoryId',
      'NOT_FOUND',
      () => otherOrgId,
    ],
    [
      'inviteUsers',
      '{ emails: ["new.person@example.com"], directoryId: $value, dryRun: true }',
      'directoryId',
      'NOT_FOUND',
      () => '..',
    ],
    [
      'deleteProviderAdministrator',
      '{ administratorId: $value, dryRun: true }',
      'administratorId',
      'INVALID_ID',
      () => '..',
    ],
  ])('%s %s: %s answers %s with no vendor call', async (mutation, input, field, code, value) => {
    await gw.resetCounts();
    const res = await gw.query(
      `mutation ($value: String) { ${mutation}(input: ${input}) { userErrors { field code } } }`,
      { value: value() },
    );
    expect(res.data[mutation].userErrors).toStrictEqual([{ field: ['input', field], code }]);
    expect(await vendorRequests()).toStrictEqual([]);
  });
});

describe('cursors naming another tenant', () => {
  it('a tampered `events` cursor with another organization → NOT_FOUND, no Atlassian call', async () => {
    const page = await gw.query(`{ events(first: 5) { pageInfo { endCursor } } }`);
    const state = JSON.parse(Buffer.from(page.data.events.pageInfo.endCursor, 'base64url').toString());
    expect(state.o).toBe(gw.running.ids.atlassian.orgId);
    const tampered = Buffer.from(JSON.stringify({ ...state, o: otherOrgId })).toString('base64url');
    await gw.resetCounts();
    const res = await gw.query(`query ($after: String) { events(first: 5, after: $after) { totalCount } }`, {
      after: tampered,
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('NOT_FOUND');
    expect((await vendorRequests()).filter((r) => r.startsWith('atlassian'))).toStrictEqual([]);
  });
});

/** A value for an input type: `id` for the field under test, a harmless one everywhere else. */
function inputValue(type: GraphQLInputType, fieldPath: string, target: string, id: string): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, fieldPath, target, id);
  if (isListType(type)) return [inputValue(type.ofType, fieldPath, target, id)];
  if (fieldPath === target) return id;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const fieldTarget = `${fieldPath}.${field.name}`;
      const onTargetPath = target === fieldTarget || target.startsWith(`${fieldTarget}.`);
      // Only required fields, the field under test and dryRun: nothing else could be acted on.
      if (field.name === 'dryRun') value.dryRun = true;
      else if (onTargetPath || isNonNullType(field.type))
        value[field.name] = inputValue(field.type, fieldTarget, target, id);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  const name = fieldPath.split('.').pop()!;
  if (isScalarType(type) && type.name === 'ID' && realIds[name]) return realIds[name];
  if (isScalarType(type))
    return (
      { Int: 1, Float: 1, Boolean: false, ID: 'not-an-id', String: 'jsmith@example.com' }[type.name] ?? {}
    );
  return null;
}

/** Every (mutation, input path) whose type is an ID, e.g. `updatePolicy input.policyId`. */
function idInputs(): { mutation: string; target: string }[] {
  const found: { mutation: string; target: string }[] = [];
  const walk = (mutation: string, type: GraphQLInputType, at: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && named.name === 'ID') found.push({ mutation, target: at });
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields()))
      walk(mutation, field.type, `${at}.${field.name}`, new Set([...seen, named.name]));
  };
  for (const field of Object.values(schema.getMutationType()!.getFields()))
    for (const arg of field.args) walk(field.name, arg.type, arg.name, new Set());
  return found;
}

async function runMutation(mutation: string, target: string, id: string) {
  const field = schema.getMutationType()!.getFields()[mutation];
  const variables = Object.fromEntries(
    field.args.map((a) => [a.name, inputValue(a.type, a.name, target, id)]),
  );
  const declarations = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  await gw.resetCounts();
  const res = await gw.query(
    `mutation (${declarations}) { ${mutation}(${args}) { userErrors { field code } } }`,
    variables,
  );
  return { res, requests: await vendorRequests() };
}

describe('every mutation that takes an ID refuses forged ones like garbage', () => {
  const cases = idInputs();
  it('finds the ID inputs in the schema', () => {
    expect(cases.map((c) => `${c.mutation} ${c.target}`)).toEqual(
      expect.arrayContaining(['updatePolicy input.policyId', 'addGroupMember input.groupId']),
    );
  });

  it.each(cases)('$mutation $target', async ({ mutation, target }) => {
    // What the mutation does with something that is no ID at all: the calls it may make (none, or
    // the person's lookup) and the error it answers.
    const garbage = await runMutation(mutation, target, 'not-an-id');
    const refusal = (res: any) =>
      res.errors
        ? res.errors.map((e: any) => e.extensions?.code)
        : res.data[mutation].userErrors.filter(
            // List indices left out: `input.rows.0.organizationId` is the field `input.rows.organizationId`.
            (e: any) => e.field.filter((p: string) => !/^\d+$/.test(p)).join('.') === target,
          );
    expect(refusal(garbage.res).length, JSON.stringify(garbage.res)).toBeGreaterThan(0);
    for (const { name, id } of [...dotForgeries, ...tenantForgeries]) {
      const forged = await runMutation(mutation, target, id());
      expect(JSON.stringify(forged.res), name).not.toContain('INTERNAL_SERVER_ERROR');
      expect(refusal(forged.res).length, `${name}: ${JSON.stringify(forged.res)}`).toBeGreaterThan(0);
      // No write anywhere, and no read beyond those garbage causes.
      expect(
        forged.requests.filter((r) => !r.includes(' GET ')),
        name,
      ).toStrictEqual([]);
      for (const request of forged.requests) expect(garbage.requests, name).toContain(request);
    }
  });
});
