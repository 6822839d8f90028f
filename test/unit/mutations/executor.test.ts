import { describe, expect, it } from 'vitest';
import type { VendorClient, VendorRequest } from '../../../datasources/http/vendor-client.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import { NotFoundError, vendorRejected, vendorUnavailable } from '../../../common/errors.js';
import { executePlan, type VendorClients } from '../../../mutations/executor.js';
import { alreadyDone, blocked, plannedCall, unsupported, type PlanStep } from '../../../mutations/plan.js';
import { dryRunResults, isComplete, plannedCalls, summarize } from '../../../mutations/results.js';

/** Fake clients: record each request (in order) and answer with what `answer` says. */
function fakeClients(trace: UpstreamTrace, answer: (req: VendorRequest) => Promise<unknown> | unknown) {
  const sent: string[] = [];
  const client = (vendor: string) =>
    ({
      request: async (req: VendorRequest) => {
        sent.push(`${vendor} ${req.method} ${req.path}`);
        await new Promise((r) => setTimeout(r, 5));
        const result = await answer(req);
        trace.record({
          vendor: vendor as never,
          operation: req.operation,
          method: req.method ?? 'GET',
          url: req.path,
          status: 204,
          durationMs: 1,
          attempt: 1,
          cached: false,
        });
        return result;
      },
    }) as unknown as VendorClient;
  const clients: VendorClients = {
    bettercloud: client('BETTERCLOUD'),
    atlassian: client('ATLASSIAN'),
    scim: client('ATLASSIAN'),
    snow: client('SNOW'),
    jumpcloud: client('JUMPCLOUD'),
  };
  return { clients, sent };
}

const write = (operation: string, path: string) => ({ operation, method: 'POST' as const, path });
const step = (api: PlanStep['api'], operation: string, path: string, doneOn?: number[]) =>
  plannedCall({ api, externalId: path, description: `${operation} ${path}` }, write(operation, path), doneOn);

