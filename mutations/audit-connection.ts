import type { ConnectionModel } from '../datasources/model/index.js';
import { pageSize } from '../common/validation.js';
import { buildConnection } from '../datasources/paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../datasources/paging/cursor.js';
import { withActor, type ActorAuditEntry, type AuditLog } from './audit-log.js';

interface AuditCursor extends Record<string, unknown> {
  p: number;
}
const isAuditCursor = (v: Record<string, unknown>): v is AuditCursor =>
  typeof v.p === 'number' && Number.isInteger(v.p) && v.p > 0;

/**
 * The audit log as a connection, newest first, paged by position (keyset): entries appended while
 * a client pages do not shift the pages it has not read yet.
 */
export async function auditLogConnection(
  log: AuditLog,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionModel<ActorAuditEntry>> {
  const limit = pageSize(args.first);
  const before = args.after ? decodeCursor(args.after, isAuditCursor).p : undefined;
  const page = await log.page({ limit, before });
  return buildConnection({
    items: page.entries.map(({ entry }) => withActor(entry)),
    cursorOf: (_entry, i) => encodeCursor({ p: page.entries[i].position }),
    hasNextPage: page.hasMore,
    // Paged newest first from a position only: no `last`/`before`, so no page is reported behind this one.
    hasPreviousPage: false,
    totalCount: page.total,
  });
}
