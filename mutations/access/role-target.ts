import type { AtlassianAccountModel, RoleAssignmentModel, UserModel } from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { Prepared } from '../pipeline.js';
import type { UserErrorModel } from '../user-errors.js';
import { accountsIn, resolvePerson, type PersonInput } from './person.js';

/** The person a role mutation acts on: their Atlassian account and the roles it holds now. */
export interface RoleTarget {
  email: string;
  account: AtlassianAccountModel;
  assignments: RoleAssignmentModel[];
}

/**
 * The person and their Atlassian account (validation errors of the other input fields, already found
 * by the caller, are reported together with the person's). Reads: the identity index, and the
 * account's role assignments (one call).
 */
export async function resolveRoleTarget(
  input: PersonInput,
  ctx: GatewayContext,
  fieldErrors: UserErrorModel[],
): Promise<Prepared<RoleTarget>> {
  const person = await resolvePerson(input, ctx);
  if (!person.ok) return { ok: false, userErrors: [...person.userErrors, ...fieldErrors] };
  const found = await accountsIn(person.target, 'ATLASSIAN', ctx);
  if ('error' in found) return { ok: false, userErrors: [found.error, ...fieldErrors] };
  if (fieldErrors.length > 0) return { ok: false, userErrors: fieldErrors };
  const account = found.accounts[0];
  const assignments = await ctx.loaders.roleAssignmentsByAtlassianAccount.load(account.externalId);
  return { ok: true, target: { email: person.target.email, account, assignments } };
}

/** The re-read person (after a write, the request's loaders are new, so `roleAssignments` are fresh). */
export const rereadPerson = async (email: string, ctx: GatewayContext): Promise<UserModel | null> =>
  (await (await ctx.people()).person(email)) ?? null;
