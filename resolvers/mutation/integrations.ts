import type { MutationResolvers } from '../../__generated__/graphql.js';
import { runMutation } from '../../mutations/pipeline.js';
import { updateAlertConfigurationMutation } from '../../mutations/integrations/alert-configuration.js';
import { deletedId } from '../../mutations/integrations/deleted-id.js';
import {
  createIntegrationMutation,
  deleteIntegrationMutation,
  updateIntegrationMutation,
} from '../../mutations/integrations/integration-lifecycle.js';
import {
  createProviderAdministratorMutation,
  deleteProviderAdministratorMutation,
} from '../../mutations/integrations/provider-administrators.js';
import {
  createProviderOrganizationMutation,
  updateProviderOrganizationMutation,
} from '../../mutations/integrations/provider-organizations.js';
import { deletePolicyGroupTemplateMutation } from '../../mutations/integrations/policy-group-templates.js';
import { updateIntegrationMappingsMutation } from '../../mutations/integrations/update-mappings.js';
import { updateIntegrationSettingsMutation } from '../../mutations/integrations/update-settings.js';

/** JumpCloud PSA integration and provider mutations: each runs its definition through `runMutation`. */
export const integrationMutations: Pick<
  MutationResolvers,
  | 'updateIntegrationMappings'
  | 'updateIntegrationSettings'
  | 'createIntegration'
  | 'updateIntegration'
  | 'deleteIntegration'
  | 'deletePolicyGroupTemplate'
  | 'updateAlertConfiguration'
  | 'createProviderAdministrator'
  | 'deleteProviderAdministrator'
  | 'createProviderOrganization'
  | 'updateProviderOrganization'
> = {
  updateIntegrationMappings: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(updateIntegrationMappingsMutation, input, ctx);
    return { integration: subject, ...rest };
  },
  updateIntegrationSettings: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(updateIntegrationSettingsMutation, input, ctx);
    return { integration: subject, ...rest };
  },
  createIntegration: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(createIntegrationMutation, input, ctx);
    return { integration: subject, ...rest };
  },
  updateIntegration: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(updateIntegrationMutation, input, ctx);
    return { integration: subject, ...rest };
  },
  deleteIntegration: async (_root, { input }, ctx) => {
    const outcome = await runMutation(deleteIntegrationMutation, input, ctx);
    const { subject, ...rest } = outcome;
    return {
      integration: subject,
      deletedIntegrationId: deletedId(outcome, input, input.integrationId),
      ...rest,
    };
  },
  deletePolicyGroupTemplate: async (_root, { input }, ctx) => {
    const outcome = await runMutation(deletePolicyGroupTemplateMutation, input, ctx);
    const { subject, ...rest } = outcome;
    return { policy: subject, deletedPolicyId: deletedId(outcome, input, input.policyId), ...rest };
  },
  updateAlertConfiguration: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(updateAlertConfigurationMutation, input, ctx);
    return { alertConfiguration: subject, ...rest };
  },
  createProviderAdministrator: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(createProviderAdministratorMutation, input, ctx);
    return { administrator: subject, ...rest };
  },
  deleteProviderAdministrator: async (_root, { input }, ctx) => {
    const outcome = await runMutation(deleteProviderAdministratorMutation, input, ctx);
    const removed = outcome.results[0]?.externalId ?? null;
    const { subject, ...rest } = outcome;
    return {
      administrator: subject,
      deletedAdministratorId: removed && deletedId(outcome, input, removed),
      ...rest,
    };
  },
  createProviderOrganization: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(createProviderOrganizationMutation, input, ctx);
    return { organization: subject, ...rest };
  },
  updateProviderOrganization: async (_root, { input }, ctx) => {
    const { subject, ...rest } = await runMutation(updateProviderOrganizationMutation, input, ctx);
    return { organization: subject, ...rest };
  },
};
