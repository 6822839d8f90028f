import {
  atlassianInviteUsers,
  type AtlassianInviteUsersRequest,
  type AtlassianInviteUsersResponse,
} from '../../datasources/writes.js';
import { normalizeEmail, type UserModel } from '../../datasources/model/index.js';
import { checkNodeId } from '../../common/node-id-formats.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition, MutationInput, Prepared } from '../pipeline.js';
import { alreadyDone, plannedCall, type PlanStep } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { findOrgProduct } from './atlassian-products.js';
import { checkRole, PRODUCT_ROLES } from './atlassian-roles.js';
import { isEmailAddress } from '../../common/validation.js';
import { resourceRef, unknownProduct } from './product-roles.js';

/** `InviteUsersInput`. */
export interface InviteUsersInput extends MutationInput {
  emails: readonly string[];
  directoryId?: string | null;
  groupIds?: readonly string[] | null;
  roles?: readonly { role: string; resource: string }[] | null;
}

interface Invitation {
  orgId: string;
  directoryId: string;
  /** Normalized, in input order. */
  emails: string[];
  /** Emails whose Atlassian account is already in the directory: nothing to send for them. */
  members: Map<string, string>;
  request: Omit<AtlassianInviteUsersRequest, 'emails'>;
}

const MAX_EMAILS = 100;

/** The emails: 1 to 100 well-formed addresses, each once (Atlassian's own limits, checked before sending). */
export function checkEmails(emails: readonly string[]): { emails: string[]; errors: UserErrorModel[] } {
  const errors: UserErrorModel[] = [];
  if (emails.length === 0 || emails.length > MAX_EMAILS)
    errors.push(
      userError(
        ['input', 'emails'],
        `Give 1 to ${MAX_EMAILS} emails (got ${emails.length})`,
        'INVALID_INPUT',
      ),
    );
  const seen = new Set<string>();
  const normalized = emails.map((raw, i) => {
    const email = normalizeEmail(raw);
    if (!isEmailAddress(email))
      errors.push(
        userError(['input', 'emails', String(i)], `"${raw}" is not an email address`, 'INVALID_EMAIL'),
      );
    else if (seen.has(email))
      errors.push(
        userError(['input', 'emails', String(i)], `${email} is given more than once`, 'DUPLICATE_EMAIL'),
      );
    seen.add(email);
    return email;
  });
  return { emails: normalized, errors };
}

/** Atlassian group IDs of this org, from `Group.id`s: each must name an existing admin group of the org. */
async function checkGroups(
  groupIds: readonly string[],
  orgId: string,
  ctx: GatewayContext,
): Promise<{ ids: string[]; errors: UserErrorModel[] }> {
  if (groupIds.length === 0) return { ids: [], errors: [] };
  const notFound = (groupId: string, i: number) =>
    userError(
      ['input', 'groupIds', String(i)],
      `"${groupId}" is not an Atlassian admin group of organization ${orgId}`,
      'NOT_FOUND',
    );
  // Malformed or another organization's: refused before the org's groups are read.
  const ids = groupIds.map((groupId) => {
    const checked = checkNodeId(groupId, ctx.mutations.tenantIds, 'Group');
    const [externalId, groupOrg] = checked.ok && checked.vendor === 'ATLASSIAN' ? checked.parts : [];
    return groupOrg === orgId ? externalId : undefined;
  });
  const malformed = ids.flatMap((id, i) => (id === undefined ? [notFound(groupIds[i], i)] : []));
  if (malformed.length > 0) return { ids: [], errors: malformed };
  const groups = await ctx.datasources.atlassian.listGroups(orgId);
  const errors = ids.flatMap((id, i) =>
    groups.some((g) => g.externalId === id) ? [] : [notFound(groupIds[i], i)],
  );
  return { ids: ids as string[], errors };
}

