import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */

/**
 * Filters and sorts of the vendor-paged lists are pushed down: each answer equals the vendor's own
 * data (read directly from the simulator, filtered and sorted here), and the simulator's request log
 * shows the vendor was asked to filter or sort (the gateway never reads the whole list to do it itself).
 */

let gw: TestGateway;
let jc: RunningSimulator;
let bc: RunningSimulator;
let providerId: string;

beforeAll(async () => {
  gw = await startTestGateway({ identityTtlMs: 3_600_000 });
  jc = gw.fleet.running.jumpcloud!;
  bc = gw.fleet.running.bettercloud!;
  providerId = (jc.simulator.state.info() as unknown as { providerId: string }).providerId;
}, 120_000);
afterAll(async () => {
  await gw?.close();
});
// Nothing read earlier may answer from the gateway's cache: every list call must reach the simulator log.
beforeEach(async () => {
  await gw.running.gateway.forgetVendorReads();
  await gw.resetCounts();
});

async function raw(sim: RunningSimulator, path: string, headers: Record<string, string>): Promise<any> {
  const res = await fetch(sim.url + path, { headers });
  expect(res.status, path).toBe(200);
  return res.json();
}
const jcRaw = (path: string) =>
  raw(jc, `/api/v2/providers/${providerId}${path}`, { 'x-api-key': 'dev-jumpcloud-key' });
const bcRaw = (path: string) => raw(bc, `/v1${path}`, { 'x-api-key': 'dev-bettercloud-key' });

/** The query parameters of every list call a simulator served since the last reset, for one operation. */
function servedQueries(sim: RunningSimulator, operationId: string): URLSearchParams[] {
  return sim.log
    .snapshot()
    .recent.filter((r) => r.operationId === operationId)
    .map((r) => new URLSearchParams(r.path.split('?')[1] ?? ''));
}

const byText =
  <T>(...keys: ((item: T) => string | undefined)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a) ?? '', key(b) ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

function expectNoErrors(res: { errors?: unknown[] }) {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

/** Walks a connection page by page (`first` small enough to cross pages); `select` picks it from `data`. */
async function walk(
  query: string,
  variables: Record<string, unknown>,
  select: (data: any) => any,
): Promise<{ nodes: any[]; totalCount: number; pages: number }> {
  const nodes: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const res = await gw.query(query, { ...variables, after });
    expectNoErrors(res);
    const connection = select(res.data);
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((e: any) => e.node));
    pages++;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
  return { nodes, totalCount, pages };
}

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

