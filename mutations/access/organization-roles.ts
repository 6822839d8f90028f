import {
  atlassianAssignOrgRole,
  atlassianRevokeOrgRole,
  type AtlassianOrgRole,
} from '../../datasources/writes.js';
import type { UserModel } from '../../datasources/model/index.js';
import type { MutationDefinition } from '../pipeline.js';
import { alreadyDone, plannedCall } from '../plan.js';
import { checkRevocableOrgRole, checkRole, ORG_ROLES } from './atlassian-roles.js';
import type { UserErrorModel } from '../user-errors.js';
import type { PersonInput } from './person.js';
import { rereadPerson, resolveRoleTarget, type RoleTarget } from './role-target.js';

/** `AssignOrganizationRoleInput` and `RevokeOrganizationRoleInput`. */
export interface OrganizationRoleInput extends PersonInput {
  role: string;
}

interface OrgRoleTarget extends RoleTarget {
  role: AtlassianOrgRole;
}

/** The org role is the assignment whose resource is the organization itself. */
const heldOrgRole = (target: RoleTarget) =>
  target.assignments.find((a) => a.resource === target.account.orgId)?.role;

type Check = (value: string, field: string[]) => { role: AtlassianOrgRole } | { error: UserErrorModel };

function organizationRoleMutation(
  name: string,
  check: Check,
  plan: MutationDefinition<OrganizationRoleInput, OrgRoleTarget, UserModel>['plan'],
) {
  const definition: MutationDefinition<OrganizationRoleInput, OrgRoleTarget, UserModel> = {
    name,
    async prepare(input, ctx) {
      const role = check(input.role, ['input', 'role']);
      const prepared = await resolveRoleTarget(input, ctx, 'error' in role ? [role.error] : []);
      if (!prepared.ok) return prepared;
      if ('error' in role) return { ok: false, userErrors: [role.error] };
      return { ok: true, target: { ...prepared.target, role: role.role } };
    },
    plan,
    reread: (target, ctx) => rereadPerson(target.email, ctx),
  };
  return definition;
}

/** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/ (assignOrganizationRole) */
export const assignOrganizationRoleMutation = organizationRoleMutation(
  'assignOrganizationRole',
  (value, field) => checkRole(value, ORG_ROLES, field),
  (target) => {
    const { account, role } = target;
    const id = account.externalId;
    const on = {
      api: 'atlassian' as const,
      externalId: id,
      description: `Assign organization role ${role} to Atlassian account ${id}`,
    };
    const held = heldOrgRole(target);
    if (held === role)
      return { steps: [alreadyDone(on, `Atlassian account ${id} already holds organization role ${role}`)] };
    return {
      steps: [
        plannedCall(
          { ...on, description: `${on.description} (replacing ${held ?? 'no role'})` },
          atlassianAssignOrgRole(account.orgId, id, role),
        ),
      ],
    };
  },
);

/** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/ (revokeOrganizationRole) */
export const revokeOrganizationRoleMutation = organizationRoleMutation(
  'revokeOrganizationRole',
  checkRevocableOrgRole,
  (target) => {
    const { account, role } = target;
    const id = account.externalId;
    const on = {
      api: 'atlassian' as const,
      externalId: id,
      description: `Revoke organization role ${role} from Atlassian account ${id} (back to user)`,
    };
    const held = heldOrgRole(target);
    if (held !== role)
      return {
        steps: [
          alreadyDone(
            on,
            `Atlassian account ${id} does not hold organization role ${role} (it holds ${held ?? 'none'})`,
          ),
        ],
      };
    // 409: the role was revoked since it was read, which is the target state.
    return { steps: [plannedCall(on, atlassianRevokeOrgRole(account.orgId, id, role), [409])] };
  },
);