/**
 * Validation before any write: the emails, the directory (one of the org's), the groups (the org's
 * admin groups) and each product role (a known role on one of the org's products). People already in
 * the directory are found in the identity index and left out of the call.
 */
async function prepareInvite(input: InviteUsersInput, ctx: GatewayContext): Promise<Prepared<Invitation>> {
  const { orgId, directoryId: ownDirectory } = ctx.mutations.tenantIds.atlassian;
  const { emails, errors } = checkEmails(input.emails);
  const directoryId = input.directoryId?.trim() || ownDirectory;
  const groups = await checkGroups(input.groupIds ?? [], orgId, ctx);
  // Only the configured directory is served (the tenant scope): any other is not found, with no call.
  if (directoryId !== ownDirectory)
    errors.push(
      userError(
        ['input', 'directoryId'],
        `"${input.directoryId}" is not a directory of organization ${orgId}`,
        'NOT_FOUND',
      ),
    );
  errors.push(...groups.errors);
  const roleAssignments: NonNullable<AtlassianInviteUsersRequest['roleAssignments']> = [];
  for (const [i, wanted] of (input.roles ?? []).entries()) {
    const role = checkRole(wanted.role, PRODUCT_ROLES, ['input', 'roles', String(i), 'role']);
    if ('error' in role) errors.push(role.error);
    const { product, seen } = await findOrgProduct(ctx, orgId, wanted.resource.trim(), []);
    if (!product)
      errors.push(unknownProduct(['input', 'roles', String(i), 'resource'], wanted.resource, seen));
    if ('role' in role && product) roleAssignments.push({ role: role.role, resource: resourceRef(product) });
  }
  if (errors.length > 0) return { ok: false, userErrors: errors };

  const people = await ctx.people();
  const members = new Map<string, string>();
  for (const email of emails) {
    const account = (await people.person(email))?.accounts.find(
      (a) => a.vendor === 'ATLASSIAN' && (a.directoryId ?? ownDirectory) === directoryId,
    );
    if (account) members.set(email, account.externalId);
  }
  const request = {
    ...(input.directoryId != null ? { directoryId } : {}),
    ...(groups.ids.length > 0 ? { groupIds: groups.ids } : {}),
    ...(roleAssignments.length > 0 ? { roleAssignments } : {}),
  };
  return { ok: true, target: { orgId, directoryId, emails, members, request } };
}

/** Atlassian `inviteUsers`: one call for everyone not yet in the directory. */
export const inviteUsersMutation: MutationDefinition<InviteUsersInput, Invitation, UserModel[]> = {
  name: 'inviteUsers',
  prepare: prepareInvite,
  plan: (target) => {
    const steps: PlanStep[] = [];
    for (const [email, accountId] of target.members)
      steps.push(
        alreadyDone(
          { api: 'atlassian', externalId: accountId, description: `Invite ${email}` },
          `${email} (Atlassian account ${accountId}) is already in directory ${target.directoryId}`,
        ),
      );
    const invite = target.emails.filter((email) => !target.members.has(email));
    if (invite.length > 0)
      steps.push(
        plannedCall(
          {
            api: 'atlassian',
            externalId: null,
            description: `Invite ${invite.join(', ')} to directory ${target.directoryId}`,
          },
          atlassianInviteUsers(target.orgId, { emails: invite, ...target.request }),
        ),
      );
    return { steps };
  },
  touchedEmails: (target) => target.emails,
  // Atlassian's directory has no email filter: the invitation's answer names the new accounts.
  createdAccounts: (_target, responses) =>
    responses.flatMap((response) =>
      ((response as AtlassianInviteUsersResponse | undefined)?.data?.invited ?? []).flatMap((invited) =>
        invited.accountId ? [{ api: 'atlassian' as const, externalId: invited.accountId }] : [],
      ),
    ),
  reread: async (target, ctx) => {
    const people = await ctx.people();
    const found = await Promise.all(target.emails.map((email) => people.person(email)));
    return found.filter((user) => user !== undefined);
  },
};
