import { describe, expect, it, vi } from 'vitest';
import type { VendorClient, VendorRequest } from '../../../datasources/http/vendor-client.js';
import { UpstreamTrace } from '../../../datasources/http/trace.js';
import type { AuditEntry, AuditLog } from '../../../mutations/audit-log.js';
import type { GatewayContext } from '../../../mutations/context.js';
import { vendorUnavailable } from '../../../common/errors.js';
import { IdempotencyStore } from '../../../mutations/idempotency.js';
import { runMutation, type MutationDefinition, type MutationInput } from '../../../mutations/pipeline.js';
import { plannedCall } from '../../../mutations/plan.js';
import { userError } from '../../../mutations/user-errors.js';

/** The pipeline with a fake context: an in-memory audit log, fake vendor clients, a spy for invalidation. */
function harness(options: { failFirst?: boolean } = {}) {
  const entries: AuditEntry[] = [];
  const audit: AuditLog = {
    append: async (entry) => void entries.push(entry),
    page: async () => ({ entries: [], total: 0, hasMore: false }),
    close: async () => undefined,
  };
  const sent: string[] = [];
  let failures = options.failFirst ? 1 : 0;
  const client = {
    request: async (req: VendorRequest) => {
      sent.push(`${req.method} ${req.path}`);
      if (failures > 0) {
        failures--;
        throw vendorUnavailable('BETTERCLOUD', 'HTTP 503', 503);
      }
      return undefined;
    },
  } as unknown as VendorClient;
  const afterWrite = vi.fn(async () => undefined);
  const ctx = {
    trace: new UpstreamTrace(),
    principal: { id: 'alice', role: 'admin', method: 'api-key' },
    mutations: {
      audit,
      idempotency: new IdempotencyStore(),
      tenantIds: {} as never,
      clients: { bettercloud: client, atlassian: client, scim: client, snow: client, jumpcloud: client },
      afterWrite,
    },
  } as unknown as GatewayContext;
  return { ctx, entries, sent, afterWrite };
}

interface RenameInput extends MutationInput {
  id?: string | null;
  name?: string | null;
  secret?: string | null;
}

function renameDefinition(
  calls: string[],
): MutationDefinition<RenameInput, string, { id: string; version: number }> {
  let version = 0;
  return {
    name: 'renameThing',
    prepare: async (input) => {
      calls.push('prepare');
      return input.id
        ? { ok: true, target: input.id }
        : { ok: false, userErrors: [userError(['input', 'id'], 'id is required', 'INVALID_INPUT')] };
    },
    plan: (target, input) => {
      calls.push('plan');
      return {
        steps: [
          plannedCall(
            { api: 'bettercloud', externalId: target, description: `Rename ${target}` },
            { operation: 'rename', method: 'PATCH', path: `/things/${target}`, body: { name: input.name } },
          ),
        ],
      };
    },
    reread: async (target) => {
      calls.push('reread');
      return { id: target, version: ++version };
    },
    auditInput: ({ secret: _secret, ...rest }) => rest,
  };
}

/** What renaming t1 wrote: the index re-reads the object it addressed. */
const renamedT1Written = {
  vendors: ['BETTERCLOUD'],
  apis: ['bettercloud'],
  objects: [{ api: 'bettercloud', externalId: 't1' }],
  emails: [],
  created: [],
};

