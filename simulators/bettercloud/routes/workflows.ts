import type { Router } from '../../core/router.js';
import { invalidRequest, stateConflict, unprocessable } from '../errors.js';
import { paginate, pageRequest } from '../pagination.js';
import type { BetterCloudState } from '../state.js';
import { triggerTypes, workflowStatuses, type BetterCloudWorkflow } from '../types.js';
import { bodyWithOnly, enumQuery, optionalEnum, optionalString, requiredString } from '../validation.js';

/** Workflows and runs: https://developer.bettercloud.com/ (seed 000, tag Workflows). */
export function workflowRoutes(router: Router, state: BetterCloudState): void {
  router.get('/v1/workflows', 'listWorkflows', (req) => {
    const page = pageRequest(req);
    const status = enumQuery(req, 'status', workflowStatuses);
    const matches = status && ((w: BetterCloudWorkflow) => w.status === status);
    const { items, meta } = paginate(state.workflows.length, (i) => state.workflows[i], page, matches);
    return { body: { data: items, meta } };
  });

  router.post('/v1/workflows', 'createWorkflow', (req) => {
    const body = bodyWithOnly(req, ['name', 'description', 'trigger_type', 'status']);
    const name = requiredString(body, 'name');
    const description = optionalString(body, 'description');
    const triggerType = optionalEnum(body, 'trigger_type', triggerTypes) ?? 'manual';
    // The create request's own enum: a workflow starts active or as a draft, never inactive.
    const status = optionalEnum(body, 'status', ['active', 'draft'] as const) ?? 'draft';
    const workflow = state.addWorkflow({
      name,
      description: description ?? null,
      status,
      trigger_type: triggerType,
      action_count: 0,
      created_at: new Date(state.nowMs()).toISOString(),
      updated_at: null,
    });
    state.recordEvent({
      type: 'workflow.created',
      targetEmail: null,
      description: `Workflow "${name}" created`,
    });
    return { status: 201, body: { data: workflow } };
  });

  router.get('/v1/workflows/{id}', 'getWorkflow', (req) => ({
    body: { data: state.workflow(req.params.id) },
  }));

  router.delete('/v1/workflows/{id}', 'deleteWorkflow', (req) => {
    const workflow = state.workflow(req.params.id);
    state.deleteWorkflow(workflow.id);
    state.recordEvent({
      type: 'workflow.deleted',
      targetEmail: null,
      description: `Workflow "${workflow.name}" deleted`,
    });
    return { status: 204 };
  });

  router.post('/v1/workflows/{id}/run', 'runWorkflow', (req) => {
    const workflow = state.workflow(req.params.id);
    const body = bodyWithOnly(req, ['user_ids']);
    const userIds = body.user_ids;
    if (!Array.isArray(userIds) || userIds.length === 0 || userIds.some((id) => typeof id !== 'string'))
      throw invalidRequest('Field "user_ids" must be a non-empty list of user IDs');
    const distinct = [...new Set(userIds as string[])];
    const unknown = distinct.filter((id) => !state.findUser(id));
    if (unknown.length > 0) throw unprocessable(`Unknown user_ids: ${unknown.join(', ')}`);
    if (workflow.status !== 'active')
      throw stateConflict(
        'WORKFLOW_NOT_ACTIVE',
        `Workflow ${workflow.id} is ${workflow.status}; only active workflows run`,
      );
    const startedAtMs = state.nowMs();
    // Actions run asynchronously at the vendor (hence 202): the answer reports the run as started.
    const { run } = state.addRun(
      { workflow_id: workflow.id, status: 'running', started_at: new Date(startedAtMs).toISOString() },
      distinct,
    );
    for (const id of distinct) {
      const user = state.findUser(id)!;
      state.recordEvent({
        type: 'workflow.run',
        targetEmail: user.email,
        userId: id,
        occurredAtMs: startedAtMs,
        description: `Workflow "${workflow.name}" started (${run.execution_id})`,
      });
    }
    return { status: 202, body: { data: run } };
  });
}
