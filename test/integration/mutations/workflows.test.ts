import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/global-id.js';
import type { RunningSimulator } from '../../../simulators/core/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { testCompany } from '../../support/simulators.js';

/**
 * createWorkflow / deleteWorkflow / runWorkflow through HTTP against the simulators. BetterCloud's
 * state is read from its simulator directly (its own API and key), never through the graph.
 */

let gw: TestGateway;
let dir: string;
let bettercloud: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admingraph-workflows-'));
  gw = await startTestGateway({ env: { ADMINGRAPH_AUDIT_FILE: join(dir, 'audit.ndjson') } });
  bettercloud = gw.fleet.running.bettercloud!;
});
afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});
// Every test starts from the seeded vendors, with nothing the gateway read before.
beforeEach(() => gw.reseed());

/* eslint-disable @typescript-eslint/no-explicit-any */
async function bc(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${bettercloud.url}/v1${path}`, {
    headers: { 'x-api-key': 'dev-bettercloud-key' },
  });
  return { status: res.status, body: res.status === 200 ? await res.json() : undefined };
}
async function run(query: string, input: Record<string, unknown>): Promise<any> {
  const res = await gw.query(query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0];
}
/* eslint-enable @typescript-eslint/no-explicit-any */
type BetterCloudWorkflow = {
  id: string;
  name: string;
  status: string;
  trigger_type: string;
  description: string | null;
};
async function workflows(): Promise<BetterCloudWorkflow[]> {
  const items: BetterCloudWorkflow[] = [];
  for (let page = 1; ; page++) {
    const { body } = await bc(`/workflows?page=${page}&per_page=100`);
    items.push(...body.data);
    if (body.data.length < 100) return items;
  }
}
const betterCloudUserId = async (email: string) =>
  (await bc(`/users?email=${encodeURIComponent(email)}`)).body.data[0].id as string;
const workflowId = (id: string) => toGlobalId('Workflow', id);

function writes() {
  return Object.values(gw.fleet.running).flatMap((sim) =>
    sim.log
      .snapshot()
      .recent.filter((r) => r.method !== 'GET')
      .map((r) => ({
        vendor: sim.vendor,
        method: r.method,
        operationId: r.operationId,
        path: r.path,
        status: r.status,
      })),
  );
}
const fields = (p: { userErrors: { field: string[]; code: string }[] }) =>
  p.userErrors.map((e) => [e.field, e.code]);

const OUTCOME = `
  results { vendor api externalId status message code httpStatus }
  plannedCalls { vendor api operationId method path body description }
  userErrors { field message code }`;
const WORKFLOW = 'workflow { id externalId name description status triggerType actionCount }';
const CREATE = `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { ${WORKFLOW} ${OUTCOME} } }`;
const DELETE = `mutation($input: DeleteWorkflowInput!) { deleteWorkflow(input: $input) { deletedWorkflowId ${WORKFLOW} ${OUTCOME} } }`;
const RUN = `mutation($input: RunWorkflowInput!) { runWorkflow(input: $input) { ${WORKFLOW} ${OUTCOME} } }`;

const people = testCompany().people.filter((p) => p.accounts.bettercloud?.state === 'active');
const withoutBetterCloud = testCompany().people.find(
  (p) => !p.accounts.bettercloud && Object.keys(p.accounts).length > 0,
)!;

describe('createWorkflow', () => {
  it('validates name, trigger type and status; a dry run sends nothing; the run creates it at BetterCloud', async () => {
    const before = await workflows();
    const bad = await run(CREATE, { name: '  ', triggerType: 'hourly', status: 'inactive' });
    const badStatus = await run(CREATE, { name: 'x', status: 'paused' });
    expect([fields(bad), fields(badStatus)]).toEqual([
      [
        [['input', 'name'], 'INVALID_NAME'],
        [['input', 'triggerType'], 'INVALID_TRIGGER_TYPE'],
        [['input', 'status'], 'INVALID_STATUS'],
      ],
      [[['input', 'status'], 'INVALID_STATUS']],
    ]);
    const input = {
      name: 'Offboard contractors',
      description: 'Removes contractor access',
      triggerType: 'EVENT',
      status: 'active',
    };
    const dry = await run(CREATE, { ...input, dryRun: true });
    expect(
      dry.plannedCalls.map((c: Record<string, unknown>) => [
        c.vendor,
        c.operationId,
        c.method,
        c.path,
        c.body,
      ]),
    ).toEqual([
      [
        'BETTERCLOUD',
        'createWorkflow',
        'POST',
        '/workflows',
        {
          name: 'Offboard contractors',
          description: 'Removes contractor access',
          trigger_type: 'event',
          status: 'active',
        },
      ],
    ]);
    expect(dry.workflow).toBeNull();
    expect(writes()).toEqual([]);

    const done = await run(CREATE, { ...input, idempotencyKey: 'wf-create-1' });
    expect(done.results.map((r: { status: string; httpStatus: number }) => [r.status, r.httpStatus])).toEqual(
      [['SUCCEEDED', 201]],
    );
    const created = (await workflows()).filter((w) => !before.some((b) => b.id === w.id));
    expect(created).toMatchObject([
      {
        name: 'Offboard contractors',
        status: 'active',
        trigger_type: 'event',
        description: 'Removes contractor access',
      },
    ]);
    expect(done.workflow).toEqual({
      id: workflowId(created[0].id),
      externalId: created[0].id,
      name: 'Offboard contractors',
      description: 'Removes contractor access',
      status: 'active',
      triggerType: 'event',
      actionCount: 0,
    });
    // The idempotent retry answers the same workflow and creates no second one.
    expect(await run(CREATE, { ...input, idempotencyKey: 'wf-create-1' })).toEqual(done);
    expect(writes().map((w) => w.operationId)).toEqual(['createWorkflow']);
    // A later read through the graph lists it.
    const later = await gw.query(`query($id: ID!) { node(id: $id) { ... on Workflow { name status } } }`, {
      id: done.workflow.id,
    });
    expect(later.data.node).toEqual({ name: 'Offboard contractors', status: 'active' });
  });
});

describe('deleteWorkflow', () => {
  it('dry run, then deletion at BetterCloud; unknown and malformed IDs are userErrors', async () => {
    const target = (await workflows())[2];
    const dry = await run(DELETE, { workflowId: workflowId(target.id), dryRun: true });
    expect(dry.plannedCalls.map((c: Record<string, unknown>) => [c.operationId, c.method, c.path])).toEqual([
      ['deleteWorkflow', 'DELETE', `/workflows/${target.id}`],
    ]);
    expect([dry.deletedWorkflowId, dry.workflow.externalId]).toEqual([null, target.id]);
    expect(writes()).toEqual([]);
    const done = await run(DELETE, { workflowId: workflowId(target.id) });
    expect([done.deletedWorkflowId, done.workflow, done.results[0].httpStatus]).toEqual([
      workflowId(target.id),
      null,
      204,
    ]);
    expect((await bc(`/workflows/${target.id}`)).status).toBe(404);
    const unknown = await run(DELETE, { workflowId: workflowId('wf-999999') });
    const malformed = await run(DELETE, { workflowId: toGlobalId('User', 'someone@example.com') });
    expect([fields(unknown), fields(malformed)]).toEqual([
      [[['input', 'workflowId'], 'NOT_FOUND']],
      [[['input', 'workflowId'], 'INVALID_ID']],
    ]);
    expect(writes().map((w) => w.operationId)).toEqual(['deleteWorkflow']);
  });
});

describe('runWorkflow', () => {
  it('maps emails and user IDs to BetterCloud user IDs and starts one run', async () => {
    const active = (await workflows()).find((w) => w.status === 'active')!;
    const [a, b] = [people[3], people[4]];
    const [idA, idB] = await Promise.all([betterCloudUserId(a.email), betterCloudUserId(b.email)]);
    const input = {
      workflowId: workflowId(active.id),
      emails: [` ${a.email.toUpperCase()} `],
      userIds: [toGlobalId('User', b.email), toGlobalId('User', a.email)],
    };
    const dry = await run(RUN, { ...input, dryRun: true });
    expect(
      dry.plannedCalls.map((c: Record<string, unknown>) => [c.operationId, c.method, c.path, c.body]),
    ).toEqual([['runWorkflow', 'POST', `/workflows/${active.id}/run`, { user_ids: [idA, idB] }]]);
    expect(writes()).toEqual([]);
    const runsBefore = (await bc(`/events?type=workflow.run&user_id=${idA}&per_page=100`)).body.data.length;

    const done = await run(RUN, { ...input, idempotencyKey: 'run-1' });
    expect(done.results.map((r: { status: string; httpStatus: number }) => [r.status, r.httpStatus])).toEqual(
      [['SUCCEEDED', 202]],
    );
    expect(done.workflow.externalId).toBe(active.id);
    const events = (await bc(`/events?type=workflow.run&user_id=${idA}&per_page=100`)).body.data as {
      description: string;
    }[];
    expect(events.length).toBe(runsBefore + 1);
    expect(events[0].description).toContain(active.name);
    expect(
      (await bc(`/events?type=workflow.run&user_id=${idB}&per_page=100`)).body.data[0].description,
    ).toContain(active.name);
    expect(await run(RUN, { ...input, idempotencyKey: 'run-1' })).toEqual(done);
    expect(writes().map((w) => [w.operationId, w.status])).toEqual([['runWorkflow', 202]]);
  });

  it('refuses a draft or inactive workflow and unknown people before any call', async () => {
    const all = await workflows();
    const idle = all.find((w) => w.status !== 'active')!;
    const active = all.find((w) => w.status === 'active')!;
    const notActive = await run(RUN, { workflowId: workflowId(idle.id), emails: [people[0].email] });
    expect(fields(notActive)).toEqual([[['input', 'workflowId'], 'WORKFLOW_NOT_ACTIVE']]);
    const badPeople = await run(RUN, {
      workflowId: workflowId(active.id),
      emails: ['not an email', 'nobody@nowhere.example', withoutBetterCloud.email],
      userIds: ['garbage'],
    });
    expect(fields(badPeople)).toEqual([
      [['input', 'emails', '0'], 'INVALID_EMAIL'],
      [['input', 'userIds', '0'], 'INVALID_ID'],
      [['input', 'emails', '1'], 'NO_ACCOUNT_IN_VENDOR'],
      [['input', 'emails', '2'], 'NO_ACCOUNT_IN_VENDOR'],
    ]);
    const nobody = await run(RUN, { workflowId: workflowId(active.id) });
    expect(fields(nobody)).toEqual([[['input'], 'REQUIRED']]);
    expect(writes()).toEqual([]);
  });
});