describe('workflows(filter: { status })', () => {
  const WORKFLOWS = /* GraphQL */ `
    query ($first: Int, $after: String, $filter: WorkflowFilter) {
      workflows(first: $first, after: $after, filter: $filter) { ${PAGE} edges { node { externalId status } } }
    }
  `;

  it.each(['ACTIVE', 'INACTIVE', 'DRAFT'])(
    'answers the %s workflows BetterCloud holds, filtered by BetterCloud',
    async (status) => {
      const all: any[] = (await bcRaw('/workflows?per_page=100')).data;
      const expected = all.filter((w) => w.status === status.toLowerCase()).map((w) => w.id);
      expect(expected.length).toBeGreaterThan(0);
      await gw.resetCounts();

      const { nodes, totalCount } = await walk(
        WORKFLOWS,
        { first: 2, filter: { status } },
        (d) => d.workflows,
      );
      expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
      expect(totalCount).toBe(expected.length);
      const served = servedQueries(bc, 'listWorkflows');
      expect(served.length).toBeGreaterThan(0);
      for (const q of served) expect(q.get('status')).toBe(status.toLowerCase());
    },
  );

  it('refuses a cursor taken under another status, and a status BetterCloud does not have', async () => {
    const first = await gw.query(WORKFLOWS, { first: 1, filter: { status: 'ACTIVE' } });
    expectNoErrors(first);
    const after = first.data.workflows.pageInfo.endCursor;
    for (const filter of [{ status: 'DRAFT' }, null]) {
      const res = await gw.query(WORKFLOWS, { first: 1, after, filter });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await gw.query(`{ workflows(filter: { status: PAUSED }) { totalCount } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('Provider.administrators(filter, sort)', () => {
  const ADMINS = /* GraphQL */ `
    query ($first: Int, $after: String, $filter: AdministratorFilter, $sort: AdministratorSort) {
      provider {
        administrators(first: $first, after: $after, filter: $filter, sort: $sort) {
          ${PAGE} edges { node { id email lastName role } }
        }
      }
    }
  `;
  const allAdmins = async (): Promise<any[]> => (await jcRaw('/administrators?limit=100')).results;

  it.each([
    ['EMAIL', 'ASC', 'email,id'],
    ['EMAIL', 'DESC', '-email,-id'],
    ['LAST_NAME', 'ASC', 'lastname,id'],
    ['LAST_NAME', 'DESC', '-lastname,-id'],
  ])('sorts by %s %s at JumpCloud (sort=%s)', async (field, direction, sortParam) => {
    const admins = await allAdmins();
    const key = field === 'EMAIL' ? (a: any) => a.email : (a: any) => a.lastname;
    const ascending = admins.slice().sort(byText(key, (a: any) => a.id));
    const expected = (direction === 'ASC' ? ascending : ascending.reverse()).map((a) => a.id);
    await gw.resetCounts();

    const { nodes, totalCount, pages } = await walk(
      ADMINS,
      { first: 3, sort: { field, direction } },
      (d) => d.provider.administrators,
    );
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.id)).toStrictEqual(expected);
    expect(totalCount).toBe(admins.length);
    const served = servedQueries(jc, 'providersListAdministrators');
    expect(served).toHaveLength(pages);
    for (const q of served) expect(q.get('sort')).toBe(sortParam);
  });

  it('filters by role at JumpCloud (roleName:eq), sorted, paged', async () => {
    const admins = await allAdmins();
    const counts = new Map<string, number>();
    for (const a of admins) counts.set(a.roleName, (counts.get(a.roleName) ?? 0) + 1);
    const [role] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const expected = admins
      .filter((a) => a.roleName === role)
      .sort(
        byText(
          (a: any) => a.email,
          (a: any) => a.id,
        ),
      )
      .map((a) => a.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(admins.length);
    await gw.resetCounts();

    const { nodes, totalCount } = await walk(
      ADMINS,
      { first: 2, filter: { role }, sort: { field: 'EMAIL' } },
      (d) => d.provider.administrators,
    );
    expect(nodes.map((n) => n.id)).toStrictEqual(expected);
    expect(nodes.every((n) => n.role === role)).toBe(true);
    expect(totalCount).toBe(expected.length);
    for (const q of servedQueries(jc, 'providersListAdministrators')) {
      expect(q.getAll('filter')).toStrictEqual([`roleName:eq:${role}`]);
      expect(q.get('limit')).toBe('2');
    }
  });

  it('filters by email at JumpCloud (email:eq, normalized first)', async () => {
    const [, target] = await allAdmins();
    await gw.resetCounts();
    const res = await gw.query(ADMINS, { filter: { email: `  ${target.email.toUpperCase()} ` } });
    expectNoErrors(res);
    expect(res.data.provider.administrators.edges.map((e: any) => e.node.id)).toStrictEqual([target.id]);
    expect(res.data.provider.administrators.totalCount).toBe(1);
    const served = servedQueries(jc, 'providersListAdministrators');
    expect(served).toHaveLength(1);
    expect(served[0].getAll('filter')).toStrictEqual([`email:eq:${target.email}`]);

    const none = await gw.query(ADMINS, {
      filter: { email: 'nobody@nowhere.example', role: target.roleName },
    });
    expectNoErrors(none);
    expect(none.data.provider.administrators).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses filter values JumpCloud cannot match as asked, without calling it', async () => {
    for (const filter of [{ email: '' }, { email: 'j*@example.com' }, { role: '' }]) {
      const res = await gw.query(ADMINS, { filter });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
    expect(servedQueries(jc, 'providersListAdministrators')).toHaveLength(0);
  });

  it('refuses a cursor taken under another filter or sort', async () => {
    const first = await gw.query(ADMINS, { first: 1, sort: { field: 'LAST_NAME' } });
    expectNoErrors(first);
    const after = first.data.provider.administrators.pageInfo.endCursor;
    const same = await gw.query(ADMINS, { first: 1, after, sort: { field: 'LAST_NAME', direction: 'ASC' } });
    expectNoErrors(same);
    for (const other of [
      { sort: { field: 'LAST_NAME', direction: 'DESC' } },
      { sort: { field: 'EMAIL' } },
      {},
      { sort: { field: 'LAST_NAME' }, filter: { role: 'Administrator' } },
    ]) {
      const res = await gw.query(ADMINS, { first: 1, after, ...other });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(other)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Provider.organizations(filter, sort)', () => {
  const ORGS = /* GraphQL */ `
    query ($first: Int, $after: String, $filter: ProviderOrganizationFilter, $sort: ProviderOrganizationSort) {
      provider {
        organizations(first: $first, after: $after, filter: $filter, sort: $sort) {
          ${PAGE} edges { node { externalId name } }
        }
      }
    }
  `;
  const allOrgs = async (): Promise<any[]> => (await jcRaw('/organizations?limit=100')).results;

  it.each([
    ['ASC', 'name,id'],
    ['DESC', '-name,-id'],
  ])('sorts by name %s at JumpCloud (sort=%s)', async (direction, sortParam) => {
    const orgs = await allOrgs();
    const ascending = orgs.slice().sort(
      byText(
        (o: any) => o.name,
        (o: any) => o.id,
      ),
    );
    const expected = (direction === 'ASC' ? ascending : ascending.reverse()).map((o) => o.id);
    await gw.resetCounts();

    const { nodes, totalCount, pages } = await walk(
      ORGS,
      { first: 5, sort: { field: 'NAME', direction } },
      (d) => d.provider.organizations,
    );
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
    expect(totalCount).toBe(orgs.length);
    const served = servedQueries(jc, 'providersListOrganizations');
    expect(served).toHaveLength(pages);
    for (const q of served) expect(q.get('sort')).toBe(sortParam);
  });

  it('filters by part of the name at JumpCloud (name:search, case-insensitive)', async () => {
    const orgs = await allOrgs();
    const part = orgs[0].name.split(' ')[0].toLowerCase();
    const expected = orgs
      .filter((o) => o.name.toLowerCase().includes(part))
      .sort(
        byText(
          (o: any) => o.name,
          (o: any) => o.id,
        ),
      )
      .reverse()
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(orgs.length);
    await gw.resetCounts();

    const { nodes, totalCount } = await walk(
      ORGS,
      {
        first: 1,
        filter: { nameContains: ` ${part.toUpperCase()} ` },
        sort: { field: 'NAME', direction: 'DESC' },
      },
      (d) => d.provider.organizations,
    );
    expect(nodes.map((n) => n.externalId)).toStrictEqual(expected);
    expect(totalCount).toBe(expected.length);
    const served = servedQueries(jc, 'providersListOrganizations');
    expect(served).toHaveLength(expected.length);
    for (const q of served) {
      expect(q.getAll('filter')).toStrictEqual([`name:search:${part.toUpperCase()}`]);
      expect(q.get('sort')).toBe('-name,-id');
    }
  });

  it('refuses an empty nameContains without calling JumpCloud', async () => {
    for (const nameContains of ['', '   ']) {
      const res = await gw.query(ORGS, { filter: { nameContains } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/nameContains/);
    }
    expect(servedQueries(jc, 'providersListOrganizations')).toHaveLength(0);
  });

  it('refuses a cursor taken under another filter', async () => {
    const first = await gw.query(ORGS, { first: 1, filter: { nameContains: 'a' } });
    expectNoErrors(first);
    const after = first.data.provider.organizations.pageInfo.endCursor;
    for (const other of [
      { filter: { nameContains: 'e' } },
      {},
      { filter: { nameContains: 'a' }, sort: { field: 'NAME' } },
    ]) {
      const res = await gw.query(ORGS, { first: 1, after, ...other });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(other)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Provider.invoices(sort)', () => {
  const INVOICES = /* GraphQL */ `
    query ($first: Int, $after: String, $sort: InvoiceSort) {
      provider { invoices(first: $first, after: $after, sort: $sort) { ${PAGE} edges { node { id dueDate } } } }
    }
  `;

  it.each([
    ['ASC', 'dueDate,id'],
    ['DESC', '-dueDate,-id'],
  ])('sorts by due date %s at JumpCloud (sort=%s)', async (direction, sortParam) => {
    const invoices: any[] = (await jcRaw('/invoices?limit=100')).records;
    const ascending = invoices.slice().sort(
      byText(
        (i: any) => i.dueDate,
        (i: any) => i.id,
      ),
    );
    const expected = (direction === 'ASC' ? ascending : ascending.reverse()).map((i) => i.id);
    await gw.resetCounts();

    const { nodes, totalCount, pages } = await walk(
      INVOICES,
      { first: 5, sort: { field: 'DUE_DATE', direction } },
      (d) => d.provider.invoices,
    );
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((n) => n.id)).toStrictEqual(expected);
    expect(totalCount).toBe(invoices.length);
    const served = servedQueries(jc, 'providersRetrieveInvoices');
    expect(served).toHaveLength(pages);
    for (const q of served) expect(q.get('sort')).toBe(sortParam);
  });

  it('refuses a cursor taken under the other direction', async () => {
    const first = await gw.query(INVOICES, { first: 2, sort: { field: 'DUE_DATE', direction: 'ASC' } });
    expectNoErrors(first);
    const after = first.data.provider.invoices.pageInfo.endCursor;
    const res = await gw.query(INVOICES, { first: 2, after, sort: { field: 'DUE_DATE', direction: 'DESC' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
