/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results and simulator state in tests are untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlassianState } from '../../simulators/atlassian/state.js';
import type { BetterCloudState } from '../../simulators/bettercloud/state.js';
import type { JumpCloudStore } from '../../simulators/jumpcloud/store.js';
import type { SnowState } from '../../simulators/snow/state.js';
import { userCostPerMonth } from '../../simulators/snow/user-metrics.js';
import { startOperationsGateway, type OperationsGateway } from '../support/operations.js';
import { testCompany } from '../support/simulators.js';

/**
 * The governance answers through `executeOperation`, each expected answer counted on the
 * simulators' own state (or on the seed they are built from), never copied from a run.
 */
let gw: OperationsGateway;
let atlassian: AtlassianState;
let bettercloud: BetterCloudState;
let snow: SnowState;
let jumpcloud: JumpCloudStore;

beforeAll(async () => {
  gw = await startOperationsGateway();
  // The simulator's state is wrapped with its SCIM side; the same seed builds the same organization here.
  atlassian = new AtlassianState(testCompany());
  bettercloud = gw.fleet.running.bettercloud!.simulator.state as BetterCloudState;
  snow = gw.fleet.running.snow!.simulator.state as SnowState;
  jumpcloud = gw.fleet.running.jumpcloud!.simulator.state as JumpCloudStore;
});
afterAll(async () => gw?.close());

/** Every page of a root connection; fails on any error. */
async function walk(field: string, selection: string, args: Record<string, unknown> = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  let totalCount: number | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const res: any = await gw.execute(
      `query ($after: String) { ${field}(first: 100, after: $after${argText(args)}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    const page: any = res.data![field];
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

/** GraphQL literal arguments from a plain object (enums given as `{ enum: 'X' }`). */
function argText(args: Record<string, unknown>): string {
  const literal = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
    if (v && typeof v === 'object' && 'enum' in v) return String((v as { enum: string }).enum);
    if (v && typeof v === 'object')
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${literal(x)}`)
        .join(', ')} }`;
    return JSON.stringify(v);
  };
  const parts = Object.entries(args).map(([k, v]) => `${k}: ${literal(v)}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

const mainOrg = () => atlassian.mainOrg;
const company = () => testCompany();

