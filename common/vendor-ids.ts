import { z } from 'zod';

/**
 * The ID formats of each vendor, checked at the edge (global IDs, mutation inputs) so that no
 * input reaches a vendor path unless it has the shape that vendor gives its IDs. None of them can be
 * `.` or `..`. Sources: the vendor documents in specs/ and what the simulators (which follow them) issue.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An RFC 4122-shaped UUID: Snow users, subscriptions and applications; JumpCloud integrations. */
export const uuid = z.string().regex(UUID);

/**
 * Atlassian organization, directory, group, policy and SCIM IDs: UUID-shaped, but Atlassian's own
 * examples hold letters past `f` (`9a1jj823-jac8-123d-jj01-63315k059cb2`), so any lower-case alphanumerics.
 */
export const atlassianId = z
  .string()
  .regex(/^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i);

/** An Atlassian account ID: 24 hex digits (older accounts), or `<6 digits>:<UUID>`. */
export const atlassianAccountId = z
  .string()
  .regex(/^(?:[0-9a-f]{24}|\d{1,10}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i);

/** A JumpCloud (MongoDB) object ID: 24 hex digits. Providers, organizations, administrators, policy templates. */
export const objectId = z.string().regex(/^[0-9a-f]{24}$/i);

/** BetterCloud IDs (`user-…`, `group-…`, `wf-…`, `int-…`, `evt-…`): letters, digits, `-` and `_`. */
export const betterCloudId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/);

/** An Atlassian audit event ID: letters, digits and `-`, as the events API lists them. */
export const atlassianEventId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/);

/** The kind of a JumpCloud policy template (`configuredpolicytemplate`, `policygrouptemplate`). */
export const jumpCloudTemplateKind = z.string().regex(/^[a-z]{1,64}$/);

/** When an event happened, as the vendors stamp it (ISO 8601 with a zone). */
export const timestamp = z.iso.datetime({ offset: true });
