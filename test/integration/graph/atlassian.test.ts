import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface AtlassianInfo {
  orgs: {
    id: string;
    name: string;
    directoryIds: string[];
    counts: { users: number; domains: number; policies: number; groups: number };
  }[];
  mainOrgId: string;
  mainDirectoryId: string;
  scim: { scim: { groups: number } };
}

let gw: TestGateway;
let atlassian: RunningSimulator;
let info: AtlassianInfo;
let betterCloudGroups: number;
let jumpCloudCounts: {
  organizations: number;
  configuredPolicyTemplates: number;
  policyGroupTemplates: number;
};

beforeAll(async () => {
  gw = await startTestGateway();
  atlassian = gw.fleet.running.atlassian!;
  const all = atlassian.simulator.state.info() as unknown as AtlassianInfo;
  // The tenant scope: of the orgs the token sees, only the configured one (and its directory) is served.
  const served = gw.running.ids.atlassian;
  info = {
    ...all,
    orgs: all.orgs
      .filter((org) => org.id === served.orgId)
      .map((org) => ({ ...org, directoryIds: org.directoryIds.filter((d) => d === served.directoryId) })),
  };
  betterCloudGroups = (gw.fleet.running.bettercloud!.simulator.state.info() as Json).counts.groups;
  jumpCloudCounts = (gw.fleet.running.jumpcloud!.simulator.state.info() as Json).counts;
}, 120_000);
afterAll(async () => {
  await gw?.close();
});
afterEach(() => {
  for (const sim of Object.values(gw.fleet.running)) sim.faults.set({});
});

/** Reads the Atlassian simulator directly, as the vendor answers (the expected side of a comparison). */
async function atlassianRaw(path: string): Promise<Json> {
  const res = await fetch(atlassian.url + path, { headers: { authorization: 'Bearer dev-atlassian-token' } });
  expect(res.status).toBe(200);
  return res.json();
}

/** Vendor call URLs of a traced response, for one vendor. */
function upstreamUrls(res: { extensions?: Record<string, Json> }, vendor: string): string[] {
  return (res.extensions?.upstream.calls as { vendor: string; url: string }[])
    .filter((c) => c.vendor === vendor)
    .map((c) => decodeURIComponent(c.url.replace(/\+/g, ' ')));
}

const JANE = testCompany().people[0];

