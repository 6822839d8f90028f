import {
  betterCloudCreateGroup,
  betterCloudDeleteGroup,
  scimCreateGroup,
  scimDeleteGroup,
} from '../../datasources/writes.js';
import { createdId } from '../created-id.js';
import type { GroupModel, GroupSource } from '../../datasources/model/index.js';
import { allPagesByOffset } from '../../datasources/paging/page-number-window.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, MutationInput, Prepared } from '../pipeline.js';
import { plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import {
  ATLASSIAN_GROUPS_READ_ONLY,
  rereadGroup,
  resolveWritableGroup,
  type WritableGroup,
} from './group-target.js';
import { isEmailAddress } from '../../common/validation.js';

/** `CreateGroupInput`. */
export interface CreateGroupInput extends MutationInput {
  source: GroupSource;
  name: string;
  email?: string | null;
  description?: string | null;
}

interface NewGroup {
  source: 'BETTERCLOUD' | 'SCIM';
  name: string;
  email: string | undefined;
  description: string | undefined;
  /** BetterCloud names are not unique: the groups of that name before the call, to tell the new one apart. */
  existingIds: Set<string>;
  dryRun: boolean;
}

const allBetterCloudGroups = (ctx: GatewayContext) =>
  allPagesByOffset(100, (offset, limit) => ctx.datasources.bettercloud.listGroups(offset, limit));
const sameName = (name: string) => (g: GroupModel) => g.name.toLowerCase() === name.toLowerCase();

/**
 * Validation before any write: a source AdminGraph can create in, a name, and the vendor's own
 * uniqueness rules checked from reads (BetterCloud: group email, one walk of the groups; SCIM:
 * displayName, one filtered call), so the vendor's 409 does not become the client's problem.
 */
async function prepareCreate(input: CreateGroupInput, ctx: GatewayContext): Promise<Prepared<NewGroup>> {
  const errors: UserErrorModel[] = [];
  const name = input.name.trim();
  const email = input.email?.trim() || undefined;
  const description = input.description ?? undefined;
  if (input.source === 'ATLASSIAN')
    errors.push(userError(['input', 'source'], ATLASSIAN_GROUPS_READ_ONLY, 'NOT_SUPPORTED_BY_VENDOR'));
  if (name === '') errors.push(userError(['input', 'name'], 'A group needs a name', 'INVALID_INPUT'));
  if (input.source === 'SCIM') {
    if (input.email != null)
      errors.push(
        userError(['input', 'email'], 'SCIM groups have no email address', 'NOT_SUPPORTED_BY_VENDOR'),
      );
    if (input.description != null)
      errors.push(
        userError(['input', 'description'], 'SCIM groups have no description', 'NOT_SUPPORTED_BY_VENDOR'),
      );
  }
  if (input.email != null && input.source === 'BETTERCLOUD' && !(email && isEmailAddress(email)))
    errors.push(userError(['input', 'email'], `"${input.email}" is not an email address`, 'INVALID_EMAIL'));
  if (errors.length > 0 || input.source === 'ATLASSIAN') return { ok: false, userErrors: errors };

  const dryRun = input.dryRun === true;
  if (input.source === 'SCIM') {
    const { total } = await ctx.datasources.scim.listGroups(0, 1, { name });
    if (total > 0)
      return {
        ok: false,
        userErrors: [
          userError(
            ['input', 'name'],
            `The SCIM directory already has a group named "${name}"`,
            'GROUP_NAME_TAKEN',
          ),
        ],
      };
    return { ok: true, target: { source: 'SCIM', name, email, description, existingIds: new Set(), dryRun } };
  }
  const groups = await allBetterCloudGroups(ctx);
  if (email && groups.some((g) => g.email?.toLowerCase() === email.toLowerCase()))
    return {
      ok: false,
      userErrors: [
        userError(['input', 'email'], `A BetterCloud group already uses ${email}`, 'GROUP_EMAIL_TAKEN'),
      ],
    };
  const existingIds = new Set(groups.filter(sameName(name)).map((g) => g.externalId));
  return { ok: true, target: { source: 'BETTERCLOUD', name, email, description, existingIds, dryRun } };
}

/**
 * The pipeline does not hand the vendor's answer back, so the new group is found by what makes it
 * unique: its SCIM displayName, or the BetterCloud group of that name (and email) that was not there before.
 */
async function findCreated(
  target: NewGroup,
  ctx: GatewayContext,
  written?: { responses: unknown[] },
): Promise<GroupModel | null> {
  if (target.dryRun) return null;
  const id = createdId(written);
  if (id) {
    const group =
      target.source === 'SCIM'
        ? await ctx.datasources.scim.getGroup(id)
        : await ctx.datasources.bettercloud.getGroup(id);
    if (group) return group;
  }
  if (target.source === 'SCIM')
    return (await ctx.datasources.scim.listGroups(0, 1, { name: target.name })).items[0] ?? null;
  const created = (await allBetterCloudGroups(ctx)).filter(
    (g) =>
      sameName(target.name)(g) &&
      !target.existingIds.has(g.externalId) &&
      (!target.email || g.email?.toLowerCase() === target.email.toLowerCase()),
  );
  return created.at(-1) ?? null;
}

/** BetterCloud `createGroup` or SCIM `POST /Groups`. */
export const createGroupMutation: MutationDefinition<CreateGroupInput, NewGroup, GroupModel> = {
  name: 'createGroup',
  prepare: prepareCreate,
  plan: (target, _input, ctx) => {
    const { source, name, email, description } = target;
    if (source === 'SCIM')
      return {
        steps: [
          plannedCall(
            { api: 'scim', externalId: null, description: `Create SCIM group "${name}"` },
            scimCreateGroup(ctx.mutations.tenantIds.scim.directoryId, name),
          ),
        ],
      };
    const request = {
      name,
      ...(email ? { email } : {}),
      ...(description !== undefined ? { description } : {}),
    };
    return {
      steps: [
        plannedCall(
          { api: 'bettercloud', externalId: null, description: `Create BetterCloud group "${name}"` },
          betterCloudCreateGroup(request),
        ),
      ],
    };
  },
  reread: findCreated,
};

/** `DeleteGroupInput`. */
export interface DeleteGroupInput extends MutationInput {
  groupId: string;
}

/** BetterCloud `deleteGroup` or SCIM `DELETE /Groups/{id}`; a 404 means it is already gone. */
export const deleteGroupMutation: MutationDefinition<DeleteGroupInput, WritableGroup, GroupModel> = {
  name: 'deleteGroup',
  async prepare(input, ctx) {
    const found = await resolveWritableGroup(input.groupId, ctx, ['input', 'groupId']);
    return 'error' in found ? { ok: false, userErrors: [found.error] } : { ok: true, target: found.group };
  },
  plan: (group, _input, ctx) => {
    const members = group.memberCount === null ? '' : ` and its ${group.memberCount} membership(s)`;
    if (group.source === 'SCIM')
      return {
        steps: [
          plannedCall(
            {
              api: 'scim',
              externalId: group.externalId,
              description: `Delete SCIM group "${group.name}"${members}`,
            },
            scimDeleteGroup(ctx.mutations.tenantIds.scim.directoryId, group.externalId),
            [404],
          ),
        ],
      };
    return {
      steps: [
        plannedCall(
          {
            api: 'bettercloud',
            externalId: group.externalId,
            description: `Delete BetterCloud group "${group.name}"${members}`,
          },
          betterCloudDeleteGroup(group.externalId),
          [404],
        ),
      ],
    };
  },
  reread: rereadGroup,
};
