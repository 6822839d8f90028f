import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitDefaults } from '../../../src/limits/limit-settings.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * The abuse limits over real HTTP: each refused operation answers its code and reaches no vendor
 * (counted on the simulators), and the gateway keeps answering afterwards.
 */
let gw: TestGateway;
beforeAll(async () => {
  const auditFile = path.join(mkdtempSync(path.join(tmpdir(), 'limits-')), 'audit.ndjson');
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: auditFile } });
});
afterAll(async () => {
  await gw?.close();
});

async function vendorCalls(): Promise<number> {
  const served = await gw.served();
  return Object.values(served)
    .flatMap((byOperation) => Object.values(byOperation))
    .reduce((sum, n) => sum + n, 0);
}

/** Sends `query`, asserting it is refused with `code` and makes no vendor call. */
async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
  await gw.resetCounts();
  const res = await gw.query(query, variables);
  expect(res.data ?? undefined).toBeUndefined();
  expect(res.errors?.map((e) => e.extensions?.code)).toStrictEqual([code]);
  expect(await vendorCalls()).toBe(0);
  return res;
}

const DIRECTORY_PAGE = `users(first: 100) { edges { node { email accounts { vendor status } groups { group { name } } subscriptions { name } } } }`;

/** `User → groups → members → user` repeated `levels` times: the cycle the issue found killing the process. */
function cycleQuery(levels: number): string {
  let inner = 'email';
  for (let i = 0; i < levels; i++)
    inner = `email groups { group { name members(first: 100) { edges { node { user { ${inner} } } } } } }`;
  return `{ user(email: "jsmith@example.com") { ${inner} } }`;
}

describe('shape limits', () => {
  it('refuses 20 aliased directory pages before any vendor call', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `page${i}: ${DIRECTORY_PAGE}`).join('\n');
    const res = await expectRefused(`{ ${aliases} }`, 'QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(new RegExp(`Aliases limit of ${limitDefaults.maxAliases}`));
  });

  it('refuses 100 aliases of `nodes` with 100 forged IDs each', async () => {
    const ids = Array.from({ length: 100 }, (_, i) =>
      Buffer.from(`Group:BETTERCLOUD:${(i + 1).toString(16).padStart(24, '0')}`).toString('base64url'),
    );
    const aliases = Array.from({ length: 100 }, (_, i) => `n${i}: nodes(ids: $ids) { id }`).join('\n');
    await expectRefused(`query ($ids: [ID!]!) { ${aliases} }`, 'QUERY_TOO_COMPLEX', { ids });
  });

  it('refuses the depth-10 cycle query within a second, and then still answers', async () => {
    const started = performance.now();
    await expectRefused(cycleQuery(10), 'QUERY_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await gw.query('{ __typename }')).data).toStrictEqual({ __typename: 'Query' });
  });

  it('prices a shallow cycle that passes the depth limit, and refuses it by cost', async () => {
    // Depth 10, at the limit: 100 members of each group of each of 100 users.
    const res = await expectRefused(
      `{ users(first: 100) { edges { node { groups { group { members(first: 100) { edges { node { user { email } } } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
    );
    expect(res.errors![0].extensions).toMatchObject({ maximumCost: limitDefaults.maxCost });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(limitDefaults.maxCost);
  });

  it('refuses more root fields than allowed, counted through fragments', async () => {
    const fields = Array.from({ length: limitDefaults.maxRootFields + 1 }, () => '__typename').join(' ');
    const res = await expectRefused(
      `query { ...Many } fragment Many on Query { ${fields} }`,
      'QUERY_TOO_COMPLEX',
    );
    expect(res.errors![0].message).toMatch(/Root field limit/);
  });

  it('refuses more directives than allowed', async () => {
    // Nested inline fragments: one directive each (a location takes a directive once), one root field in all.
    let selection = '__typename';
    for (let i = 0; i <= limitDefaults.maxDirectives; i++)
      selection = `... @include(if: true) { ${selection} }`;
    const res = await expectRefused(`{ ${selection} }`, 'QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/Directives limit/);
  });

  it('stops parsing a document past the token limit', async () => {
    const fields = Array.from({ length: limitDefaults.maxTokens }, () => '__typename').join(' ');
    const res = await expectRefused(`{ ${fields} }`, 'GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(new RegExp(`more (than|that) ${limitDefaults.maxTokens} tokens`));
  });

  // The body-size limit (413 before the body is read) is tested with the HTTP surface (test/integration/auth/http-surface.test.ts).
});

describe('bad input bound for a vendor filter or path', () => {
  it.each(['emailContains', 'department'])(
    'CR/LF in a Snow `%s` filter → BAD_USER_INPUT, no call',
    async (field) => {
      const res = await expectRefusedField(
        `query ($value: String) { accounts(vendor: SNOW, filter: { ${field}: $value }) { totalCount } }`,
        { value: 'eng\r\nineering' },
      );
      expect(res.errors![0].message).toMatch(/control characters/);
    },
  );

  it('variables that do not fit the operation → BAD_USER_INPUT while pricing it, no call', async () => {
    await gw.resetCounts();
    const res = await gw.query('query ($n: Int!) { users(first: $n) { totalCount } }', { n: 'many' });
    expect(res.errors?.map((e) => e.extensions?.code)).toStrictEqual(['BAD_USER_INPUT']);
    expect(await vendorCalls()).toBe(0);
  });

  it('a `.` node ID → BAD_USER_INPUT, no call', async () => {
    const id = Buffer.from('Group:BETTERCLOUD:.').toString('base64url');
    await expectRefusedField(`query ($id: ID!) { node(id: $id) { id } }`, { id });
  });
});

/** Like expectRefused, for an error on a nullable field (data holds its null). */
async function expectRefusedField(query: string, variables: Record<string, unknown>) {
  await gw.resetCounts();
  const res = await gw.query(query, variables);
  expect(res.errors?.map((e) => e.extensions?.code)).toStrictEqual(['BAD_USER_INPUT']);
  expect(await vendorCalls()).toBe(0);
  return res;
}

describe('extensions.cost', () => {
  it('reports the requested cost and the remaining budget on every response, refused or not', async () => {
    const first = await gw.query('{ __typename }');
    expect(first.extensions?.cost).toMatchObject({
      requestedQueryCost: 0,
      maximumQueryCost: limitDefaults.maxCost,
      throttleStatus: { maximumAvailable: limitDefaults.budgetPerMinute },
    });
    const page = await gw.query(`{ ${DIRECTORY_PAGE} }`);
    expect(page.errors).toBeUndefined();
    const { requestedQueryCost, throttleStatus } = page.extensions!.cost;
    expect(requestedQueryCost).toBeGreaterThan(100);
    // The page's cost came off what was left (plus what refilled meanwhile, under a second's worth).
    const left = first.extensions!.cost.throttleStatus.currentlyAvailable - requestedQueryCost;
    expect(throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(left);
    expect(throttleStatus.currentlyAvailable).toBeLessThan(left + throttleStatus.restoreRate * 5);
    const syntax = await gw.query('{ nope ');
    expect(syntax.extensions?.cost?.throttleStatus.maximumAvailable).toBe(limitDefaults.budgetPerMinute);
  });
});
