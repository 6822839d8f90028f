import type { AuditActorRecord, AuditCallRecord, AuditEntry } from './audit-log.js';
import { instanceGone, type ProcessInstance } from './process-instance.js';
import type { PlannedCallView } from './results.js';

/**
 * What a mutation writes to the audit store before its first vendor call: enough to tell, after a
 * crash, what it meant to do and for whom. Stored durably (fsynced / committed) before any call.
 */
export interface AuditIntent {
  id: string;
  at: string;
  principal: string;
  /** Who acted, as authentication found them (method, OIDC issuer and subject). */
  actor?: AuditActorRecord;
  mutation: string;
  /** The normalized input, secrets removed. */
  input: unknown;
  idempotencyKey: string | null;
  /** Every plan step as an audit call in state PLANNED (or already done / skipped), in plan order. */
  calls: AuditCallRecord[];
  plannedCalls: PlannedCallView[];
  instance: ProcessInstance;
}

/** One step's outcome, stored as soon as the vendor answered (or failed), before the next step of that vendor. */
export interface AuditOutcome {
  intentId: string;
  step: number;
  call: AuditCallRecord;
}

/** An intent with whatever was recorded after it. */
export interface JournalIntent {
  position: number;
  intent: AuditIntent;
  outcomes: AuditOutcome[];
  final?: AuditEntry;
}

/**
 * How the audit log shows an intent: its final entry when the mutation finished; otherwise the
 * intent with the outcomes recorded so far, as IN_PROGRESS while its process may still run it and
 * INTERRUPTED once that process is gone (crashed or killed mid-fan-out).
 */
export function entryOfIntent(journal: JournalIntent, staleAfterMs: number): AuditEntry {
  if (journal.final) return journal.final;
  const { intent } = journal;
  const calls = [...intent.calls];
  for (const outcome of journal.outcomes) calls[outcome.step] = outcome.call;
  return {
    id: intent.id,
    at: intent.at,
    principal: intent.principal,
    ...(intent.actor ? { actor: intent.actor } : {}),
    mutation: intent.mutation,
    input: intent.input,
    dryRun: false,
    idempotencyKey: intent.idempotencyKey,
    calls,
    result: instanceGone(intent.instance, intent.at, staleAfterMs) ? 'INTERRUPTED' : 'IN_PROGRESS',
    userErrors: [],
  };
}

/** An unfinished intent whose process is gone: recovery frees its idempotency key. */
export const isInterrupted = (journal: JournalIntent, staleAfterMs: number) =>
  !journal.final && instanceGone(journal.intent.instance, journal.intent.at, staleAfterMs);
