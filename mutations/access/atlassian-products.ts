import type { RoleAssignmentModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';

/** One product of an Atlassian organization: roles are granted on its resource ARI. */
export interface AtlassianProduct {
  key: string;
  /** `ari:cloud:<product key>::site/<cloudId>` */
  ari: string;
}

/** Atlassian Resource Identifiers name the product right after `ari:cloud:` (https://developer.atlassian.com/cloud/jira/platform/ari/). */
const PRODUCT_ARI = /^ari:cloud:([a-z][a-z-]*)::site\/[^/\s]+$/;

export function productOfAri(ari: string): AtlassianProduct | undefined {
  const key = PRODUCT_ARI.exec(ari)?.[1];
  return key ? { key, ari } : undefined;
}

/** The products named by these resource IDs (org and directory IDs are not products). */
export function productsIn(resourceIds: Iterable<string | null>): AtlassianProduct[] {
  const found = new Map<string, AtlassianProduct>();
  for (const id of resourceIds) {
    const product = id ? productOfAri(id) : undefined;
    if (product) found.set(product.ari, product);
  }
  return [...found.values()];
}

const matches = (wanted: string) => (p: AtlassianProduct) => p.ari === wanted || p.key === wanted;

/**
 * Finds the product `wanted` (an ARI or a product key) among the organization's products, from reads
 * only: the contract has no "list the org's products" call, so they are gathered, cheapest first, until
 * `wanted` turns up:
 * 1. the resources of role assignments already read (the person's own: no call);
 * 2. the product resources the org's policies apply to (one policy walk, shared within the request);
 * 3. for each product key seen in directory users' product access (the identity index: no call) and
 *    not found yet, the role assignments of one user holding it (one call per such product).
 * Undefined when none of them names it: it is not one of the org's products.
 */
export async function findOrgProduct(
  ctx: GatewayContext,
  orgId: string,
  wanted: string,
  known: readonly RoleAssignmentModel[],
): Promise<{ product: AtlassianProduct | undefined; seen: AtlassianProduct[] }> {
  const seen = new Map<string, AtlassianProduct>();
  const add = (products: AtlassianProduct[]) => products.forEach((p) => seen.set(p.ari, p));
  const found = () => [...seen.values()].find(matches(wanted));

  add(productsIn(known.map((a) => a.resource)));
  if (found()) return { product: found(), seen: [...seen.values()] };

  const policies = await ctx.datasources.atlassian.listPolicies(orgId, {});
  add(productsIn(policies.flatMap((p) => p.resources)));
  if (found()) return { product: found(), seen: [...seen.values()] };

  const resolvedKeys = new Set([...seen.values()].map((p) => p.key));
  const holderByKey = new Map<string, string>();
  for (const user of (await ctx.identity()).users)
    for (const account of user.accounts)
      if (account.vendor === 'ATLASSIAN' && account.orgId === orgId)
        for (const access of account.productAccess)
          if (!resolvedKeys.has(access.key) && !holderByKey.has(access.key))
            holderByKey.set(access.key, account.externalId);
  const lists = await ctx.loaders.roleAssignmentsByAtlassianAccount.loadMany([...holderByKey.values()]);
  // An unreadable holder leaves the answer unknown: a vendor failure, not a wrong input.
  const failure = lists.find((list) => list instanceof Error);
  if (failure) throw failure;
  add(productsIn((lists as RoleAssignmentModel[][]).flatMap((list) => list.map((a) => a.resource))));
  return { product: found(), seen: [...seen.values()] };
}
