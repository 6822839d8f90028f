import type { ApplicationResolvers } from '../__generated__/graphql.js';
import { nodeIds } from './node-ids.js';

export const Application: ApplicationResolvers = {
  id: (application) => nodeIds.application(application),
};