describe('runMutation', () => {
  it('executes, records, invalidates the written vendors, then re-reads', async () => {
    const { ctx, entries, sent, afterWrite } = harness();
    const calls: string[] = [];
    const outcome = await runMutation(
      renameDefinition(calls),
      { id: 't1', name: 'new', secret: 's3cret' },
      ctx,
    );
    expect(calls).toEqual(['prepare', 'plan', 'reread']);
    expect(sent).toEqual(['PATCH /things/t1']);
    expect(afterWrite).toHaveBeenCalledWith(renamedT1Written);
    expect(outcome.subject).toEqual({ id: 't1', version: 1 });
    expect(outcome.results.map((r) => r.status)).toEqual(['SUCCEEDED']);
    expect(outcome.plannedCalls).toHaveLength(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      principal: 'alice',
      mutation: 'renameThing',
      result: 'SUCCEEDED',
      dryRun: false,
      input: { id: 't1', name: 'new' },
    });
    expect(JSON.stringify(entries[0])).not.toContain('s3cret');
  });

  it('answers a dry run with the plan, sending nothing, invalidating nothing, spending no key', async () => {
    const { ctx, entries, sent, afterWrite } = harness();
    const definition = renameDefinition([]);
    const dry = await runMutation(
      definition,
      { id: 't1', name: 'new', dryRun: true, idempotencyKey: 'k' },
      ctx,
    );
    expect(dry.results.map((r) => r.status)).toEqual(['PLANNED']);
    expect(dry.plannedCalls[0]).toMatchObject({ method: 'PATCH', path: '/things/t1', body: { name: 'new' } });
    expect(sent).toEqual([]);
    expect(afterWrite).not.toHaveBeenCalled();
    expect(entries.map((e) => [e.result, e.dryRun])).toEqual([['DRY_RUN', true]]);
    // The key is still free for the real run.
    const real = await runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx);
    expect(real.results.map((r) => r.status)).toEqual(['SUCCEEDED']);
  });

  it('rejects invalid input before planning, sends nothing, records REJECTED', async () => {
    const { ctx, entries, sent } = harness();
    const calls: string[] = [];
    const outcome = await runMutation(renameDefinition(calls), { name: 'x' }, ctx);
    expect(outcome).toEqual({
      subject: null,
      results: [],
      plannedCalls: [],
      userErrors: [{ field: ['input', 'id'], message: 'id is required', code: 'INVALID_INPUT' }],
    });
    expect(calls).toEqual(['prepare']);
    expect(sent).toEqual([]);
    expect(entries.map((e) => e.result)).toEqual(['REJECTED']);
  });

  it('replays a completed key before reading anything: no prepare, no call, the first payload', async () => {
    const { ctx, entries, sent } = harness();
    const calls: string[] = [];
    const definition = renameDefinition(calls);
    const first = await runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx);
    calls.length = 0;
    const second = await runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx);
    expect(second).toStrictEqual(first);
    expect(calls).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(entries.map((e) => e.result)).toEqual(['SUCCEEDED', 'REPLAYED']);
    const reused = await runMutation(definition, { id: 't1', name: 'other', idempotencyKey: 'k' }, ctx);
    expect(reused.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED'],
    ]);
  });

  it('does not keep a partially failed run: the same key runs again', async () => {
    const { ctx, sent, afterWrite } = harness({ failFirst: true });
    const definition = renameDefinition([]);
    const failed = await runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx);
    expect(failed.results.map((r) => [r.status, r.code, r.retryable])).toEqual([
      ['FAILED', 'VENDOR_UNAVAILABLE', true],
    ]);
    // A failed call may still have reached the vendor: its reads are invalidated all the same.
    expect(afterWrite).toHaveBeenCalledTimes(1);
    const retried = await runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx);
    expect(retried.results.map((r) => r.status)).toEqual(['SUCCEEDED']);
    expect(sent).toHaveLength(2);
  });

  it('frees the key when the audit log cannot be written, and still invalidates what was written', async () => {
    const { ctx, afterWrite } = harness();
    ctx.mutations.audit.append = async () => {
      throw new Error('disk full');
    };
    const definition = renameDefinition([]);
    await expect(
      runMutation(definition, { id: 't1', name: 'new', idempotencyKey: 'k' }, ctx),
    ).rejects.toThrow('disk full');
    expect(afterWrite).toHaveBeenCalledWith(renamedT1Written);
    expect(
      await ctx.mutations.idempotency.claim({ mutation: 'renameThing', principal: 'alice', key: 'k' }, 'x'),
    ).toEqual({ kind: 'claimed' });
  });

  it('rejects an idempotency key over 255 characters', async () => {
    const { ctx } = harness();
    const outcome = await runMutation(
      renameDefinition([]),
      { id: 't1', idempotencyKey: 'k'.repeat(256) },
      ctx,
    );
    expect(outcome.userErrors.map((e) => e.code)).toEqual(['INVALID_IDEMPOTENCY_KEY']);
  });
});
