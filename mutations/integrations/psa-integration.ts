import {
  createJumpCloudWriteReads,
  type JumpCloudWriteReads,
  toIntegrationType,
  type JumpCloudIntegrationType,
} from '../../datasources/writes.js';
import type { IntegrationModel } from '../../datasources/model/index.js';
import { checkNodeId, type ServedTenant } from '../../common/node-id-formats.js';
import { objectId } from '../../common/vendor-ids.js';
import type { GatewayContext } from '../context.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** A JumpCloud PSA integration a mutation acts on. */
export interface PsaIntegration {
  integration: IntegrationModel;
  type: JumpCloudIntegrationType;
  /** JumpCloud's integration UUID. */
  uuid: string;
}

export type Found<T> = { ok: true; value: T } | { ok: false; errors: UserErrorModel[] };

/** The PSA names JumpCloud's console shows, for messages and call descriptions. */
export { psaNames } from '../../datasources/writes.js';

/**
 * The integration an `Integration.id` names, read from JumpCloud (the integration list and its
 * configuration: 2 calls). A BetterCloud integration, a malformed ID or an unknown one is a userError.
 */
export async function findPsaIntegration(
  id: string,
  field: string[],
  ctx: GatewayContext,
): Promise<Found<PsaIntegration>> {
  const notPsa = (message: string, code: string): Found<PsaIntegration> => ({
    ok: false,
    errors: [userError(field, message, code)],
  });
  const checked = checkNodeId(id, ctx.mutations.tenantIds, 'Integration');
  if (!checked.ok) return notPsa(checked.message, checked.code);
  const { vendor } = checked;
  const [uuid] = checked.parts;
  if (vendor !== 'JUMPCLOUD')
    return notPsa(
      `Integration ${id} is a ${vendor} integration: only JumpCloud PSA integrations (ConnectWise, Syncro, Autotask) take this change`,
      'NOT_A_PSA_INTEGRATION',
    );
  const integration = await ctx.datasources.jumpcloud.getIntegration(uuid);
  const type = integration && toIntegrationType(integration.kind);
  if (!integration || !type) return notPsa(`JumpCloud has no integration ${uuid}`, 'NOT_FOUND');
  return { ok: true, value: { integration, type, uuid } };
}

/** Validation reads for JumpCloud writes, through this request's JumpCloud write client. */
export const jumpCloudWriteReads = (ctx: GatewayContext): JumpCloudWriteReads =>
  createJumpCloudWriteReads(ctx.mutations.clients.jumpcloud, ctx.mutations.tenantIds.jumpcloud.providerId);

/** A JumpCloud organization named by its `ProviderOrganization.id` or by its raw JumpCloud ID. */
export function organizationExternalId(id: string, tenant: ServedTenant): { id: string } | { error: string } {
  // JumpCloud's own 24-hex ID, taken as it is (nothing else may reach its path).
  if (objectId.safeParse(id).success) return { id };
  const checked = checkNodeId(id, tenant, 'Organization');
  if (checked.ok && checked.vendor === 'JUMPCLOUD') return { id: checked.parts[0] };
  return { error: `"${id}" is not the ID of a JumpCloud organization` };
}

/** `['input', ...path]`, with list indices as strings (UserError.field is [String!]). */
export const inputField = (...path: (string | number)[]): string[] => ['input', ...path.map(String)];
