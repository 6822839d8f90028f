import type { Datasources } from '../datasources/contracts.js';
import type { VendorName } from '../datasources/model/index.js';
import type { VendorWrite } from '../datasources/writes.js';

/** The vendor APIs a mutation writes to, one `VendorClient` each (SCIM is Atlassian's second API). */
export type WriteApi = keyof Datasources;

/** The GraphQL `VendorApi` value of each API. */
export type VendorApiName = 'BETTERCLOUD' | 'ATLASSIAN_ADMIN' | 'ATLASSIAN_SCIM' | 'SNOW' | 'JUMPCLOUD';

export const apiNames: Record<WriteApi, VendorApiName> = {
  bettercloud: 'BETTERCLOUD',
  atlassian: 'ATLASSIAN_ADMIN',
  scim: 'ATLASSIAN_SCIM',
  snow: 'SNOW',
  jumpcloud: 'JUMPCLOUD',
};

export const vendorOfApi: Record<WriteApi, VendorName> = {
  bettercloud: 'BETTERCLOUD',
  atlassian: 'ATLASSIAN',
  scim: 'ATLASSIAN',
  snow: 'SNOW',
  jumpcloud: 'JUMPCLOUD',
};

/** What planning found out about one step before anything is sent. */
export type StepCheck =
  /** The call is needed to reach the target state. */
  | { state: 'NEEDED' }
  /** Already in the target state: nothing is sent (ALREADY_DONE). */
  | { state: 'ALREADY_DONE'; message: string }
  /** The vendor cannot do this (no such API, or the object's state forbids it): nothing is sent (SKIPPED). */
  | { state: 'UNSUPPORTED'; code: string; message: string }
  /** The step cannot be planned now (e.g. the vendor's accounts could not be read): reported FAILED. */
  | { state: 'BLOCKED'; code: string; message: string; retryable: boolean };

/**
 * One step of a plan: one vendor call (or the reason none is needed), on one object.
 * Steps of the same vendor run one after another in plan order; vendors run in parallel.
 */
export interface PlanStep {
  api: WriteApi;
  vendor: VendorName;
  /** The vendor's ID of the object acted on. */
  externalId: string | null;
  /** What the step does, for people: shown in `plannedCalls` and results. */
  description: string;
  check: StepCheck;
  /** The call; present when `check.state` is NEEDED. */
  write?: VendorWrite;
  /**
   * HTTP statuses meaning "already in the target state" (e.g. 409 "already suspended", 404 on a
   * delete): the plan's view of the vendor may be older than the vendor, and a re-run must not fail there.
   */
  doneOnStatus?: readonly number[];
}

export interface MutationPlan {
  steps: PlanStep[];
}

type StepBase = Pick<PlanStep, 'api' | 'externalId' | 'description'>;

const withVendor = (base: StepBase) => ({ ...base, vendor: vendorOfApi[base.api] });

export const plannedCall = (
  base: StepBase,
  write: VendorWrite,
  doneOnStatus?: readonly number[],
): PlanStep => ({
  ...withVendor(base),
  check: { state: 'NEEDED' },
  write,
  ...(doneOnStatus ? { doneOnStatus } : {}),
});

export const alreadyDone = (base: StepBase, message: string): PlanStep => ({
  ...withVendor(base),
  check: { state: 'ALREADY_DONE', message },
});

export const unsupported = (base: StepBase, code: string, message: string): PlanStep => ({
  ...withVendor(base),
  check: { state: 'UNSUPPORTED', code, message },
});

export const blocked = (base: StepBase, code: string, message: string, retryable: boolean): PlanStep => ({
  ...withVendor(base),
  check: { state: 'BLOCKED', code, message, retryable },
});

/** Vendors the plan sends calls to: their cached reads are invalidated after execution. */
export function vendorsWritten(plan: MutationPlan): VendorName[] {
  return [...new Set(plan.steps.filter((s) => s.check.state === 'NEEDED' && s.write).map((s) => s.vendor))];
}

/** The APIs the plan sends calls to, and the vendor object each call addresses (what the index re-reads). */
export function writesOf(plan: MutationPlan): {
  apis: WriteApi[];
  objects: { api: WriteApi; externalId: string | null }[];
} {
  const sent = plan.steps.filter((s) => s.check.state === 'NEEDED' && s.write);
  return {
    apis: [...new Set(sent.map((s) => s.api))],
    objects: sent.map((s) => ({ api: s.api, externalId: s.externalId })),
  };
}