describe('Atlassian accounts in the graph', () => {
  const PROFILE = /* GraphQL */ `
    query Profile($email: String!) {
      user(email: $email) {
        email
        accounts {
          vendor
          email
          status
          ... on AtlassianAccount {
            externalId
            vendorStatus
            productAccess {
              key
              name
              url
              lastActiveAt
            }
            roleAssignments {
              vendor
              role
              resource
            }
            organization {
              __typename
              name
            }
            scim {
              userName
              active
              groups {
                name
                source
              }
            }
          }
        }
      }
    }
  `;

  it('joins the Atlassian account by email despite its case, with product access, roles and the SCIM identity', async () => {
    expect(JANE.accounts.atlassian!.email).toBe('JSmith@Example.com');
    const res = await gw.query(PROFILE, { email: 'jsmith@example.com' });
    expect(res.errors).toBeUndefined();
    const user = res.data.user;
    expect(user.email).toBe('jsmith@example.com');
    // Joined with the person's other vendor accounts, whose emails are spelled differently.
    expect(user.accounts.map((a: Json) => a.vendor)).toEqual(
      expect.arrayContaining(['ATLASSIAN', 'BETTERCLOUD']),
    );
    const account = user.accounts.find((a: Json) => a.vendor === 'ATLASSIAN');
    expect(account).toMatchObject({ email: 'JSmith@Example.com', status: 'ACTIVE', vendorStatus: 'active' });
    expect(account.organization).toStrictEqual({
      __typename: 'AtlassianOrganization',
      name: info.orgs[0].name,
    });

    const dir = `/v2/orgs/${info.mainOrgId}/directories/${info.mainDirectoryId}/users/${encodeURIComponent(account.externalId)}`;
    const raw = await atlassianRaw(dir);
    expect(account.productAccess).toStrictEqual(
      raw.product_access.map((p: Json) => ({
        key: p.key,
        name: p.name,
        url: p.url,
        lastActiveAt: p.last_active ?? null,
      })),
    );
    expect(account.productAccess.length).toBeGreaterThan(0);
    const roles = await atlassianRaw(`${dir}/role-assignments`);
    expect(account.roleAssignments).toStrictEqual(
      roles.data.map((r: Json) => ({ vendor: 'ATLASSIAN', role: r.role, resource: r.resource.id })),
    );
    expect(account.roleAssignments[0]).toStrictEqual({
      vendor: 'ATLASSIAN',
      role: 'org-admin',
      resource: info.mainOrgId,
    });

    const scimUsers = await atlassianRaw(
      `/scim/directory/${info.mainDirectoryId}/Users?filter=${encodeURIComponent('userName eq "jsmith@example.com"')}`,
    );
    const scimUser = scimUsers.Resources[0];
    expect(account.scim).toStrictEqual({
      userName: scimUser.userName,
      active: scimUser.active,
      groups: scimUser.groups.map((g: Json) => ({ name: g.display, source: 'SCIM' })),
    });
    expect(account.scim.groups.length).toBeGreaterThan(0);
  });

  it("maps every Atlassian account's state as the company seed has it (active, suspended, deprovisioned)", async () => {
    const expected = new Map<string, string>();
    const stateToStatus = {
      active: 'ACTIVE',
      suspended: 'SUSPENDED',
      deprovisioned: 'DEPROVISIONED',
    } as const;
    for (const person of testCompany().people)
      if (person.accounts.atlassian)
        expected.set(person.email, stateToStatus[person.accounts.atlassian.state]);
    expect(new Set(expected.values())).toEqual(new Set(['ACTIVE', 'SUSPENDED', 'DEPROVISIONED']));

    const seen = new Map<string, string>();
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const res: Json = await gw.query(
        `query($after: String) { users(first: 100, after: $after, filter: { vendors: [ATLASSIAN] }) {
           pageInfo { hasNextPage endCursor } edges { node { email accounts { vendor status } } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      for (const { node } of res.data.users.edges)
        seen.set(node.email, node.accounts.find((a: Json) => a.vendor === 'ATLASSIAN').status);
      if (!res.data.users.pageInfo.hasNextPage) break;
      after = res.data.users.pageInfo.endCursor;
    }
    expect(seen.size).toBe(info.orgs[0].counts.users);
    expect(seen).toEqual(expected);
  });

  it("one user's roleAssignments cost exactly one Atlassian call once the identity index is warm", async () => {
    await gw.query(`{ user(email: "jsmith@example.com") { email } }`);
    await gw.resetCounts();
    const res = await gw.query(
      `{ user(email: "jsmith@example.com") { accounts { ... on AtlassianAccount { roleAssignments { role resource } } } } }`,
      {},
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions!.upstream.byVendor).toStrictEqual({ ATLASSIAN: 1 });
    expect((await gw.served()).atlassian).toStrictEqual({ getUserRoleAssignments: 1 });
  });
});

const GROUPS_PAGE = /* GraphQL */ `
  query Groups($first: Int, $after: String, $filter: GroupFilter) {
    groups(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          source
          vendor
          externalId
          name
          memberCount
        }
      }
    }
  }
`;

describe('groups across BetterCloud, Atlassian and SCIM', () => {
  it('walks every group of the three sources page by page, each once, in source order, with true totals', async () => {
    const atlassianGroups = info.orgs.reduce((sum, org) => sum + org.counts.groups, 0);
    const scimGroups = info.scim.scim.groups;
    const total = betterCloudGroups + atlassianGroups + scimGroups;
    expect([betterCloudGroups, atlassianGroups, scimGroups].every((n) => n > 7)).toBe(true);

    const nodes: Json[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: Json = await gw.query(GROUPS_PAGE, { first: 7, after });
      expect(res.errors).toBeUndefined();
      expect(res.data.groups.totalCount).toBe(total);
      // Offsets across the sources run forward only (no `before`): no page is reported behind.
      expect(res.data.groups.pageInfo.hasPreviousPage).toBe(false);
      nodes.push(...res.data.groups.edges.map((e: Json) => e.node));
      if (!res.data.groups.pageInfo.hasNextPage) break;
      after = res.data.groups.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(total);
    const sources = nodes.map((n) => n.source);
    expect(sources).toEqual([
      ...Array(betterCloudGroups).fill('BETTERCLOUD'),
      ...Array(atlassianGroups).fill('ATLASSIAN'),
      ...Array(scimGroups).fill('SCIM'),
    ]);
    expect(nodes.filter((n) => n.source === 'SCIM').every((n) => n.vendor === 'ATLASSIAN')).toBe(true);
    expect(nodes.find((n) => n.name === 'site-admins')).toMatchObject({
      source: 'ATLASSIAN',
      memberCount: expect.any(Number),
    });
  });

  it('pushes a SCIM name filter down as `displayName eq` and asks no other vendor', async () => {
    await gw.resetCounts();
    const res = await gw.query(
      GROUPS_PAGE,
      { first: 20, filter: { source: 'SCIM', name: 'engineering' } },
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.groups.totalCount).toBe(1);
    expect(res.data.groups.edges.map((e: Json) => e.node.name)).toEqual(['Engineering']);
    expect(upstreamUrls(res, 'ATLASSIAN')).toEqual([
      expect.stringContaining('/Groups?startIndex=1&count=20&filter=displayName eq "engineering"'),
    ]);
    expect(res.extensions!.upstream.byVendor).toStrictEqual({ ATLASSIAN: 1 });
    const served = await gw.served();
    expect(served.atlassian).toStrictEqual({ getAllGroupsFromAnActiveDirectory: 1 });
    expect(served.bettercloud).toStrictEqual({});
  });

  it('matches a name in every source when no source is given', async () => {
    const res = await gw.query(GROUPS_PAGE, { first: 20, filter: { name: 'SITE-ADMINS' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.groups.edges.map((e: Json) => [e.node.source, e.node.name])).toEqual(
      info.orgs.map(() => ['ATLASSIAN', 'site-admins']),
    );
    expect(res.data.groups.totalCount).toBe(info.orgs.length);
  });

  it('pages the members of a SCIM group, each member once, joined to the person', async () => {
    const raw = await atlassianRaw(
      `/scim/directory/${info.mainDirectoryId}/Groups?filter=${encodeURIComponent('displayName eq "Engineering"')}`,
    );
    const expected: string[] = raw.Resources[0].members.map((m: Json) => m.display.toLowerCase());
    expect(expected.length).toBeGreaterThan(100);

    const emails: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const res: Json = await gw.query(
        `query($after: String) { groups(first: 1, filter: { source: SCIM, name: "Engineering" }) { edges { node { memberCount
           members(first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor }
             edges { node { role group { name } user { email vendors } } } } } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const group = res.data.groups.edges[0].node;
      expect(group.memberCount).toBe(expected.length);
      expect(group.members.totalCount).toBe(expected.length);
      for (const { node } of group.members.edges) {
        expect(node.role).toBe('MEMBER');
        expect(node.group.name).toBe('Engineering');
        expect(node.user.vendors).toContain('ATLASSIAN');
        emails.push(node.user.email);
      }
      if (!group.members.pageInfo.hasNextPage) break;
      after = group.members.pageInfo.endCursor;
    }
    expect(emails).toEqual(expected);
  });

  it("pages the members of an Atlassian group across vendor pages: the simulator's membership list, each once, with its total", async () => {
    const groups = await atlassianRaw(`/v1/orgs/${info.mainOrgId}/groups`);
    const raw = groups.data.reduce((big: Json, g: Json) =>
      g.attributes.member_count > big.attributes.member_count ? g : big,
    );
    const membersPath = `/v2/orgs/${info.mainOrgId}/directories/${info.mainDirectoryId}/groups/${raw.id}/memberships`;
    const expected: string[] = [];
    for (let url: string | undefined = membersPath; url;) {
      const page: Json = await atlassianRaw(url.replace(atlassian.url, ''));
      expected.push(...page.data.map((m: Json) => m.email.toLowerCase()));
      url = page.links.next;
    }
    expect(expected.length).toBe(raw.attributes.member_count);
    expect(expected.length).toBeGreaterThan(100);

    const emails: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (let guard = 0; guard < 50; guard++, pages++) {
      const res: Json = await gw.query(
        `query($name: String!, $after: String) { groups(first: 10, filter: { source: ATLASSIAN, name: $name }) { edges { node { externalId memberCount
           members(first: 40, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
             edges { node { role group { name } user { email } } } } } } } }`,
        { name: raw.attributes.name, after },
        { trace: true },
      );
      expect(res.errors).toBeUndefined();
      const group = res.data.groups.edges.map((e: Json) => e.node).find((n: Json) => n.externalId === raw.id);
      expect(group.memberCount).toBe(expected.length);
      expect(group.members.totalCount).toBe(expected.length);
      // Atlassian's cursors run forward only (no `before`): no page is reported behind.
      expect(group.members.pageInfo.hasPreviousPage).toBe(false);
      for (const { node } of group.members.edges) {
        expect(node.role).toBe('MEMBER');
        expect(node.group.name).toBe(raw.attributes.name);
        emails.push(node.user.email);
      }
      // 40 members span at most two Atlassian pages of 50; the vendor cursor rides in `after`.
      expect(
        upstreamUrls(res, 'ATLASSIAN').filter((u) => u.includes('/memberships')).length,
      ).toBeLessThanOrEqual(2);
      if (!group.members.pageInfo.hasNextPage) break;
      after = group.members.pageInfo.endCursor;
    }
    expect(pages + 1).toBe(Math.ceil(expected.length / 40));
    expect(emails).toEqual(expected);
  });

  it('pages the members of a BetterCloud group up to its member count', async () => {
    const first: Json = await gw.query(
      `{ groups(first: 1, filter: { source: BETTERCLOUD }) { edges { node { name memberCount members(first: 100) { totalCount edges { node { role user { email } } } } } } } }`,
    );
    expect(first.errors).toBeUndefined();
    const group = first.data.groups.edges[0].node;
    expect(group.members.totalCount).toBe(group.memberCount);
    expect(group.members.edges.length).toBe(Math.min(100, group.memberCount));
    expect(
      group.members.edges.every(
        (e: Json) => ['OWNER', 'MANAGER', 'MEMBER'].includes(e.node.role) && e.node.user.email,
      ),
    ).toBe(true);
  });
});

