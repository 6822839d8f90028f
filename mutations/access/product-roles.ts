import {
  atlassianGrantProductRoles,
  atlassianRevokeProductRoles,
  type AtlassianProductRole,
  type AtlassianResourceRef,
} from '../../datasources/writes.js';
import type { UserModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationDefinition } from '../pipeline.js';
import { alreadyDone, plannedCall, type MutationPlan } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import { findOrgProduct, type AtlassianProduct } from './atlassian-products.js';
import { checkRole, PRODUCT_ROLES } from './atlassian-roles.js';
import type { PersonInput } from './person.js';
import { rereadPerson, resolveRoleTarget, type RoleTarget } from './role-target.js';

/** `GrantProductRoleInput` and `RevokeProductRoleInput`. */
export interface ProductRoleInput extends PersonInput {
  role: string;
  resource: string;
}

interface ProductRoleTarget extends RoleTarget {
  role: AtlassianProductRole;
  product: AtlassianProduct;
}

/** Atlassian's resource reference: the product's ARI, typed with its product key. */
export const resourceRef = (product: AtlassianProduct) => ({
  id: product.ari,
  type: product.key as AtlassianResourceRef['type'],
});

/** The userError for a resource that is none of the org's products, naming those that are. */
export function unknownProduct(field: string[], wanted: string, seen: AtlassianProduct[]): UserErrorModel {
  const known = seen.map((p) => `${p.key} (${p.ari})`).join(', ');
  return userError(
    field,
    `"${wanted}" is not a product of the Atlassian organization${known ? `; its products include ${known}` : ''}`,
    'UNKNOWN_PRODUCT',
  );
}

async function prepareProductRole(input: ProductRoleInput, ctx: GatewayContext) {
  const role = checkRole(input.role, PRODUCT_ROLES, ['input', 'role']);
  const resource = input.resource.trim();
  const blank =
    resource === ''
      ? [
          userError(
            ['input', 'resource'],
            'Name a product: its resource ARI or its product key',
            'INVALID_INPUT',
          ),
        ]
      : [];
  const prepared = await resolveRoleTarget(input, ctx, ['error' in role ? [role.error] : [], blank].flat());
  if (!prepared.ok) return prepared;
  if ('error' in role) return { ok: false as const, userErrors: [role.error] };
  const { product, seen } = await findOrgProduct(
    ctx,
    prepared.target.account.orgId,
    resource,
    prepared.target.assignments,
  );
  if (!product)
    return { ok: false as const, userErrors: [unknownProduct(['input', 'resource'], resource, seen)] };
  return { ok: true as const, target: { ...prepared.target, role: role.role, product } };
}

const holds = (target: ProductRoleTarget) =>
  target.assignments.some((a) => a.role === target.role && a.resource === target.product.ari);

function productRoleMutation(
  name: string,
  plan: (target: ProductRoleTarget) => MutationPlan,
): MutationDefinition<ProductRoleInput, ProductRoleTarget, UserModel> {
  return {
    name,
    prepare: prepareProductRole,
    plan,
    reread: (target, ctx) => rereadPerson(target.email, ctx),
  };
}

/** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/ (grantUserAccess) */
export const grantProductRoleMutation = productRoleMutation('grantProductRole', (target) => {
  const { account, role, product } = target;
  const id = account.externalId;
  const on = {
    api: 'atlassian' as const,
    externalId: id,
    description: `Grant ${product.key} role ${role} to Atlassian account ${id}`,
  };
  if (holds(target))
    return { steps: [alreadyDone(on, `Atlassian account ${id} already holds ${product.key} role ${role}`)] };
  return {
    steps: [
      plannedCall(
        on,
        atlassianGrantProductRoles(account.orgId, id, [{ role, resource: resourceRef(product) }]),
      ),
    ],
  };
});

/** https://developer.atlassian.com/cloud/admin/organization/rest/api-group-users/ (revokeUserAccess) */
export const revokeProductRoleMutation = productRoleMutation('revokeProductRole', (target) => {
  const { account, role, product } = target;
  const id = account.externalId;
  const on = {
    api: 'atlassian' as const,
    externalId: id,
    description: `Revoke ${product.key} role ${role} from Atlassian account ${id}`,
  };
  if (!holds(target))
    return { steps: [alreadyDone(on, `Atlassian account ${id} does not hold ${product.key} role ${role}`)] };
  // 409: no longer held (revoked since it was read), which is the target state.
  return {
    steps: [
      plannedCall(
        on,
        atlassianRevokeProductRoles(account.orgId, id, [{ role, resource: resourceRef(product) }]),
        [409],
      ),
    ],
  };
});
