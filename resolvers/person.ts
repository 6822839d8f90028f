import { findUserByEmail } from '../datasources/identity/find-user.js';
import { snapshotPeople } from '../datasources/identity/people-view.js';
import type { ScimIdentityModel, UserModel } from '../datasources/model/index.js';
import type { GatewayContext } from '../mutations/context.js';

/**
 * One person's view without forcing the identity index: the index when it is built, otherwise the
 * vendors asked by email (findUserByEmail; identical GETs within the request share one call).
 */
async function personView(ctx: GatewayContext, email: string) {
  return ctx.builtPeople() ?? snapshotPeople(await findUserByEmail(ctx.datasources, email));
}

export async function personByEmail(ctx: GatewayContext, email: string): Promise<UserModel | undefined> {
  return (await personView(ctx, email)).person(email);
}

/** The SCIM identity of a normalized email: from the index, or SCIM's `userName eq` (one call). */
export async function scimIdentityOf(
  ctx: GatewayContext,
  email: string,
): Promise<ScimIdentityModel | undefined> {
  const built = ctx.builtPeople();
  if (built) return built.scimIdentity(email);
  return ctx.datasources.scim.findIdentityByEmail(email);
}
