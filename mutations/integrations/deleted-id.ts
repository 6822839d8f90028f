import type { MutationInput, MutationOutcome } from '../pipeline.js';

/**
 * The ID a delete mutation reports as deleted: when it was not a dry run and the vendor deleted the
 * object (or answered 404: already gone). Null otherwise (rejected, dry run, failed).
 */
export function deletedId(
  outcome: MutationOutcome<unknown>,
  input: MutationInput,
  id: string,
): string | null {
  if (input.dryRun === true || outcome.userErrors.length > 0) return null;
  return outcome.results.some((r) => r.status === 'SUCCEEDED' || r.status === 'ALREADY_DONE') ? id : null;
}
