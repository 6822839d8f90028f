import type { VendorClient } from '../datasources/http/vendor-client.js';
import type { UpstreamTrace } from '../datasources/http/trace.js';
import { sendVendorWrite } from '../datasources/writes.js';
import { NotFoundError, VendorError } from '../common/errors.js';
import { apiNames, type MutationPlan, type PlanStep, type WriteApi } from './plan.js';
import { callView, unsentResult, type ActionResult } from './results.js';

/** One request's vendor clients, one per API: writes go through the same HTTP core as reads. */
export type VendorClients = Record<WriteApi, VendorClient>;

/**
 * Sends a plan's calls. Each vendor's steps run in plan order (Atlassian's directory call before its
 * SCIM call: they act on the same account); vendors run in parallel, and one failing vendor does not
 * stop the others. Every step gets its own outcome; nothing is thrown for a vendor failure.
 */
export async function executePlan(
  plan: MutationPlan,
  clients: VendorClients,
  trace: UpstreamTrace,
  /** Sees each step's result as it comes, before that vendor's next step is sent (the audit journal). */
  onResult?: (step: number, result: ActionResult) => Promise<void>,
): Promise<ActionResult[]> {
  const results: ActionResult[] = new Array(plan.steps.length);
  const byVendor = new Map<string, number[]>();
  plan.steps.forEach((step, i) => byVendor.set(step.vendor, [...(byVendor.get(step.vendor) ?? []), i]));
  await Promise.all(
    [...byVendor.values()].map(async (indices) => {
      for (const i of indices) {
        results[i] = await executeStep(plan.steps[i], clients, trace);
        await onResult?.(i, results[i]);
      }
    }),
  );
  return results;
}

async function executeStep(
  step: PlanStep,
  clients: VendorClients,
  trace: UpstreamTrace,
): Promise<ActionResult> {
  if (step.check.state !== 'NEEDED' || !step.write) return unsentResult(step);
  const base = {
    vendor: step.vendor,
    api: apiNames[step.api],
    externalId: step.externalId,
    call: callView(step),
  };
  const tracedBefore = trace.calls.length;
  try {
    const response = await sendVendorWrite(clients[step.api], step.write);
    return {
      ...base,
      // Kept for the definition's re-read (a created object's ID); never shown or stored (see pipeline).
      ...(response !== undefined ? { response } : {}),
      status: 'SUCCEEDED',
      message: `${step.description}: done`,
      code: null,
      retryable: null,
      httpStatus: lastStatus(trace, tracedBefore, step),
    };
  } catch (error) {
    const httpStatus = statusOf(error) ?? lastStatus(trace, tracedBefore, step);
    if (httpStatus !== null && step.doneOnStatus?.includes(httpStatus))
      return {
        ...base,
        status: 'ALREADY_DONE',
        message: `${step.vendor} answered HTTP ${httpStatus}: already in the target state (${(error as Error).message})`,
        code: null,
        retryable: null,
        httpStatus,
      };
    if (error instanceof VendorError || error instanceof NotFoundError)
      return {
        ...base,
        status: 'FAILED',
        message: error.message,
        code: String(error.extensions.code),
        retryable: error instanceof VendorError ? error.retryable : false,
        httpStatus,
      };
    // A defect of ours, not the vendor's: report it without leaking internals; the run is incomplete.
    return {
      ...base,
      status: 'FAILED',
      message: `AdminGraph could not send the call: ${(error as Error).message}`,
      code: 'INTERNAL_SERVER_ERROR',
      retryable: false,
      httpStatus,
    };
  }
}

function statusOf(error: unknown): number | null {
  if (error instanceof VendorError) return error.httpStatus ?? null;
  if (error instanceof NotFoundError) return 404;
  return null;
}

/** The HTTP status of the step's last attempt, from this request's trace (steps of one vendor run one at a time). */
function lastStatus(trace: UpstreamTrace, from: number, step: PlanStep): number | null {
  for (let i = trace.calls.length - 1; i >= from; i--) {
    const call = trace.calls[i];
    if (
      call.vendor === step.vendor &&
      call.operation === step.write?.operation &&
      call.method === step.write.method
    )
      return typeof call.status === 'number' ? call.status : null;
  }
  return null;
}
