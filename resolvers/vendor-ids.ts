import type { Resolvers } from '../__generated__/graphql.js';

/**
 * The types that are not `Node`s carry the vendor's own ID, which they used to answer as `id` (now
 * deprecated: a client would take it for a global ID and `node(id:)` refuses it). The same value
 * under a name that says what it is: `externalId`, as on every Node (`scimUserId` on ScimIdentity,
 * whose `externalId` is SCIM's attribute; `entryId` on audit entries). One alias each, kept here
 * together because it is one rule, not behaviour of the types.
 */
const vendorId = (object: { id: string | number }) => String(object.id);

export const vendorIdResolvers = {
  Administrator: { externalId: vendorId },
  AlertConfiguration: { externalId: vendorId },
  AlertResource: { externalId: vendorId },
  AuditLogEntry: { entryId: vendorId },
  AuditActor: { principalId: (actor: { id: string }) => actor.id },
  Directory: { externalId: vendorId },
  DiscoverySource: { externalId: vendorId },
  Domain: { externalId: vendorId },
  Invoice: { externalId: vendorId },
  PsaAddition: { externalId: vendorId },
  PsaAgreement: { externalId: vendorId },
  PsaCompany: { externalId: vendorId },
  PsaCompanyType: { externalId: vendorId },
  ScimIdentity: { scimUserId: vendorId },
  SupportCase: { externalId: vendorId },
  TicketingAlert: { externalId: vendorId },
} satisfies Resolvers;
