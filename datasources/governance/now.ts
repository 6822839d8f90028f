/**
 * "Now" for the governance answers (inactivity thresholds), in one place: the clock of the
 * savings issue replaces this body when it lands, and nothing else changes.
 */
export function governanceNow(): number {
  return Date.now();
}
