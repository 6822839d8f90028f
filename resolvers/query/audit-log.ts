import type { QueryResolvers } from '../../__generated__/graphql.js';
import { auditLogConnection } from '../../mutations/audit-connection.js';

export const auditLogQuery: Pick<QueryResolvers, 'auditLog'> = {
  // Readable by everyone until the access-control issue restricts it to admins.
  auditLog: (_root, args, ctx) => auditLogConnection(ctx.mutations.audit, args),
};
