import {
  jumpCloudCreateOrganization,
  jumpCloudUpdateOrganization,
  type JumpCloudCreateOrganizationRequest,
  type JumpCloudOrganizationUpdate,
} from '../../datasources/writes.js';
import type { ProviderOrganizationModel } from '../../datasources/model/index.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { alreadyDone, plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { inputField, organizationExternalId } from './psa-integration.js';

const MAX_NAME = 255;

/** Name and user limit checks JumpCloud makes (400 otherwise): 1 to 255 characters, unique without case; a limit of 0 or more. */
function checkFields(
  name: string | null | undefined,
  maxSystemUsers: number | null | undefined,
  others: readonly ProviderOrganizationModel[],
): UserErrorModel[] {
  const errors: UserErrorModel[] = [];
  if (name != null) {
    const clean = name.trim();
    if (clean.length === 0 || clean.length > MAX_NAME)
      errors.push(
        userError(inputField('name'), `The name must be 1 to ${MAX_NAME} characters`, 'INVALID_NAME'),
      );
    const taken = others.find((o) => o.name.toLowerCase() === clean.toLowerCase());
    if (taken)
      errors.push(
        userError(
          inputField('name'),
          `Organization ${taken.externalId} is already named "${taken.name}"`,
          'ALREADY_EXISTS',
        ),
      );
  }
  if (maxSystemUsers != null && maxSystemUsers < 0)
    errors.push(
      userError(inputField('maxSystemUsers'), 'maxSystemUsers cannot be negative', 'INVALID_VALUE'),
    );
  return errors;
}

/** `CreateProviderOrganizationInput`. */
export interface CreateOrganizationInput extends MutationInput {
  name: string;
  maxSystemUsers?: number | null;
}

/** Creates a client organization; reads the provider's organizations to refuse a used name. */
export const createProviderOrganizationMutation: MutationDefinition<
  CreateOrganizationInput,
  JumpCloudCreateOrganizationRequest,
  ProviderOrganizationModel
> = {
  name: 'createProviderOrganization',
  async prepare(input, ctx) {
    const errors = checkFields(
      input.name,
      input.maxSystemUsers,
      await ctx.datasources.jumpcloud.listAllOrganizations(),
    );
    if (errors.length) return { ok: false, userErrors: errors };
    return {
      ok: true,
      target: {
        name: input.name.trim(),
        ...(input.maxSystemUsers != null ? { maxSystemUsers: input.maxSystemUsers } : {}),
      },
    };
  },
  plan: (request, _input, ctx) => ({
    steps: [
      plannedCall(
        {
          api: 'jumpcloud',
          externalId: null,
          description: `Create organization "${request.name}" under the JumpCloud provider`,
        },
        jumpCloudCreateOrganization(ctx.mutations.tenantIds.jumpcloud.providerId, request),
      ),
    ],
  }),
  // Names are unique without case: the organization with this name is the new one.
  reread: async (request, ctx) =>
    (await ctx.datasources.jumpcloud.listAllOrganizations()).find(
      (o) => o.name.toLowerCase() === request.name.toLowerCase(),
    ) ?? null,
};

/** `UpdateProviderOrganizationInput`. */
export interface UpdateOrganizationInput extends MutationInput {
  organizationId: string;
  name?: string | null;
  maxSystemUsers?: number | null;
}

interface UpdateOrganizationTarget {
  organization: ProviderOrganizationModel;
  update: JumpCloudOrganizationUpdate;
  unchanged: boolean;
}

/** Renames an organization (JumpCloud renames its mapping rows too) or changes its user limit. */
export const updateProviderOrganizationMutation: MutationDefinition<
  UpdateOrganizationInput,
  UpdateOrganizationTarget,
  ProviderOrganizationModel
> = {
  name: 'updateProviderOrganization',
  async prepare(input, ctx) {
    const named = organizationExternalId(input.organizationId, ctx.mutations.tenantIds);
    if ('error' in named)
      return { ok: false, userErrors: [userError(inputField('organizationId'), named.error, 'INVALID_ID')] };
    if (input.name == null && input.maxSystemUsers == null)
      return {
        ok: false,
        userErrors: [userError(['input'], 'Give name, maxSystemUsers or both', 'NOTHING_TO_CHANGE')],
      };
    const all = await ctx.datasources.jumpcloud.listAllOrganizations();
    const organization = all.find((o) => o.externalId === named.id);
    if (!organization)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField('organizationId'),
            `The provider has no organization ${named.id}`,
            'NOT_FOUND',
          ),
        ],
      };
    const errors = checkFields(
      input.name,
      input.maxSystemUsers,
      all.filter((o) => o !== organization),
    );
    if (errors.length) return { ok: false, userErrors: errors };
    const update: JumpCloudOrganizationUpdate = {
      ...(input.name != null ? { name: input.name.trim() } : {}),
      ...(input.maxSystemUsers != null ? { maxSystemUsers: input.maxSystemUsers } : {}),
    };
    const unchanged =
      (update.name === undefined || update.name === organization.name) &&
      (update.maxSystemUsers === undefined || update.maxSystemUsers === organization.maxSystemUsers);
    return { ok: true, target: { organization, update, unchanged } };
  },
  plan: ({ organization, update, unchanged }, _input, ctx) => {
    const on = {
      api: 'jumpcloud' as const,
      externalId: organization.externalId,
      description: `Change ${Object.keys(update).join(', ')} of organization "${organization.name}" (${organization.externalId})`,
    };
    return {
      steps: [
        unchanged
          ? alreadyDone(on, `Organization ${organization.externalId} already has these values`)
          : plannedCall(
              on,
              jumpCloudUpdateOrganization(
                ctx.mutations.tenantIds.jumpcloud.providerId,
                organization.externalId,
                update,
              ),
            ),
      ],
    };
  },
  reread: async ({ organization }, ctx) =>
    (await ctx.datasources.jumpcloud.listAllOrganizations()).find(
      (o) => o.externalId === organization.externalId,
    ) ?? null,
};
