import { betterCloudRunWorkflow } from '../../datasources/writes.js';
import type { WorkflowModel } from '../../datasources/model/index.js';
import { emailOfUserId, parseEmail } from '../../common/validation.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { findWorkflow } from './workflow-target.js';

/** `RunWorkflowInput`. */
export interface RunWorkflowInput extends MutationInput {
  workflowId: string;
  emails?: readonly string[] | null;
  userIds?: readonly string[] | null;
}

interface RunTarget {
  workflow: WorkflowModel;
  /** BetterCloud user IDs, each once, in input order. */
  userIds: string[];
}

/**
 * Starts a run for people named by email or `User.id`, each mapped to their BetterCloud user ID
 * through the identity index. A workflow that is not active would be refused by BetterCloud (409):
 * refused here first, with nothing sent.
 */
export const runWorkflowMutation: MutationDefinition<RunWorkflowInput, RunTarget, WorkflowModel> = {
  name: 'runWorkflow',
  async prepare(input, ctx) {
    const errors: UserErrorModel[] = [];
    const named: { email: string; field: string[] }[] = [];
    input.emails?.forEach((raw, i) => {
      const email = parseEmail(raw);
      if (email !== undefined) named.push({ email, field: ['input', 'emails', String(i)] });
      else
        errors.push(
          userError(['input', 'emails', String(i)], `"${raw}" is not an email address`, 'INVALID_EMAIL'),
        );
    });
    input.userIds?.forEach((id, i) => {
      const email = emailOfUserId(id);
      if (email) named.push({ email, field: ['input', 'userIds', String(i)] });
      else
        errors.push(
          userError(['input', 'userIds', String(i)], `"${id}" is not the ID of a User`, 'INVALID_ID'),
        );
    });
    if (named.length === 0 && errors.length === 0)
      errors.push(userError(['input'], 'Name at least one person in emails or userIds', 'REQUIRED'));

    const found = await findWorkflow(input.workflowId, ['input', 'workflowId'], ctx);
    if (!found.ok) errors.push(...found.errors);
    else if (found.workflow.status !== 'active')
      errors.push(
        userError(
          ['input', 'workflowId'],
          `Workflow ${found.workflow.externalId} is ${found.workflow.status}: only active workflows run`,
          'WORKFLOW_NOT_ACTIVE',
        ),
      );

    const people = await ctx.people();
    const userIds: string[] = [];
    for (const { email, field } of named) {
      const account = (await people.person(email))?.accounts.find((a) => a.vendor === 'BETTERCLOUD');
      if (!account) {
        const unread = people.failures.some((f) => f.vendor === 'BETTERCLOUD');
        errors.push(
          userError(
            field,
            `${email} has no BetterCloud account${unread ? ' (BetterCloud users could not be read: try again)' : ''}`,
            'NO_ACCOUNT_IN_VENDOR',
          ),
        );
      } else if (!userIds.includes(account.externalId)) userIds.push(account.externalId);
    }
    if (errors.length || !found.ok) return { ok: false, userErrors: errors };
    return { ok: true, target: { workflow: found.workflow, userIds } };
  },
  plan: ({ workflow, userIds }) => ({
    steps: [
      plannedCall(
        {
          api: 'bettercloud',
          externalId: workflow.externalId,
          description: `Run BetterCloud workflow "${workflow.name}" (${workflow.externalId}) for ${userIds.length} user(s)`,
        },
        betterCloudRunWorkflow(workflow.externalId, userIds),
      ),
    ],
  }),
  reread: async ({ workflow }, ctx) =>
    (await ctx.datasources.bettercloud.getWorkflow(workflow.externalId)) ?? null,
};