describe('offboardingGaps', () => {
  it('lists everyone BetterCloud closed whose Atlassian account is still active, each once, by email', async () => {
    const expected = company()
      .people.filter(
        (p) =>
          p.accounts.bettercloud &&
          p.accounts.bettercloud.state !== 'active' &&
          p.accounts.atlassian?.state === 'active',
      )
      .map((p) => p.email)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totalCount } = await walk('offboardingGaps', 'user { email }', {
      filter: {
        closedIn: { enum: 'BETTERCLOUD' },
        vendor: { enum: 'ATLASSIAN' },
        kinds: [{ enum: 'ACTIVE_ACCOUNT' }],
      },
    });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.user.email)).toEqual(expected);
  });

  it('names a leaver still a JumpCloud administrator and an Atlassian org-admin, with the dry-run mutations that close it', async () => {
    const admins = new Map<string, any>(jumpcloud.data.administrators.map((a: any) => [a.email, a]));
    const leaverAdmin = company().people.find(
      (p) =>
        p.accounts.bettercloud?.state === 'deprovisioned' &&
        admins.has(p.email) &&
        p.atlassianOrgRole === 'org-admin',
    )!;
    expect(leaverAdmin).toBeDefined();
    const res = await gw.execute(
      `query ($email: String) { offboardingGaps(filter: { email: $email }) { totalCount edges { node {
        user { email } closedIn { vendor status }
        remainingAccess { kind vendor role remedy { mutation input } }
        remedies { mutation input } } } } }`,
      { email: leaverAdmin.email },
    );
    expect(res.errors).toBeUndefined();
    const gap = res.data!.offboardingGaps.edges[0].node;
    const admin = admins.get(leaverAdmin.email);
    expect(gap.remainingAccess).toContainEqual({
      kind: 'PRIVILEGED_ROLE',
      vendor: 'JUMPCLOUD',
      role: admin.roleName,
      remedy: { mutation: 'deleteProviderAdministrator', input: { administratorId: admin.id, dryRun: true } },
    });
    expect(gap.remainingAccess).toContainEqual(
      expect.objectContaining({
        kind: 'PRIVILEGED_ROLE',
        vendor: 'ATLASSIAN',
        role: 'org-admin',
        remedy: {
          mutation: 'revokeOrganizationRole',
          input: { email: leaverAdmin.email, role: 'org-admin', dryRun: true },
        },
      }),
    );
    // The remedy, sent as given, is a dry run that plans the vendor call and changes nothing.
    const remedy = gap.remedies.find((r: any) => r.mutation === 'revokeOrganizationRole');
    const run = await gw.execute(
      `mutation ($input: RevokeOrganizationRoleInput!) { revokeOrganizationRole(input: $input) { plannedCalls { vendor method } userErrors { message } } }`,
      { input: remedy.input },
    );
    expect(run.errors).toBeUndefined();
    expect(run.data!.revokeOrganizationRole.userErrors).toEqual([]);
    expect(run.data!.revokeOrganizationRole.plannedCalls).toHaveLength(1);
  });

  it("counts Snow's monthly cost of people closed elsewhere, as Snow's own records add it up", async () => {
    const closedElsewhere = new Set(
      company()
        .people.filter((p) =>
          (['bettercloud', 'atlassian'] as const).some(
            (v) => p.accounts[v] && p.accounts[v]!.state !== 'active',
          ),
        )
        .map((p) => p.email),
    );
    const snowCost = new Map<string, number>();
    for (const user of snow.data.users) {
      const email = user.email.trim().toLowerCase();
      const cost = userCostPerMonth(user);
      if (closedElsewhere.has(email) && cost > 0) snowCost.set(email, cost);
    }
    expect(snowCost.size).toBeGreaterThan(0);
    const { nodes, totalCount } = await walk('offboardingGaps', 'user { email } monthlyCost { amount }', {
      filter: { vendor: { enum: 'SNOW' }, kinds: [{ enum: 'MONTHLY_COST' }] },
    });
    expect(totalCount).toBe(snowCost.size);
    for (const node of nodes) expect(node.monthlyCost.amount).toBeCloseTo(snowCost.get(node.user.email)!, 2);
  });

  it('every remedy of the seeded gaps runs as given: a dry run with planned calls and no userErrors', async () => {
    const seeded = company().people.filter(
      (p) => p.email.includes('.') && p.email.split('@')[0].includes('.'),
    );
    const inputType = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
    let ran = 0;
    for (const person of seeded) {
      const res = await gw.execute(
        `query ($email: String) { offboardingGaps(filter: { email: $email }) { edges { node { remedies { mutation input } } } } }`,
        { email: person.email },
      );
      for (const edge of res.data!.offboardingGaps.edges)
        for (const remedy of edge.node.remedies) {
          const run = await gw.execute(
            `mutation ($input: ${inputType(remedy.mutation)}!) { ${remedy.mutation}(input: $input) { plannedCalls { vendor } userErrors { message } } }`,
            { input: remedy.input },
          );
          expect(run.errors).toBeUndefined();
          expect(run.data![remedy.mutation].userErrors).toEqual([]);
          expect(run.data![remedy.mutation].plannedCalls.length).toBeGreaterThan(0);
          ran++;
        }
    }
    expect(ran).toBeGreaterThanOrEqual(4);
  });

  it('refuses a cursor taken under another filter, before any vendor call', async () => {
    const first = await gw.execute(`{ offboardingGaps(first: 1) { pageInfo { endCursor } } }`);
    const res = await gw.execute(
      `query ($after: String) { offboardingGaps(first: 1, after: $after, filter: { closedIn: BETTERCLOUD }) { totalCount } }`,
      { after: first.data!.offboardingGaps.pageInfo.endCursor },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('when Atlassian role reads fail', () => {
  it('answers the gaps the index decides, and reports Atlassian in errors with its code and vendor', async () => {
    await gw.execute('{ users(first: 1) { totalCount } }'); // the index first, so only role reads fail
    await gw.fault('atlassian', {
      errorNext: 100_000,
      errorStatus: 503,
      operations: ['getUserRoleAssignments'],
    });
    try {
      const res = await gw.execute(
        '{ offboardingGaps(first: 5) { totalCount edges { node { user { email } } } } }',
      );
      expect(res.data!.offboardingGaps.edges.length).toBeGreaterThan(0);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'VENDOR_UNAVAILABLE',
        vendor: 'ATLASSIAN',
        retryable: true,
      });
    } finally {
      await gw.reseed();
    }
  });
});

describe('privilegedAccess', () => {
  it('lists every JumpCloud provider administrator', async () => {
    const expected = [
      ...new Set(jumpcloud.data.administrators.map((a: any) => a.email.toLowerCase())),
    ].sort();
    const { nodes, totalCount } = await walk('privilegedAccess', 'user { email } roles { vendor role }', {
      filter: { vendor: { enum: 'JUMPCLOUD' } },
    });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.user.email)).toEqual(expected);
  });

  it('lists the Atlassian org-admins whose accounts are not closed, longest idle first', async () => {
    const expected = mainOrg()
      .directory.members.filter((m) => m.orgRole === 'org-admin' && m.account.status === 'active')
      .map((m) => m.account.email.toLowerCase());
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totalCount } = await walk('privilegedAccess', 'user { email } lastActiveAt status', {
      filter: { vendor: { enum: 'ATLASSIAN' }, role: 'ORG-ADMIN' },
      sort: { field: { enum: 'LAST_ACTIVE' } },
    });
    expect(totalCount).toBe(expected.length);
    expect(new Set(nodes.map((n) => n.user.email))).toEqual(new Set(expected));
    const times = nodes.map((n) => n.lastActiveAt ?? '');
    expect(times).toEqual([...times].sort());
    // The seeded leaver is among them, and shows as not entirely active.
    const leaver = company().people.find((p) => p.atlassianOrgRole === 'org-admin')!;
    expect(nodes.find((n) => n.user.email === leaver.email)?.status).not.toBe('ACTIVE');
  });
});

