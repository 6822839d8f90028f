import type { z } from 'zod';
import { fromGlobalId } from './global-id.js';
import { emailAddress } from './validation.js';
import {
  atlassianAccountId,
  atlassianEventId,
  atlassianId,
  betterCloudId,
  jumpCloudTemplateKind,
  objectId,
  timestamp,
  uuid,
} from './vendor-ids.js';

/** The tenant AdminGraph serves: IDs naming another organization or provider are not found. */
export interface ServedTenant {
  atlassian: { orgId: string };
  jumpcloud: { providerId: string };
}

type TenantPart = (tenant: ServedTenant) => string;
const atlassianOrg: TenantPart = (t) => t.atlassian.orgId;
const jumpCloudProvider: TenantPart = (t) => t.jumpcloud.providerId;

/** One shape a global ID may take: its GraphQL type, the format of each part, which parts name the tenant. */
export interface NodeIdFormat {
  prefix: string;
  typename: string;
  /** The first part when it names the vendor (or group source). */
  vendor?: string;
  /** Formats of the parts after the vendor; trailing ones marked optional may be absent. */
  parts: z.ZodType<string>[];
  optionalFrom?: number;
  /** Index (in `parts`) of a part that must be the served tenant's. */
  tenant?: { index: number; value: TenantPart };
}

/**
 * Every global ID AdminGraph issues (resolvers/node-ids.ts), by the GraphQL type it names. A new
 * `Node` type needs a row here: test/integration/limits/node-id-scope.test.ts checks the schema's.
 */
export const nodeIdFormats: NodeIdFormat[] = [
  { prefix: 'User', typename: 'User', parts: [emailAddress] },
  { prefix: 'Account', typename: 'BetterCloudAccount', vendor: 'BETTERCLOUD', parts: [betterCloudId] },
  { prefix: 'Account', typename: 'AtlassianAccount', vendor: 'ATLASSIAN', parts: [atlassianAccountId] },
  { prefix: 'Account', typename: 'SnowAccount', vendor: 'SNOW', parts: [uuid] },
  { prefix: 'Account', typename: 'JumpCloudAccount', vendor: 'JUMPCLOUD', parts: [objectId] },
  { prefix: 'Group', typename: 'Group', vendor: 'BETTERCLOUD', parts: [betterCloudId] },
  { prefix: 'Group', typename: 'Group', vendor: 'SCIM', parts: [atlassianId] },
  {
    prefix: 'Group',
    typename: 'Group',
    vendor: 'ATLASSIAN',
    parts: [atlassianId, atlassianId],
    tenant: { index: 1, value: atlassianOrg },
  },
  { prefix: 'Workflow', typename: 'Workflow', parts: [betterCloudId] },
  {
    prefix: 'Policy',
    typename: 'Policy',
    vendor: 'ATLASSIAN',
    parts: [atlassianId, atlassianId],
    tenant: { index: 1, value: atlassianOrg },
  },
  {
    prefix: 'Policy',
    typename: 'Policy',
    vendor: 'JUMPCLOUD',
    parts: [objectId, jumpCloudTemplateKind],
    optionalFrom: 1,
  },
  { prefix: 'Integration', typename: 'Integration', vendor: 'BETTERCLOUD', parts: [betterCloudId] },
  { prefix: 'Integration', typename: 'Integration', vendor: 'JUMPCLOUD', parts: [uuid] },
  {
    prefix: 'Organization',
    typename: 'AtlassianOrganization',
    vendor: 'ATLASSIAN',
    parts: [atlassianId],
    tenant: { index: 0, value: atlassianOrg },
  },
  { prefix: 'Organization', typename: 'ProviderOrganization', vendor: 'JUMPCLOUD', parts: [objectId] },
  {
    prefix: 'Provider',
    typename: 'Provider',
    parts: [objectId],
    tenant: { index: 0, value: jumpCloudProvider },
  },
  {
    prefix: 'AuditEvent',
    typename: 'AuditEvent',
    vendor: 'ATLASSIAN',
    parts: [atlassianEventId, timestamp, atlassianId],
    tenant: { index: 2, value: atlassianOrg },
  },
  { prefix: 'AuditEvent', typename: 'AuditEvent', vendor: 'BETTERCLOUD', parts: [betterCloudId, timestamp] },
  { prefix: 'SaasSubscription', typename: 'SaasSubscription', parts: [uuid, uuid] },
  { prefix: 'Application', typename: 'Application', parts: [uuid] },
];

export type CheckedNodeId =
  | { ok: true; prefix: string; typename: string; vendor?: string; parts: string[] }
  | { ok: false; code: 'INVALID_ID' | 'NOT_FOUND'; message: string };

function matches(format: NodeIdFormat, parts: string[]): boolean {
  const max = format.parts.length;
  const min = format.optionalFrom ?? max;
  return (
    parts.length >= min &&
    parts.length <= max &&
    parts.every((part, i) => format.parts[i].safeParse(part).success)
  );
}

/**
 * Decodes a global ID and checks it against the formats above: `INVALID_ID` when it is no ID
 * AdminGraph issues (wrong type, malformed part, `.`/`..`), `NOT_FOUND` when it names another
 * Atlassian organization or JumpCloud provider than the served ones. `expected` narrows the prefix.
 * Parts come back without the vendor.
 */
export function checkNodeId(id: string, tenant: ServedTenant, expected?: string): CheckedNodeId {
  const invalid = { ok: false, code: 'INVALID_ID', message: `"${id}" is not an AdminGraph ID` } as const;
  let decoded: ReturnType<typeof fromGlobalId>;
  try {
    decoded = fromGlobalId(id);
  } catch {
    return invalid;
  }
  if (expected && decoded.type !== expected)
    return { ok: false, code: 'INVALID_ID', message: `"${id}" is not the ID of a ${expected}` };
  const [first, ...rest] = decoded.parts;
  const format = nodeIdFormats.find(
    (f) =>
      f.prefix === decoded.type &&
      (f.vendor === undefined ? matches(f, decoded.parts) : f.vendor === first && matches(f, rest)),
  );
  if (!format) return invalid;
  const parts = format.vendor === undefined ? decoded.parts : rest;
  if (format.tenant && parts[format.tenant.index] !== format.tenant.value(tenant))
    return {
      ok: false,
      code: 'NOT_FOUND',
      message: `"${id}" names an object outside the tenant AdminGraph serves`,
    };
  return { ok: true, prefix: decoded.type, typename: format.typename, vendor: format.vendor, parts };
}
