import type { QueryResolvers } from '../../__generated__/graphql.js';
import { auditLogConnection } from '../../mutations/audit-connection.js';

export const auditLogQuery: Pick<QueryResolvers, 'auditLog'> = {
  // Admins only: `@requires(role: ADMIN)` in schema/mutation.graphql.
  auditLog: (_root, args, ctx) => auditLogConnection(ctx.mutations.audit, args),
};
