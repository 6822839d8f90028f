import { objectId } from '../../common/vendor-ids.js';
import {
  toAdministrator,
  jumpCloudAdminRoleNames,
  jumpCloudCreateAdministrator,
  type JumpCloudAdministratorRequest,
  jumpCloudRemoveAdministrator,
} from '../../datasources/writes.js';
import { normalizeEmail, type AdministratorModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { isEmailAddress } from '../../common/validation.js';
import { inputField, jumpCloudWriteReads } from './psa-integration.js';

const GONE = [404] as const;

/** The provider's administrators matching `test`, re-read through the request's (fresh) datasource: ⌈N / 100⌉ calls. */
async function findAdministrator(
  ctx: GatewayContext,
  test: (admin: AdministratorModel) => boolean,
): Promise<AdministratorModel | null> {
  for (let offset = 0; ; offset += 100) {
    const { items, total } = await ctx.datasources.jumpcloud.listAdministrators(offset, 100);
    const found = items.find(test);
    if (found) return found;
    if (items.length === 0 || offset + items.length >= total) return null;
  }
}

/** `CreateProviderAdministratorInput`. */
export interface CreateAdministratorInput extends MutationInput {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  role: string;
  enableMultiFactor?: boolean | null;
  bindNoOrgs?: boolean | null;
  apiKeyAllowed?: boolean | null;
}

/** Invites an administrator: a valid, unused email and one of JumpCloud's built-in roles. */
export const createProviderAdministratorMutation: MutationDefinition<
  CreateAdministratorInput,
  JumpCloudAdministratorRequest,
  AdministratorModel
> = {
  name: 'createProviderAdministrator',
  async prepare(input, ctx) {
    const errors: UserErrorModel[] = [];
    const email = normalizeEmail(input.email);
    if (!isEmailAddress(email))
      errors.push(
        userError(inputField('email'), `"${input.email}" is not an email address`, 'INVALID_EMAIL'),
      );
    const role = jumpCloudAdminRoleNames.find(
      (name) => name.toLowerCase() === input.role.trim().toLowerCase(),
    );
    if (!role)
      errors.push(
        userError(
          inputField('role'),
          `"${input.role}" is not a JumpCloud administrator role: use one of ${jumpCloudAdminRoleNames.map((r) => `"${r}"`).join(', ')}`,
          'INVALID_ROLE',
        ),
      );
    if (errors.length) return { ok: false, userErrors: errors };
    if ((await jumpCloudWriteReads(ctx).administratorsByEmail(email)).length > 0)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField('email'),
            `${email} is already an administrator of the provider`,
            'ALREADY_EXISTS',
          ),
        ],
      };
    const request: JumpCloudAdministratorRequest = {
      email,
      roleName: role,
      ...(input.firstName != null ? { firstname: input.firstName.trim() } : {}),
      ...(input.lastName != null ? { lastname: input.lastName.trim() } : {}),
      ...(input.enableMultiFactor != null ? { enableMultiFactor: input.enableMultiFactor } : {}),
      bindNoOrgs: input.bindNoOrgs ?? false,
      ...(input.apiKeyAllowed != null ? { apiKeyAllowed: input.apiKeyAllowed } : {}),
    };
    return { ok: true, target: request };
  },
  plan: (request, _input, ctx) => ({
    steps: [
      plannedCall(
        {
          api: 'jumpcloud',
          externalId: null,
          description: `Invite ${request.email} as a JumpCloud provider administrator (${request.roleName})`,
        },
        jumpCloudCreateAdministrator(ctx.mutations.tenantIds.jumpcloud.providerId, request),
      ),
    ],
  }),
  reread: (request, ctx) => findAdministrator(ctx, (admin) => normalizeEmail(admin.email) === request.email),
};

/** `DeleteProviderAdministratorInput`. */
export interface DeleteAdministratorInput extends MutationInput {
  administratorId?: string | null;
  email?: string | null;
}

/** Removes an administrator named by ID or email (validated against the provider's list). */
export const deleteProviderAdministratorMutation: MutationDefinition<
  DeleteAdministratorInput,
  AdministratorModel,
  AdministratorModel
> = {
  name: 'deleteProviderAdministrator',
  async prepare(input, ctx) {
    const byId = input.administratorId != null;
    if (byId === (input.email != null))
      return {
        ok: false,
        userErrors: [userError(['input'], 'Give either administratorId or email', 'INVALID_INPUT')],
      };
    if (!byId && !isEmailAddress(input.email!))
      return {
        ok: false,
        userErrors: [
          userError(inputField('email'), `"${input.email}" is not an email address`, 'INVALID_EMAIL'),
        ],
      };
    if (byId && !objectId.safeParse(input.administratorId).success)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField('administratorId'),
            `"${input.administratorId}" is not a JumpCloud administrator ID (24 hex digits)`,
            'INVALID_ID',
          ),
        ],
      };
    const found = byId
      ? await findAdministrator(ctx, (admin) => admin.id === input.administratorId)
      : ((await jumpCloudWriteReads(ctx).administratorsByEmail(input.email!)).map(toAdministrator)[0] ??
        null);
    if (!found)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField(byId ? 'administratorId' : 'email'),
            `The provider has no administrator ${byId ? input.administratorId : input.email}`,
            'NOT_FOUND',
          ),
        ],
      };
    return { ok: true, target: found };
  },
  plan: (admin, _input, ctx) => ({
    steps: [
      plannedCall(
        {
          api: 'jumpcloud',
          externalId: admin.id,
          description: `Remove administrator ${admin.email} (${admin.id}) from the JumpCloud provider`,
        },
        jumpCloudRemoveAdministrator(ctx.mutations.tenantIds.jumpcloud.providerId, admin.id),
        GONE,
      ),
    ],
  }),
  reread: (admin, ctx) => findAdministrator(ctx, (a) => a.id === admin.id),
};