describe('organizations', () => {
  const ORGS = /* GraphQL */ `
    query Orgs($first: Int, $after: String, $vendor: Vendor) {
      organizations(first: $first, after: $after, vendor: $vendor) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            __typename
            vendor
            externalId
            name
            ... on AtlassianOrganization {
              id
              domains {
                id
                name
                verificationStatus
              }
              directories {
                id
                name
                userCount
              }
              policies(first: 100) {
                totalCount
                edges {
                  node {
                    kind
                  }
                }
              }
            }
          }
        }
      }
    }
  `;

  it('lists Atlassian orgs with domains and directories, then JumpCloud client organizations, page by page', async () => {
    const total = info.orgs.length + jumpCloudCounts.organizations;
    const nodes: Json[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const res: Json = await gw.query(ORGS, { first: 25, after });
      expect(res.errors).toBeUndefined();
      expect(res.data.organizations.totalCount).toBe(total);
      nodes.push(...res.data.organizations.edges.map((e: Json) => e.node));
      if (!res.data.organizations.pageInfo.hasNextPage) break;
      after = res.data.organizations.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => `${n.vendor}:${n.externalId}`)).size).toBe(total);

    const atlassianOrgs = nodes.slice(0, info.orgs.length);
    for (const [i, org] of info.orgs.entries()) {
      const node = atlassianOrgs[i];
      expect(node).toMatchObject({
        __typename: 'AtlassianOrganization',
        vendor: 'ATLASSIAN',
        externalId: org.id,
        name: org.name,
      });
      const rawDomains = await atlassianRaw(`/v1/orgs/${org.id}/domains`);
      expect(node.domains).toStrictEqual(
        rawDomains.data.map((d: Json) => ({
          id: d.id,
          name: d.attributes.name,
          verificationStatus: d.attributes.claim.status.toUpperCase(),
        })),
      );
      expect(node.domains).toHaveLength(org.counts.domains);
      const rawDirectories = await atlassianRaw(`/v2/orgs/${org.id}/directories`);
      expect(rawDirectories.data.map((d: Json) => d.directoryId)).toStrictEqual(org.directoryIds);
      expect(node.directories).toStrictEqual(
        rawDirectories.data.map((d: Json) => ({
          id: d.directoryId,
          name: d.name,
          userCount: org.counts.users,
        })),
      );
      expect(node.directories.every((d: Json) => typeof d.name === 'string' && d.name.length > 0)).toBe(true);
      expect(node.policies.totalCount).toBe(org.counts.policies);
    }
    expect(
      nodes
        .slice(info.orgs.length)
        .every((n) => n.__typename === 'ProviderOrganization' && n.vendor === 'JUMPCLOUD'),
    ).toBe(true);
  });

  it('costs one org list, then per org one domain walk, one policy walk, one directory list and one count per directory', async () => {
    const res = await gw.query(ORGS, { first: 10, vendor: 'ATLASSIAN' }, { trace: true });
    expect(res.errors).toBeUndefined();
    const directories = info.orgs.reduce((sum, org) => sum + org.directoryIds.length, 0);
    expect(res.extensions!.upstream.byVendor).toStrictEqual({
      ATLASSIAN: 1 + 3 * info.orgs.length + directories,
    });
  });

  it('restricts to one vendor without calling the other', async () => {
    const jc = await gw.query(
      `{ organizations(first: 5, vendor: JUMPCLOUD) { totalCount edges { node { __typename } } } }`,
      {},
      { trace: true },
    );
    expect(jc.errors).toBeUndefined();
    expect(jc.data.organizations.totalCount).toBe(jumpCloudCounts.organizations);
    expect(jc.data.organizations.edges.every((e: Json) => e.node.__typename === 'ProviderOrganization')).toBe(
      true,
    );
    expect(jc.extensions!.upstream.byVendor.ATLASSIAN).toBeUndefined();

    const atl = await gw.query(
      `{ organizations(first: 5, vendor: ATLASSIAN) { totalCount edges { node { name } } } }`,
      {},
      { trace: true },
    );
    expect(atl.errors).toBeUndefined();
    expect(atl.data.organizations.edges.map((e: Json) => e.node.name)).toEqual(info.orgs.map((o) => o.name));
    expect(atl.extensions!.upstream.byVendor).toStrictEqual({ ATLASSIAN: 1 });
  });
});

