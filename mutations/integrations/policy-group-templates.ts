import { checkNodeId } from '../../common/node-id-formats.js';
import { jumpCloudDeletePolicyGroupTemplate } from '../../datasources/writes.js';
import type { PolicyModel } from '../../datasources/model/index.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError } from '../user-errors.js';

const GONE = [404] as const;
const field = ['input', 'policyId'];

/** `DeletePolicyGroupTemplateInput`. */
export interface DeletePolicyGroupTemplateInput extends MutationInput {
  policyId: string;
}

/**
 * Deletes a JumpCloud policy group template named by its `Policy.id`, validated against the
 * provider's templates first (an Atlassian policy, a configured template or an unknown ID is a
 * userError and nothing is sent). The configured templates it groups stay.
 */
export const deletePolicyGroupTemplateMutation: MutationDefinition<
  DeletePolicyGroupTemplateInput,
  PolicyModel,
  PolicyModel
> = {
  name: 'deletePolicyGroupTemplate',
  async prepare(input, ctx) {
    const checked = checkNodeId(input.policyId, ctx.mutations.tenantIds, 'Policy');
    const [externalId] = checked.ok && checked.vendor === 'JUMPCLOUD' ? checked.parts : [];
    if (!externalId)
      return {
        ok: false,
        userErrors: [
          userError(field, `"${input.policyId}" is not the ID of a JumpCloud policy template`, 'INVALID_ID'),
        ],
      };
    const policy = await ctx.datasources.jumpcloud.getPolicy(externalId, 'policygrouptemplate');
    if (!policy) {
      const configured = await ctx.datasources.jumpcloud.getPolicy(externalId, 'configuredpolicytemplate');
      return {
        ok: false,
        userErrors: [
          configured
            ? userError(
                field,
                `${externalId} is a configured policy template, not a policy group template`,
                'NOT_A_POLICY_GROUP_TEMPLATE',
              )
            : userError(field, `The provider has no policy group template ${externalId}`, 'NOT_FOUND'),
        ],
      };
    }
    return { ok: true, target: policy };
  },
  plan: (policy, _input, ctx) => ({
    steps: [
      plannedCall(
        {
          api: 'jumpcloud',
          externalId: policy.externalId,
          description: `Delete policy group template "${policy.name}" (${policy.externalId})`,
        },
        jumpCloudDeletePolicyGroupTemplate(ctx.mutations.tenantIds.jumpcloud.providerId, policy.externalId),
        GONE,
      ),
    ],
  }),
  reread: async (policy, ctx) =>
    (await ctx.datasources.jumpcloud.getPolicy(policy.externalId, 'policygrouptemplate')) ?? null,
};
