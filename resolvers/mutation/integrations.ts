import type { MutationResolvers } from '../../__generated__/graphql.js';
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

import { mutationResolver, subjectAs } from './payload.js';

/** JumpCloud PSA integration and provider mutations: each runs its definition through the pipeline. */
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
  updateIntegrationMappings: mutationResolver(updateIntegrationMappingsMutation, subjectAs('integration')),
  updateIntegrationSettings: mutationResolver(updateIntegrationSettingsMutation, subjectAs('integration')),
  createIntegration: mutationResolver(createIntegrationMutation, subjectAs('integration')),
  updateIntegration: mutationResolver(updateIntegrationMutation, subjectAs('integration')),
  deleteIntegration: mutationResolver(deleteIntegrationMutation, (integration, outcome, input) => ({
    integration,
    deletedIntegrationId: deletedId(outcome, input, input.integrationId),
  })),
  deletePolicyGroupTemplate: mutationResolver(
    deletePolicyGroupTemplateMutation,
    (policy, outcome, input) => ({
      policy,
      deletedPolicyId: deletedId(outcome, input, input.policyId),
    }),
  ),
  updateAlertConfiguration: mutationResolver(
    updateAlertConfigurationMutation,
    subjectAs('alertConfiguration'),
  ),
  createProviderAdministrator: mutationResolver(
    createProviderAdministratorMutation,
    subjectAs('administrator'),
  ),
  deleteProviderAdministrator: mutationResolver(
    deleteProviderAdministratorMutation,
    (administrator, outcome, input) => {
      const removed = outcome.results[0]?.externalId ?? null;
      return { administrator, deletedAdministratorId: removed && deletedId(outcome, input, removed) };
    },
  ),
  createProviderOrganization: mutationResolver(createProviderOrganizationMutation, subjectAs('organization')),
  updateProviderOrganization: mutationResolver(updateProviderOrganizationMutation, subjectAs('organization')),
};
