import type { VendorName } from '../datasources/model/index.js';
import { apiNames, type MutationPlan, type PlanStep, type VendorApiName } from './plan.js';

/** `PlannedVendorCall` in the schema: one call exactly as it is (or would be) sent. */
export interface PlannedCallView {
  vendor: VendorName;
  api: VendorApiName;
  operationId: string;
  method: string;
  path: string;
  body: unknown;
  description: string;
}

export type ActionStatus = 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'ALREADY_DONE' | 'PLANNED' | 'STILL_ACTIVE';

/** `VendorActionResult` in the schema: how one plan step went. */
export interface ActionResult {
  vendor: VendorName;
  api: VendorApiName;
  externalId: string | null;
  status: ActionStatus;
  message: string;
  code: string | null;
  retryable: boolean | null;
  httpStatus: number | null;
  call: PlannedCallView | null;
  /** The vendor's answer to a sent call, for `reread` only: stripped before results are shown, stored or audited. */
  response?: unknown;
}

/** `AuditResult` in the schema. */
export type RunResult =
  | 'SUCCEEDED'
  | 'PARTIALLY_FAILED'
  | 'FAILED'
  | 'NO_CHANGE'
  | 'DRY_RUN'
  | 'REJECTED'
  | 'REPLAYED'
  | 'ACCESS_REMAINS'
  | 'IN_PROGRESS'
  | 'INTERRUPTED';

export function callView(step: PlanStep): PlannedCallView | null {
  if (!step.write) return null;
  return {
    vendor: step.vendor,
    api: apiNames[step.api],
    operationId: step.write.operation,
    method: step.write.method,
    path: step.write.path,
    body: (step.write.shownBody !== undefined ? step.write.shownBody : step.write.body) ?? null,
    description: step.description,
  };
}

/** The calls a plan sends (steps already done or unsupported send none). */
export function plannedCalls(plan: MutationPlan): PlannedCallView[] {
  return plan.steps.filter((s) => s.check.state === 'NEEDED').flatMap((s) => callView(s) ?? []);
}

/** A step's result when nothing is sent for it: from the plan's check alone (dry runs: PLANNED). */
export function unsentResult(step: PlanStep): ActionResult {
  const base = {
    vendor: step.vendor,
    api: apiNames[step.api],
    externalId: step.externalId,
    call: callView(step),
    httpStatus: null,
  };
  switch (step.check.state) {
    case 'NEEDED':
      return {
        ...base,
        status: 'PLANNED',
        message: `Would ${lowerFirst(step.description)}`,
        code: null,
        retryable: null,
      };
    case 'ALREADY_DONE':
      return { ...base, status: 'ALREADY_DONE', message: step.check.message, code: null, retryable: null };
    case 'UNSUPPORTED':
      return {
        ...base,
        status: 'SKIPPED',
        message: step.check.message,
        code: step.check.code,
        retryable: false,
      };
    case 'ACCESS_REMAINS':
      return {
        ...base,
        status: 'STILL_ACTIVE',
        message: step.check.message,
        code: step.check.code,
        retryable: false,
      };
    case 'BLOCKED':
      return {
        ...base,
        status: 'FAILED',
        message: step.check.message,
        code: step.check.code,
        retryable: step.check.retryable,
      };
  }
}

/** The dry-run answer: every step as planned, nothing sent. */
export const dryRunResults = (plan: MutationPlan): ActionResult[] => plan.steps.map(unsentResult);

/** A run is complete when no step failed: only complete runs are kept for idempotent replay. */
export const isComplete = (results: readonly ActionResult[]) => results.every((r) => r.status !== 'FAILED');

/** Never SUCCEEDED while an account keeps the access the mutation meant to remove. */
export function summarize(results: readonly ActionResult[]): RunResult {
  const failed = results.some((r) => r.status === 'FAILED');
  const succeeded = results.some((r) => r.status === 'SUCCEEDED');
  if (failed) return succeeded ? 'PARTIALLY_FAILED' : 'FAILED';
  if (results.some((r) => r.status === 'STILL_ACTIVE')) return 'ACCESS_REMAINS';
  return succeeded ? 'SUCCEEDED' : 'NO_CHANGE';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
