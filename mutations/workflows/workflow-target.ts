import type { WorkflowModel } from '../../datasources/model/index.js';
import { checkNodeId } from '../../common/node-id-formats.js';
import type { GatewayContext } from '../context.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** The BetterCloud workflow a `Workflow.id` names (1 call), or why not as a userError on `field`. */
export async function findWorkflow(
  id: string,
  field: string[],
  ctx: GatewayContext,
): Promise<{ ok: true; workflow: WorkflowModel } | { ok: false; errors: UserErrorModel[] }> {
  const checked = checkNodeId(id, ctx.mutations.tenantIds, 'Workflow');
  if (!checked.ok) return { ok: false, errors: [userError(field, checked.message, checked.code)] };
  const [externalId] = checked.parts;
  const workflow = await ctx.datasources.bettercloud.getWorkflow(externalId);
  return workflow
    ? { ok: true, workflow }
    : { ok: false, errors: [userError(field, `BetterCloud has no workflow ${externalId}`, 'NOT_FOUND')] };
}

/** Every workflow, through the request's datasource: ⌈N / 100⌉ calls. */
export async function allWorkflows(ctx: GatewayContext): Promise<WorkflowModel[]> {
  const all: WorkflowModel[] = [];
  for (let offset = 0; ; offset += 100) {
    const { items, total } = await ctx.datasources.bettercloud.listWorkflows(offset, 100);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}
