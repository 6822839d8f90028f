import type { WorkflowResolvers } from '../__generated__/graphql.js';
import { nodeIds } from './node-ids.js';

/** Every other field reads straight from WorkflowModel. */
export const Workflow: WorkflowResolvers = {
  id: (workflow) => nodeIds.workflow(workflow),
};