describe('orphanedAccounts', () => {
  it('lists the Atlassian accounts on no verified domain of the organization', async () => {
    const verified = new Set(
      mainOrg()
        .domains.filter((d) => d.claimStatus === 'verified')
        .map((d) => d.name),
    );
    const expected = mainOrg()
      .directory.members.filter((m) => m.account.status === 'active')
      .map((m) => m.account.email.toLowerCase())
      .filter((email) => !verified.has(email.split('@')[1]))
      .sort();
    expect(expected.some((e) => e.endsWith('-corp.com'))).toBe(true);
    const { nodes, totalCount } = await walk('orphanedAccounts', 'user { email } domain reasons', {
      filter: { vendor: { enum: 'ATLASSIAN' }, reasons: [{ enum: 'UNVERIFIED_DOMAIN' }] },
    });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.user.email)).toEqual(expected);
  });

  it('lists Snow accounts BetterCloud (the default directory of record) does not hold', async () => {
    const inBetterCloud = new Set(bettercloud.users.map((u: any) => u.email.toLowerCase()));
    // Deprovisioned at the source (the seeded company says so): Snow still lists them, disabled.
    const deprovisioned = new Set(
      company()
        .people.filter((p) => p.accounts.snow?.state === 'deprovisioned')
        .map((p) => p.email),
    );
    const expected = snow.data.users
      .filter(
        (u) =>
          !deprovisioned.has(u.email.trim().toLowerCase()) &&
          !inBetterCloud.has(u.email.trim().toLowerCase()),
      )
      .map((u) => u.email.trim().toLowerCase())
      .sort();
    const { nodes, totalCount } = await walk('orphanedAccounts', 'user { email } reasons', {
      filter: { vendor: { enum: 'SNOW' }, reasons: [{ enum: 'NOT_IN_DIRECTORY_OF_RECORD' }] },
    });
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.user.email)).toEqual(expected);
  });
});

describe('changes', () => {
  it('merges BetterCloud, Atlassian and AdminGraph changes since a time, newest first, with the person resolved', async () => {
    const mutated = company().people.find((p) => p.email.startsWith('olivia.offboard'))!;
    const run = await gw.execute(
      // Snow cannot suspend anyone: the mutation is recorded and no vendor event is added.
      `mutation ($email: String) { suspendUser(input: { email: $email, vendors: [SNOW] }) { userErrors { message } } }`,
      { email: mutated.email },
    );
    expect(run.errors).toBeUndefined();
    const since = new Date(Date.parse(company().config.now.toISOString()) - 30 * 86_400_000).toISOString();
    const sinceMs = Date.parse(since);
    const res = await gw.execute(`{ auditLog(first: 100) { edges { node { at dryRun } } } }`);
    const audit = res.data!.auditLog.edges.filter(
      (e: any) => !e.node.dryRun && Date.parse(e.node.at) >= sinceMs,
    );
    const bcEvents = bettercloud.events.filter((e) => e.occurredAtMs >= sinceMs).length;
    const atEvents = mainOrg().events.filter((e) => Date.parse(e.time) >= sinceMs).length;
    const { nodes, totalCount } = await walk('changes', 'source occurredAt action user { email }', { since });
    expect(totalCount).toBe(bcEvents + atEvents + audit.length);
    expect(nodes).toHaveLength(totalCount!);
    const times = nodes.map((n) => Date.parse(n.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(nodes[0]).toMatchObject({
      source: 'ADMINGRAPH',
      action: 'suspendUser',
      user: { email: mutated.email },
    });
    expect(new Set(nodes.map((n) => n.source))).toEqual(new Set(['BETTERCLOUD', 'ATLASSIAN', 'ADMINGRAPH']));
  });
});
