import { randomUUID } from 'node:crypto';
import type { Principal } from '../common/principal.js';
import { auditActor, auditCall, type AuditEntry } from './audit-log.js';
import type { GatewayContext } from './context.js';
import { executePlan } from './executor.js';
import type { AuditIntent } from './audit-journal.js';
import { hashInput, normalizeInput } from './input-hash.js';
import { currentInstance } from './process-instance.js';
import type { IdempotencyScope } from './idempotency.js';
import { vendorsWritten, writesOf, type MutationPlan, type WriteApi } from './plan.js';
import {
  dryRunResults,
  isComplete,
  plannedCalls,
  summarize,
  type ActionResult,
  type PlannedCallView,
  type RunResult,
} from './results.js';
import { userError, type UserErrorModel } from './user-errors.js';

/** Input fields every vendor-writing mutation takes. */
export interface MutationInput {
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

export type Prepared<T> = { ok: true; target: T } | { ok: false; userErrors: UserErrorModel[] };

/**
 * One mutation, as the pipeline runs it. A new mutation supplies these four steps; the pipeline
 * does the rest (idempotency, dry run, execution, audit, invalidation) the same way for all.
 */
export interface MutationDefinition<I extends MutationInput, T, S> {
  /** The Mutation field name: scopes idempotency keys, names audit entries. */
  name: string;
  /** Validates the input and finds what it acts on, from reads only; userErrors stop the run before any write. */
  prepare(input: I, ctx: GatewayContext): Promise<Prepared<T>>;
  /** The vendor calls that reach the target state, each checked against the current state. */
  plan(target: T, input: I, ctx: GatewayContext): MutationPlan | Promise<MutationPlan>;
  /**
   * The changed object, read again (after invalidation, so fresh). `written.responses` holds the
   * vendor's answer to each plan step (undefined where nothing was sent), e.g. a created object's ID.
   */
  reread(target: T, ctx: GatewayContext, written?: { responses: unknown[] }): Promise<S | null>;
  /** The people the mutation acts on (emails): their index rows are re-read after the writes (default: none beyond the accounts the writes address). */
  touchedEmails?(target: T, input: I): string[];
  /** Accounts the writes created, from the vendors' answers (`responses`, one per plan step): read by ID into the index. */
  createdAccounts?(target: T, responses: unknown[]): { api: WriteApi; externalId: string }[];
  /** What the audit log keeps of the input: remove secrets here (default: the input as given). */
  auditInput?(input: I): unknown;
}

/** What every mutation answers; the resolver names `subject` after its type (`user`, `group`, ...). */
export interface MutationOutcome<S> {
  subject: S | null;
  results: ActionResult[];
  plannedCalls: PlannedCallView[];
  userErrors: UserErrorModel[];
}

const MAX_KEY_LENGTH = 255;

/**
 * validate → plan → (dry run: answer the plan) → execute → audit → invalidate → re-read, with the
 * idempotency check first: a retry of a completed mutation must answer its first result even though
 * the state it changed may no longer pass validation (a deprovisioned administrator is gone).
 * Every run is recorded in the audit log (rejected, dry, replayed or executed) before it answers;
 * one that sends vendor calls records its intent before the first and each outcome as it comes.
 */
export async function runMutation<I extends MutationInput, T, S>(
  definition: MutationDefinition<I, T, S>,
  input: I,
  ctx: GatewayContext,
): Promise<MutationOutcome<S>> {
  const dryRun = input.dryRun === true;
  const key = input.idempotencyKey ?? undefined;
  const record = (result: RunResult, results: ActionResult[], userErrors: UserErrorModel[] = []) =>
    ctx.mutations.audit.append(auditEntry(definition, input, ctx.principal, result, results, userErrors));
  const reject = async (userErrors: UserErrorModel[]): Promise<MutationOutcome<S>> => {
    await record('REJECTED', [], userErrors);
    return { subject: null, results: [], plannedCalls: [], userErrors };
  };

  if (key !== undefined && (key.length === 0 || key.length > MAX_KEY_LENGTH))
    return reject([
      userError(
        ['input', 'idempotencyKey'],
        `idempotencyKey must be 1 to ${MAX_KEY_LENGTH} characters`,
        'INVALID_IDEMPOTENCY_KEY',
      ),
    ]);

  // A dry run changes nothing, so it neither uses nor spends a key.
  const scope: IdempotencyScope | undefined =
    key !== undefined && !dryRun
      ? { mutation: definition.name, principal: ctx.principal.id, key }
      : undefined;
  // The same request however it is spelled (an email in another case): one key, one run.
  const inputHash = hashInput(normalizeInput(input) as Record<string, unknown>);
  let claimed = false;
  if (scope) {
    let claim: Awaited<ReturnType<typeof ctx.mutations.idempotency.claim>>;
    try {
      claim = await ctx.mutations.idempotency.claim(scope, inputHash);
    } catch {
      // The key cannot be checked, so running could act twice: refuse before any vendor call.
      return reject([
        userError(
          ['input', 'idempotencyKey'],
          `The idempotency key store cannot be reached: nothing was done. Try again shortly (or send no idempotencyKey).`,
          'IDEMPOTENCY_STORE_UNAVAILABLE',
        ),
      ]);
    }
    if (claim.kind === 'replay') {
      await record('REPLAYED', []);
      return claim.payload as MutationOutcome<S>;
    }
    if (claim.kind === 'reused')
      return reject([
        userError(
          ['input', 'idempotencyKey'],
          `idempotencyKey "${key}" was already used with a different input`,
          'IDEMPOTENCY_KEY_REUSED',
        ),
      ]);
    if (claim.kind === 'running')
      return reject([
        userError(
          ['input', 'idempotencyKey'],
          `A ${definition.name} with idempotencyKey "${key}" is still running: try again shortly`,
          'IDEMPOTENCY_KEY_IN_USE',
        ),
      ]);
    claimed = true;
  }

  try {
    const prepared = await definition.prepare(input, ctx);
    if (!prepared.ok) return await reject(prepared.userErrors);
    const plan = await definition.plan(prepared.target, input, ctx);

    if (dryRun) {
      const results = dryRunResults(plan);
      await record('DRY_RUN', results);
      return {
        subject: await definition.reread(prepared.target, ctx),
        results,
        plannedCalls: plannedCalls(plan),
        userErrors: [],
      };
    }

    // Durable before the first vendor call: a crash from here on leaves an INTERRUPTED entry.
    const intent = auditIntent(definition, input, ctx.principal, plan);
    await ctx.mutations.audit.beginIntent(intent);
    ctx.trace.deadline.renew();
    const executed = await executePlan(plan, ctx.mutations.clients, ctx.trace, (step, result) =>
      ctx.mutations.audit.recordOutcome({ intentId: intent.id, step, call: auditCall(result) }),
    );
    const responses = executed.map((r) => r.response);
    // Vendor answers serve the re-read only: they are not shown, stored for replay or audited.
    const results = executed.map(({ response: _response, ...shown }) => shown);
    const written = vendorsWritten(plan);
    try {
      await ctx.mutations.audit.append({
        ...auditEntry(definition, input, ctx.principal, summarize(results), results, []),
        intentId: intent.id,
      });
    } finally {
      // Even a failed call may have reached the vendor (a timeout): forget what it could have changed.
      if (written.length > 0)
        await ctx.mutations.afterWrite({
          vendors: written,
          ...writesOf(plan),
          emails: definition.touchedEmails?.(prepared.target, input) ?? [],
          created: definition.createdAccounts?.(prepared.target, responses) ?? [],
        });
    }
    const outcome: MutationOutcome<S> = {
      subject: await definition.reread(prepared.target, ctx, { responses }),
      results,
      plannedCalls: plannedCalls(plan),
      userErrors: [],
    };
    if (scope && isComplete(results)) {
      claimed = false;
      // The vendors acted: a store that went away now loses only the replay, never this answer
      // (the key's running claim expires, and the actions are safe to repeat).
      await ctx.mutations.idempotency.complete(scope, inputHash, outcome).catch(() => undefined);
    }
    return outcome;
  } finally {
    if (claimed && scope) await ctx.mutations.idempotency.release(scope).catch(() => undefined);
  }
}

/** What the audit keeps of an input: the normalized input, secrets removed. */
function auditedInput<I extends MutationInput>(
  definition: MutationDefinition<I, unknown, unknown>,
  input: I,
) {
  const normalized = normalizeInput(input);
  return definition.auditInput ? definition.auditInput(normalized) : normalized;
}

/** What every journal record of a run starts with: a new ID, when, who, which mutation, with what. */
function auditHeader<I extends MutationInput>(
  definition: MutationDefinition<I, unknown, unknown>,
  input: I,
  principal: Principal,
) {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    principal: principal.id,
    actor: auditActor(principal),
    mutation: definition.name,
    input: auditedInput(definition, input),
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

function auditIntent<I extends MutationInput>(
  definition: MutationDefinition<I, unknown, unknown>,
  input: I,
  principal: Principal,
  plan: MutationPlan,
): AuditIntent {
  return {
    ...auditHeader(definition, input, principal),
    calls: dryRunResults(plan).map(auditCall),
    plannedCalls: plannedCalls(plan),
    instance: currentInstance,
  };
}

function auditEntry<I extends MutationInput>(
  definition: MutationDefinition<I, unknown, unknown>,
  input: I,
  principal: Principal,
  result: RunResult,
  results: ActionResult[],
  userErrors: UserErrorModel[],
): AuditEntry {
  return {
    ...auditHeader(definition, input, principal),
    dryRun: input.dryRun === true,
    calls: results.map(auditCall),
    result,
    userErrors,
  };
}
