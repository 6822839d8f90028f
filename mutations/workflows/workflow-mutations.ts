import {
  betterCloudCreateWorkflow,
  betterCloudDeleteWorkflow,
  betterCloudInitialStatuses,
  betterCloudTriggerTypes,
  type BetterCloudWorkflowCreateRequest,
} from '../../datasources/writes.js';
import { createdId } from '../created-id.js';
import type { WorkflowModel } from '../../datasources/model/index.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { allWorkflows, findWorkflow } from './workflow-target.js';

const GONE = [404] as const;
const MAX_NAME = 255;

/** `CreateWorkflowInput`. */
export interface CreateWorkflowInput extends MutationInput {
  name: string;
  description?: string | null;
  triggerType?: string | null;
  status?: string | null;
}

interface CreateWorkflowTarget {
  request: BetterCloudWorkflowCreateRequest;
  /** Workflows with the same name before: names are not unique, the new one is the one not among them. */
  namesakes: Set<string>;
}

/** A value of a BetterCloud enum, matched without case; undefined when absent. */
function enumValue<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  errors: UserErrorModel[],
  code: string,
): T | undefined {
  if (value == null) return undefined;
  const found = allowed.find((a) => a === value.trim().toLowerCase());
  if (!found)
    errors.push(userError(['input', field], `"${value}" is not a ${field}: use ${allowed.join(', ')}`, code));
  return found;
}

export const createWorkflowMutation: MutationDefinition<
  CreateWorkflowInput,
  CreateWorkflowTarget,
  WorkflowModel
> = {
  name: 'createWorkflow',
  async prepare(input, ctx) {
    const errors: UserErrorModel[] = [];
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME)
      errors.push(
        userError(['input', 'name'], `The name must be 1 to ${MAX_NAME} characters`, 'INVALID_NAME'),
      );
    const triggerType = enumValue(
      input.triggerType,
      betterCloudTriggerTypes,
      'triggerType',
      errors,
      'INVALID_TRIGGER_TYPE',
    );
    const status =
      input.status?.trim().toLowerCase() === 'inactive'
        ? (errors.push(
            userError(
              ['input', 'status'],
              'A new workflow starts active or draft, never inactive',
              'INVALID_STATUS',
            ),
          ),
          undefined)
        : enumValue(input.status, betterCloudInitialStatuses, 'status', errors, 'INVALID_STATUS');
    if (errors.length) return { ok: false, userErrors: errors };
    const namesakes = new Set(
      (await allWorkflows(ctx)).filter((w) => w.name === name).map((w) => w.externalId),
    );
    const request: BetterCloudWorkflowCreateRequest = {
      name,
      ...(input.description != null ? { description: input.description } : {}),
      ...(triggerType ? { trigger_type: triggerType } : {}),
      ...(status ? { status } : {}),
    };
    return { ok: true, target: { request, namesakes } };
  },
  plan: ({ request }) => ({
    steps: [
      plannedCall(
        {
          api: 'bettercloud',
          externalId: null,
          description: `Create BetterCloud workflow "${request.name}"`,
        },
        betterCloudCreateWorkflow(request),
      ),
    ],
  }),
  reread: async ({ request, namesakes }, ctx, written) => {
    const id = createdId(written);
    if (id) return (await ctx.datasources.bettercloud.getWorkflow(id)) ?? null;
    return (
      (await allWorkflows(ctx)).find((w) => w.name === request.name && !namesakes.has(w.externalId)) ?? null
    );
  },
};

/** `DeleteWorkflowInput`. */
export interface DeleteWorkflowInput extends MutationInput {
  workflowId: string;
}

export const deleteWorkflowMutation: MutationDefinition<DeleteWorkflowInput, WorkflowModel, WorkflowModel> = {
  name: 'deleteWorkflow',
  async prepare(input, ctx) {
    const found = await findWorkflow(input.workflowId, ['input', 'workflowId'], ctx);
    return found.ok ? { ok: true, target: found.workflow } : { ok: false, userErrors: found.errors };
  },
  plan: (workflow) => ({
    steps: [
      plannedCall(
        {
          api: 'bettercloud',
          externalId: workflow.externalId,
          description: `Delete BetterCloud workflow "${workflow.name}" (${workflow.externalId})`,
        },
        betterCloudDeleteWorkflow(workflow.externalId),
        GONE,
      ),
    ],
  }),
  reread: async (workflow, ctx) =>
    (await ctx.datasources.bettercloud.getWorkflow(workflow.externalId)) ?? null,
};
