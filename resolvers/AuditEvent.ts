import type { AuditEventResolvers } from '../__generated__/graphql.js';
import { nodeIds } from './node-ids.js';

export const AuditEvent: AuditEventResolvers = {
  id: (event) => nodeIds.auditEvent(event),
  /** The person the event is about, from the identity index; null for groups, apps and people no vendor lists. */
  target: async (event, _args, ctx) =>
    event.targetEmail ? ((await (await ctx.people()).person(event.targetEmail)) ?? null) : null,
};
