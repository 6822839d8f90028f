import type { MutationResolvers } from '../../__generated__/graphql.js';
import { deletedId } from '../../mutations/integrations/deleted-id.js';
import { runMutation } from '../../mutations/pipeline.js';
import { runWorkflowMutation } from '../../mutations/workflows/run-workflow.js';
import {
  createWorkflowMutation,
  deleteWorkflowMutation,
} from '../../mutations/workflows/workflow-mutations.js';

/** BetterCloud workflow mutations: each runs its definition through `runMutation`. */
export const workflowMutations: Pick<MutationResolvers, 'createWorkflow' | 'deleteWorkflow' | 'runWorkflow'> =
  {
    createWorkflow: async (_root, { input }, ctx) => {
      const { subject, ...rest } = await runMutation(createWorkflowMutation, input, ctx);
      return { workflow: subject, ...rest };
    },
    deleteWorkflow: async (_root, { input }, ctx) => {
      const outcome = await runMutation(deleteWorkflowMutation, input, ctx);
      const { subject, ...rest } = outcome;
      return { workflow: subject, deletedWorkflowId: deletedId(outcome, input, input.workflowId), ...rest };
    },
    runWorkflow: async (_root, { input }, ctx) => {
      const { subject, ...rest } = await runMutation(runWorkflowMutation, input, ctx);
      return { workflow: subject, ...rest };
    },
  };
