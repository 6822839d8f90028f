import type { GroupModel } from '../../datasources/model/index.js';
import { checkNodeId } from '../../common/node-id-formats.js';
import type { GatewayContext } from '../context.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** A group AdminGraph can write to: BetterCloud's and the SCIM directory's. */
export type WritableGroup = GroupModel & { source: 'BETTERCLOUD' | 'SCIM' };

/** Atlassian's Admin API in our contract (specs/atlassian-admin.yaml) only lists groups: no create, delete or membership calls. */
export const ATLASSIAN_GROUPS_READ_ONLY =
  "Atlassian admin groups are read-only through the Admin API (it has no group or membership writes): change them in admin.atlassian.com, or use the group's SCIM counterpart";

/**
 * The group a global `Group.id` names, read from its vendor (one call), or the userError on `field`:
 * not a Group ID, an Atlassian admin group (read-only), or a group the vendor does not have.
 */
export async function resolveWritableGroup(
  groupId: string,
  ctx: GatewayContext,
  field: string[],
): Promise<{ group: WritableGroup } | { error: UserErrorModel }> {
  const checked = checkNodeId(groupId, ctx.mutations.tenantIds, 'Group');
  if (!checked.ok) return { error: userError(field, checked.message, checked.code) };
  const source = checked.vendor;
  const [externalId] = checked.parts;
  if (source === 'ATLASSIAN')
    return { error: userError(field, ATLASSIAN_GROUPS_READ_ONLY, 'NOT_SUPPORTED_BY_VENDOR') };
  const group =
    source === 'BETTERCLOUD'
      ? await ctx.datasources.bettercloud.getGroup(externalId)
      : await ctx.datasources.scim.getGroup(externalId);
  if (!group)
    return {
      error: userError(
        field,
        `${source === 'SCIM' ? 'The SCIM directory' : 'BetterCloud'} has no group ${externalId}`,
        'NOT_FOUND',
      ),
    };
  return { group: group as WritableGroup };
}

/** The group read again (fresh datasources after a write); null once it is gone. */
export async function rereadGroup(group: WritableGroup, ctx: GatewayContext): Promise<GroupModel | null> {
  const fresh =
    group.source === 'BETTERCLOUD'
      ? await ctx.datasources.bettercloud.getGroup(group.externalId)
      : await ctx.datasources.scim.getGroup(group.externalId);
  return fresh ?? null;
}
