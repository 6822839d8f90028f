import type { MutationResolvers } from '../../__generated__/graphql.js';
import { deletedId } from '../../mutations/integrations/deleted-id.js';
import { runWorkflowMutation } from '../../mutations/workflows/run-workflow.js';
import {
  createWorkflowMutation,
  deleteWorkflowMutation,
} from '../../mutations/workflows/workflow-mutations.js';

import { mutationResolver, subjectAs } from './payload.js';

/** BetterCloud workflow mutations: each runs its definition through the pipeline. */
export const workflowMutations: Pick<MutationResolvers, 'createWorkflow' | 'deleteWorkflow' | 'runWorkflow'> =
  {
    createWorkflow: mutationResolver(createWorkflowMutation, subjectAs('workflow')),
    deleteWorkflow: mutationResolver(deleteWorkflowMutation, (workflow, outcome, input) => ({
      workflow,
      deletedWorkflowId: deletedId(outcome, input, input.workflowId),
    })),
    runWorkflow: mutationResolver(runWorkflowMutation, subjectAs('workflow')),
  };
