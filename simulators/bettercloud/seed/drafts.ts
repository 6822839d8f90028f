import type { StoredEvent } from '../types.js';

/** An event as a seed module describes it, before the history is put in order and numbered. */
export interface EventDraft {
  type: string;
  actorEmail: string | null;
  targetEmail: string | null;
  description: string;
  occurredAtMs: number;
  userId?: string;
}

/** Event IDs grow with time: the seeded history starts here and writes continue from its end. */
export const FIRST_EVENT_NUMBER = 500_001;

/** Puts the seeded history in time order (oldest first, as stored) and gives each event its ID. */
export function toStoredEvents(drafts: EventDraft[]): StoredEvent[] {
  drafts.sort((a, b) => a.occurredAtMs - b.occurredAtMs);
  return drafts.map((draft, i) => storedEvent(`evt-${FIRST_EVENT_NUMBER + i}`, draft));
}

export function storedEvent(id: string, draft: EventDraft): StoredEvent {
  return {
    event: {
      id,
      type: draft.type,
      actor_email: draft.actorEmail,
      target_email: draft.targetEmail,
      description: draft.description,
      occurred_at: new Date(draft.occurredAtMs).toISOString(),
    },
    userId: draft.userId,
    occurredAtMs: draft.occurredAtMs,
  };
}

export const DAY_MS = 86_400_000;

/**
 * How much of the routine history (logins, onboarding, recent joins) a company of this size
 * keeps: all of it up to 2,000 users, a proportional sample above, so the event feed stays a few
 * thousand events at any size. Lifecycle events (suspensions, deprovisions) are always kept.
 */
export function routineEventShare(userCount: number): number {
  return Math.min(1, 2000 / Math.max(1, userCount));
}