describe('executePlan', () => {
  it('keeps going when one vendor fails, and reports each step with its own outcome, in plan order', async () => {
    const trace = new UpstreamTrace();
    const { clients, sent } = fakeClients(trace, (req) => {
      if (req.path === '/bc') throw vendorUnavailable('BETTERCLOUD', 'HTTP 503 from suspendUser', 503);
      return undefined;
    });
    const plan = {
      steps: [
        step('bettercloud', 'suspendUser', '/bc'),
        step('atlassian', 'suspendUser', '/atl'),
        step('scim', 'patch', '/scim'),
        unsupported(
          { api: 'snow', externalId: 's', description: 'Suspend in Snow' },
          'NOT_SUPPORTED_BY_VENDOR',
          'Snow cannot',
        ),
        alreadyDone({ api: 'jumpcloud', externalId: 'j', description: 'Suspend' }, 'already suspended'),
      ],
    };
    const results = await executePlan(plan, clients, trace);
    expect(results.map((r) => [r.api, r.status, r.code, r.retryable, r.httpStatus])).toEqual([
      ['BETTERCLOUD', 'FAILED', 'VENDOR_UNAVAILABLE', true, 503],
      ['ATLASSIAN_ADMIN', 'SUCCEEDED', null, null, 204],
      ['ATLASSIAN_SCIM', 'SUCCEEDED', null, null, 204],
      ['SNOW', 'SKIPPED', 'NOT_SUPPORTED_BY_VENDOR', false, null],
      ['JUMPCLOUD', 'ALREADY_DONE', null, null, null],
    ]);
    // Nothing sent for the skipped and already-done steps; Atlassian's two APIs in plan order.
    expect(sent.filter((s) => s.startsWith('ATLASSIAN'))).toEqual([
      'ATLASSIAN POST /atl',
      'ATLASSIAN POST /scim',
    ]);
    expect(sent).toHaveLength(3);
    expect(summarize(results)).toBe('PARTIALLY_FAILED');
    expect(isComplete(results)).toBe(false);
  });

  it('runs different vendors in parallel', async () => {
    const trace = new UpstreamTrace();
    let inFlight = 0;
    let most = 0;
    const { clients } = fakeClients(trace, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
    });
    await executePlan(
      { steps: [step('bettercloud', 'a', '/a'), step('atlassian', 'b', '/b'), step('jumpcloud', 'c', '/c')] },
      clients,
      trace,
    );
    expect(most).toBe(3);
  });

  it('reads a listed HTTP status (409 "already", 404 on delete) as ALREADY_DONE, any other rejection as FAILED', async () => {
    const trace = new UpstreamTrace();
    const { clients } = fakeClients(trace, (req) => {
      if (req.path === '/conflict' || req.path === '/conflict-unlisted')
        throw vendorRejected('BETTERCLOUD', 409, 'User is already suspended');
      if (req.path === '/gone') throw new NotFoundError('JUMPCLOUD: not found', 'JUMPCLOUD');
      return undefined;
    });
    const results = await executePlan(
      {
        steps: [
          step('bettercloud', 'suspendUser', '/conflict', [409]),
          step('jumpcloud', 'remove', '/gone', [404]),
          step('atlassian', 'restoreUser', '/conflict-unlisted'),
        ],
      },
      { ...clients, atlassian: clients.bettercloud },
      trace,
    );
    expect(results.map((r) => [r.status, r.code, r.httpStatus])).toEqual([
      ['ALREADY_DONE', null, 409],
      ['ALREADY_DONE', null, 404],
      ['FAILED', 'VENDOR_REJECTED', 409],
    ]);
    expect(results[0].message).toMatch(/already in the target state/);
  });

  it('reports an unexpected exception as a FAILED step, not a crash of the mutation', async () => {
    const trace = new UpstreamTrace();
    const { clients } = fakeClients(trace, () => {
      throw new TypeError('boom');
    });
    const [result] = await executePlan({ steps: [step('snow', 'x', '/x')] }, clients, trace);
    expect(result).toMatchObject({ status: 'FAILED', code: 'INTERNAL_SERVER_ERROR', retryable: false });
  });

  it('reports a step that could not be planned (vendor not read) as FAILED and retryable, sending nothing', async () => {
    const trace = new UpstreamTrace();
    const { clients, sent } = fakeClients(trace, () => undefined);
    const results = await executePlan(
      {
        steps: [
          blocked(
            { api: 'snow', externalId: null, description: 'Read' },
            'VENDOR_NOT_READ',
            'could not read',
            true,
          ),
        ],
      },
      clients,
      trace,
    );
    expect(results.map((r) => [r.status, r.code, r.retryable])).toEqual([
      ['FAILED', 'VENDOR_NOT_READ', true],
    ]);
    expect(sent).toEqual([]);
  });
});

describe('plan views', () => {
  const plan = {
    steps: [
      plannedCall(
        { api: 'scim', externalId: 'u1', description: 'Deactivate u1' },
        { operation: 'patch', method: 'PATCH', path: '/Users/u1', body: { active: false } },
      ),
      alreadyDone({ api: 'bettercloud', externalId: 'b1', description: 'Suspend' }, 'already'),
    ] satisfies PlanStep[],
  };

  it('lists only the calls to send, exactly', () => {
    expect(plannedCalls(plan)).toStrictEqual([
      {
        vendor: 'ATLASSIAN',
        api: 'ATLASSIAN_SCIM',
        operationId: 'patch',
        method: 'PATCH',
        path: '/Users/u1',
        body: { active: false },
        description: 'Deactivate u1',
      },
    ]);
  });

  it('answers a dry run with PLANNED for each call and the checks for the rest', () => {
    expect(dryRunResults(plan).map((r) => [r.status, r.message])).toEqual([
      ['PLANNED', 'Would deactivate u1'],
      ['ALREADY_DONE', 'already'],
    ]);
  });

  it('summarizes a run', () => {
    const r = (status: 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'ALREADY_DONE') => ({ status }) as never;
    expect(summarize([r('SUCCEEDED'), r('SKIPPED')])).toBe('SUCCEEDED');
    expect(summarize([r('ALREADY_DONE'), r('SKIPPED')])).toBe('NO_CHANGE');
    expect(summarize([r('FAILED'), r('ALREADY_DONE')])).toBe('FAILED');
    expect(summarize([r('FAILED'), r('SUCCEEDED')])).toBe('PARTIALLY_FAILED');
    expect(isComplete([r('SUCCEEDED'), r('SKIPPED'), r('ALREADY_DONE')])).toBe(true);
  });
});
