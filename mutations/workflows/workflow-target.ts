import type { WorkflowModel } from '../../datasources/model/index.js';
import { fromGlobalId } from '../../common/global-id.js';
import type { GatewayContext } from '../context.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** The BetterCloud workflow a `Workflow.id` names (1 call), or why not as a userError on `field`. */
export async function findWorkflow(
  id: string,
  field: string[],
  ctx: GatewayContext,
): Promise<{ ok: true; workflow: WorkflowModel } | { ok: false; errors: UserErrorModel[] }> {
  let externalId: string;
  try {
    const decoded = fromGlobalId(id);
    if (decoded.type !== 'Workflow' || decoded.parts.length !== 1) throw new Error('not a Workflow');
    externalId = decoded.parts[0];
  } catch {
    return { ok: false, errors: [userError(field, `"${id}" is not the ID of a Workflow`, 'INVALID_ID')] };
  }
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
