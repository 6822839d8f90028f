import { atlassianUpdatePolicy, type AtlassianPolicyUpdateRequest } from '../../datasources/writes.js';
import type { PolicyModel } from '../../datasources/model/index.js';
import { checkNodeId } from '../../common/node-id-formats.js';
import type { GatewayContext } from '../context.js';
import { canonicalJson } from '../input-hash.js';
import type { MutationDefinition, MutationInput, Prepared } from '../pipeline.js';
import { alreadyDone, plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { checkPolicyAttributes } from './policy-attributes.js';

/** `UpdatePolicyInput`. */
export interface UpdatePolicyInput extends MutationInput {
  policyId: string;
  name?: string | null;
  enabled?: boolean | null;
  attributes?: unknown;
}

interface PolicyChange {
  policy: PolicyModel & { orgId: string };
  /** Only what differs from the policy now: an unchanged field is not sent. */
  request: AtlassianPolicyUpdateRequest;
}

const field = ['input', 'policyId'];

/** The Atlassian policy a `Policy.id` names (one call), or the userError: not a Policy ID, a JumpCloud template, unknown. */
async function findPolicy(
  policyId: string,
  ctx: GatewayContext,
): Promise<{ policy: PolicyModel & { orgId: string } } | { error: UserErrorModel }> {
  // A malformed ID (`..` parts included) is INVALID_ID, another organization's policy NOT_FOUND: no call either way.
  const checked = checkNodeId(policyId, ctx.mutations.tenantIds, 'Policy');
  if (!checked.ok) return { error: userError(field, checked.message, checked.code) };
  const { vendor } = checked;
  const [externalId, orgId] = checked.parts;
  if (vendor === 'JUMPCLOUD')
    return {
      error: userError(
        field,
        "JumpCloud's provider API has no call to change a policy template",
        'NOT_SUPPORTED_BY_VENDOR',
      ),
    };
  if (vendor !== 'ATLASSIAN' || !externalId || !orgId)
    return { error: userError(field, `"${policyId}" is not the ID of a Policy`, 'INVALID_ID') };
  const policy = await ctx.datasources.atlassian.getPolicy(orgId, externalId);
  if (!policy)
    return {
      error: userError(field, `Atlassian organization ${orgId} has no policy ${externalId}`, 'NOT_FOUND'),
    };
  return { policy: { ...policy, orgId } };
}

/** Validation before any write: at least one change, a non-empty name, settings of the policy's type. */
async function prepareUpdate(input: UpdatePolicyInput, ctx: GatewayContext): Promise<Prepared<PolicyChange>> {
  const errors: UserErrorModel[] = [];
  const given = {
    name: input.name != null,
    enabled: input.enabled != null,
    attributes: input.attributes != null,
  };
  if (!given.name && !given.enabled && !given.attributes)
    errors.push(
      userError(['input'], 'Give at least one of `name`, `enabled`, `attributes`', 'INVALID_INPUT'),
    );
  if (given.name && input.name!.trim() === '')
    errors.push(userError(['input', 'name'], 'A policy name cannot be empty', 'INVALID_INPUT'));
  const found = await findPolicy(input.policyId, ctx);
  if ('error' in found) return { ok: false, userErrors: [found.error, ...errors] };
  const { policy } = found;
  if (given.attributes) errors.push(...checkPolicyAttributes(policy.vendorType, input.attributes));
  if (errors.length > 0) return { ok: false, userErrors: errors };

  const request: AtlassianPolicyUpdateRequest = {};
  const name = input.name?.trim();
  if (name !== undefined && name !== policy.name) request.name = name;
  if (input.enabled != null && input.enabled !== policy.enabled)
    request.status = input.enabled ? 'enabled' : 'disabled';
  const current = (policy.attributes ?? {}) as Record<string, unknown>;
  const changed = Object.entries((input.attributes ?? {}) as Record<string, unknown>).filter(
    ([key, value]) => canonicalJson(current[key]) !== canonicalJson(value),
  );
  if (changed.length > 0) request.attributes = Object.fromEntries(changed);
  return { ok: true, target: { policy, request } };
}

/** Atlassian `updatePolicy` (PUT), sending only what changes. */
export const updatePolicyMutation: MutationDefinition<UpdatePolicyInput, PolicyChange, PolicyModel> = {
  name: 'updatePolicy',
  prepare: prepareUpdate,
  plan: ({ policy, request }) => {
    const on = {
      api: 'atlassian' as const,
      externalId: policy.externalId,
      description: `Update Atlassian policy "${policy.name}" (${Object.keys(request).join(', ')})`,
    };
    if (Object.keys(request).length === 0)
      return {
        steps: [
          alreadyDone(
            { ...on, description: `Update Atlassian policy "${policy.name}"` },
            `Policy "${policy.name}" already has the values given`,
          ),
        ],
      };
    return { steps: [plannedCall(on, atlassianUpdatePolicy(policy.orgId, policy.externalId, request))] };
  },
  reread: async ({ policy }, ctx) =>
    (await ctx.datasources.atlassian.getPolicy(policy.orgId, policy.externalId)) ?? null,
};
