import type { JournalIntent } from './audit-journal.js';
import type { AuditLog } from './audit-log.js';
import type { IdempotencyStore } from './idempotency.js';

/**
 * At startup: the mutations a gone process left unfinished (the audit log lists them as
 * INTERRUPTED). Their idempotency keys, still claimed by that process, are freed, so running the
 * same mutation again with the same key completes what is left instead of answering "still running".
 */
export async function recoverInterruptedMutations(
  audit: AuditLog,
  idempotency: IdempotencyStore,
): Promise<JournalIntent[]> {
  const interrupted = await audit.interrupted();
  for (const { intent } of interrupted)
    if (intent.idempotencyKey !== null)
      await idempotency.releaseAbandoned(
        { mutation: intent.mutation, principal: intent.principal, key: intent.idempotencyKey },
        intent.instance.id,
      );
  return interrupted;
}