describe('policies', () => {
  const POLICIES = /* GraphQL */ `
    query Policies($filter: PolicyFilter) {
      policies(first: 100, filter: $filter) {
        totalCount
        edges {
          node {
            id
            vendor
            externalId
            name
            kind
            vendorType
            enabled
            resources
            organization {
              __typename
              name
            }
          }
        }
      }
    }
  `;
  const atlassianKinds = [
    'IP_ALLOWLIST',
    'DATA_RESIDENCY',
    'AUTHENTICATION',
    'EXTERNAL_USER',
    'USER_SECURITY',
  ];

  it('lists every Atlassian policy of every org (every type) then the JumpCloud templates', async () => {
    const res = await gw.query(POLICIES, {});
    expect(res.errors).toBeUndefined();
    const nodes: Json[] = res.data.policies.edges.map((e: Json) => e.node);
    const atlassianTotal = info.orgs.reduce((sum, org) => sum + org.counts.policies, 0);
    const jumpCloudTotal = jumpCloudCounts.configuredPolicyTemplates + jumpCloudCounts.policyGroupTemplates;
    expect(res.data.policies.totalCount).toBe(atlassianTotal + jumpCloudTotal);
    const atl = nodes.filter((n) => n.vendor === 'ATLASSIAN');
    expect(atl).toHaveLength(atlassianTotal);
    expect(nodes.slice(0, atlassianTotal).every((n) => n.vendor === 'ATLASSIAN')).toBe(true);
    expect(new Set(atl.map((n) => n.kind))).toEqual(new Set(atlassianKinds));
    const orgNames = new Set(atl.map((n) => n.organization.name));
    expect(orgNames).toEqual(new Set(info.orgs.map((o) => o.name)));

    const raw = await atlassianRaw(`/v1/orgs/${info.mainOrgId}/policies`);
    const mainPolicies = atl.filter((n) => n.organization.name === info.orgs[0].name);
    expect(
      mainPolicies.map((n) => [n.externalId, n.name, n.vendorType, n.enabled, n.resources]),
    ).toStrictEqual(
      raw.data.map((p: Json) => [
        p.id,
        p.name,
        p.type,
        p.status === 'enabled',
        p.resources.map((r: Json) => r.id),
      ]),
    );

    const jc = nodes.filter((n) => n.vendor === 'JUMPCLOUD');
    expect(jc).toHaveLength(jumpCloudTotal);
    expect(
      jc.every(
        (n) => ['POLICY_TEMPLATE', 'POLICY_GROUP_TEMPLATE'].includes(n.kind) && n.organization === null,
      ),
    ).toBe(true);
  });

  it('pushes an Atlassian kind down as `type` to every org and leaves JumpCloud out', async () => {
    const all = await gw.query(POLICIES, {});
    const expected = all.data.policies.edges
      .filter((e: Json) => e.node.kind === 'AUTHENTICATION')
      .map((e: Json) => e.node.id);
    expect(expected.length).toBeGreaterThan(1);

    const res = await gw.query(POLICIES, { filter: { kind: 'AUTHENTICATION' } }, { trace: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.policies.edges.map((e: Json) => e.node.id)).toEqual(expected);
    expect(res.data.policies.totalCount).toBe(expected.length);
    const policyCalls = upstreamUrls(res, 'ATLASSIAN').filter((u) => u.includes('/policies'));
    expect(policyCalls).toHaveLength(info.orgs.length);
    expect(policyCalls.every((u) => u.includes('type=authentication'))).toBe(true);
    expect(res.extensions!.upstream.byVendor.JUMPCLOUD).toBeUndefined();
  });

  it('answers a JumpCloud kind without calling Atlassian', async () => {
    const res = await gw.query(POLICIES, { filter: { kind: 'POLICY_TEMPLATE' } }, { trace: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.policies.totalCount).toBe(jumpCloudCounts.configuredPolicyTemplates);
    expect(res.extensions!.upstream.byVendor.ATLASSIAN).toBeUndefined();
  });
});

describe('Atlassian down', () => {
  it("still answers the other vendors' groups, organizations and policies, with typed errors for Atlassian", async () => {
    atlassian.faults.set({ errorRate: 1, errorStatus: 503 });
    const res = await gw.query(
      `{ groups(first: 100) { totalCount edges { node { source } } }
         organizations(first: 100) { totalCount edges { node { vendor } } }
         policies(first: 100) { totalCount edges { node { vendor } } } }`,
    );
    expect(res.data!.groups.totalCount).toBe(betterCloudGroups);
    expect(new Set(res.data!.groups.edges.map((e: Json) => e.node.source))).toEqual(new Set(['BETTERCLOUD']));
    expect(res.data!.organizations.totalCount).toBe(jumpCloudCounts.organizations);
    expect(res.data!.organizations.edges.every((e: Json) => e.node.vendor === 'JUMPCLOUD')).toBe(true);
    expect(res.data!.policies.totalCount).toBe(
      jumpCloudCounts.configuredPolicyTemplates + jumpCloudCounts.policyGroupTemplates,
    );

    const errors = res.errors ?? [];
    // One error per field and failing vendor, though `groups` lost two Atlassian sources (Admin API and SCIM groups).
    expect(errors.map((e) => e.path?.join('.')).sort()).toEqual(['groups', 'organizations', 'policies']);
    for (const error of errors)
      expect(error.extensions).toMatchObject({
        code: 'VENDOR_UNAVAILABLE',
        vendor: 'ATLASSIAN',
        retryable: true,
      });
  });

  it('loses only the SCIM groups when only SCIM fails', async () => {
    atlassian.faults.set({
      errorRate: 1,
      errorStatus: 503,
      operations: ['getAllGroupsFromAnActiveDirectory'],
    });
    const res = await gw.query(
      `{ groups(first: 100, filter: { name: "site-admins" }) { totalCount edges { node { source } } } }`,
    );
    expect(res.data!.groups.totalCount).toBe(info.orgs.length);
    expect(res.data!.groups.edges.map((e: Json) => e.node.source)).toEqual(info.orgs.map(() => 'ATLASSIAN'));
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['groups'],
      extensions: { code: 'VENDOR_UNAVAILABLE', vendor: 'ATLASSIAN', retryable: true },
    });
  });
});
