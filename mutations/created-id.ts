/**
 * The ID of an object a vendor created, from its answer to the create call: BetterCloud wraps it
 * (`{data: {id}}`), SCIM answers the resource (`{id}`), JumpCloud answers `{integrationId}`.
 * Undefined when no answer names one (the definition then finds the object by what it knows).
 */
export function createdId(written: { responses: unknown[] } | undefined): string | undefined {
  for (const response of written?.responses ?? []) {
    if (typeof response !== 'object' || response === null) continue;
    const body = response as { id?: unknown; integrationId?: unknown; data?: { id?: unknown } };
    const id = body.data?.id ?? body.integrationId ?? body.id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}
