/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/** The people the seeded company holds accounts for, as the gateway should join them. */
function expectedPeople() {
  const people = testCompany().people.filter((p) => Object.keys(p.accounts).length > 0 || p.jumpcloudAdmin);
  return new Map(people.map((p) => [p.email, p]));
}

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.close();
});

const USERS_PAGE = /* GraphQL */ `
  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {
    users(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          status
          vendors
          accounts {
            vendor
            status
            email
            externalId
          }
        }
      }
    }
  }
`;

async function walkUsers(variables: Record<string, unknown>) {
  const emails: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let guard = 0; guard < 100; guard++) {
    const res: { data?: any; errors?: unknown[] } = await gw.query(USERS_PAGE, {
      first: 100,
      ...variables,
      after,
    });
    expect(res.errors).toBeUndefined();
    const page: {
      totalCount: number;
      edges: { node: { email: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    } = res.data.users;
    totalCount = page.totalCount;
    emails.push(...page.edges.map((e: { node: { email: string } }) => e.node.email));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { emails, totalCount };
}

describe('users across vendors', () => {
  it('walks the whole company, each person exactly once, in email order', async () => {
    const expected = expectedPeople();
    const { emails, totalCount } = await walkUsers({});
    expect(totalCount).toBe(expected.size);
    expect(emails).toHaveLength(expected.size);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails)).toEqual(new Set(expected.keys()));
  });

  it('joins accounts whose stored emails differ in case, and lists every vendor of a person in all four', async () => {
    const res = await gw.query(
      `{ user(email: "  JSMITH@example.com ") { email status vendors accounts { vendor email status } } }`,
    );
    expect(res.errors).toBeUndefined();
    const jane = res.data.user;
    expect(jane.email).toBe('jsmith@example.com');
    expect(jane.vendors).toEqual(['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD']);
    expect(jane.status).toBe('ACTIVE');
    const atlassian = jane.accounts.find((a: { vendor: string }) => a.vendor === 'ATLASSIAN');
    expect(atlassian.email).toBe('JSmith@Example.com');
  });

  it('forms a User for an account that matches no other vendor', async () => {
    const loner = [...expectedPeople().values()].find(
      (p) => Object.keys(p.accounts).length === 1 && p.accounts.snow && !p.jumpcloudAdmin,
    )!;
    const res = await gw.query(`query($e: String!) { user(email: $e) { vendors accounts { vendor } } }`, {
      e: loner.email,
    });
    expect(res.data.user.vendors).toEqual(['SNOW']);
  });

  it('derives MIXED for people deprovisioned in one vendor and active in another, and filters on it', async () => {
    const mixed = [...expectedPeople().values()].filter((p) => {
      const states = new Set(
        Object.entries(p.accounts)
          .filter(([v]) => v !== 'scim')
          .map(([, a]) => a.state),
      );
      return states.size > 1;
    });
    const { emails, totalCount } = await walkUsers({ filter: { status: 'MIXED' } });
    // SCIM mirrors Atlassian, and JumpCloud administrators are active: people whose vendor states disagree are MIXED.
    expect(totalCount).toBeGreaterThan(0);
    for (const person of mixed.slice(0, 50)) expect(emails).toContain(person.email);
  });

  it('filters by vendor presence and department, and sorts by display name', async () => {
    const expected = [...expectedPeople().values()]
      .filter((p) => p.accounts.snow && !p.accounts.bettercloud)
      .map((p) => p.email);
    const { emails } = await walkUsers({ filter: { vendors: ['SNOW'], missingFrom: ['BETTERCLOUD'] } });
    expect(new Set(emails)).toEqual(new Set(expected));

    const res = await gw.query(USERS_PAGE, {
      first: 20,
      filter: { department: 'legal' },
      sort: { field: 'DISPLAY_NAME' },
    });
    const names = res.data.users.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(names.length).toBeGreaterThan(0);
  });

  it('rejects a page larger than 100 and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await gw.query(USERS_PAGE, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await gw.query(USERS_PAGE, { first: 10, after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badEmail = await gw.query(`{ user(email: "nobody") { email } }`);
    expect(badEmail.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a User by its global ID with node(id:), and null for an unknown person', async () => {
    const res = await gw.query(`{ user(email: "jsmith@example.com") { id } }`);
    const id = res.data.user.id;
    const node = await gw.query(`query($id: ID!) { node(id: $id) { id ... on User { email } } }`, { id });
    expect(node.data.node).toEqual({ id, email: 'jsmith@example.com' });
    const unknown = Buffer.from('User:nobody%40example.com').toString('base64url');
    expect(
      (await gw.query(`query($id: ID!) { node(id: $id) { id } }`, { id: unknown })).data.node,
    ).toBeNull();
  });

  it('reports upstream calls per vendor when asked, and needs none for a page once the index is warm', async () => {
    await gw.query(`{ users(first: 1) { totalCount } }`);
    const res = await gw.query(
      `{ users(first: 100) { edges { node { email status vendors } } } }`,
      {},
      { trace: true },
    );
    expect(res.extensions?.upstream).toMatchObject({ total: 0, byVendor: {} });
    const plain = await gw.query(`{ users(first: 1) { totalCount } }`);
    expect(plain.extensions?.upstream).toBeUndefined();
  });
});
