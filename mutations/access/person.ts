import type {
  AccountModel,
  ScimIdentityModel,
  UserModel,
  VendorName,
} from '../../datasources/model/index.js';
import type { GatewayContext } from '../context.js';
import type { MutationInput, Prepared } from '../pipeline.js';
import { resolveLifecycleTarget } from '../user-lifecycle/lifecycle-target.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** Input fields naming one person: exactly one of `email` or `userId` (a User's global ID). */
export interface PersonInput extends MutationInput {
  email?: string | null;
  userId?: string | null;
}

/** One person as the identity index shows them. */
export interface Person {
  email: string;
  user: UserModel;
  scim: ScimIdentityModel | undefined;
  /** The input field that named them, for error paths. */
  field: 'email' | 'userId';
}

/**
 * Who the input names, validated the way the lifecycle mutations do it (same codes and field
 * paths): exactly one of email/userId, a well-formed email, someone the identity index knows.
 */
export async function resolvePerson(input: PersonInput, ctx: GatewayContext): Promise<Prepared<Person>> {
  const prepared = await resolveLifecycleTarget({ email: input.email, userId: input.userId }, ctx);
  if (!prepared.ok) return prepared;
  const { email, user, scim } = prepared.target;
  return {
    ok: true,
    target: {
      email,
      user,
      scim,
      field: input.email !== undefined && input.email !== null ? 'email' : 'userId',
    },
  };
}

/**
 * The person's accounts at one vendor, or the userError saying they have none. When the vendor's
 * account list could not be read, "no account" is unknown: that vendor failure is thrown (a system
 * failure for the top-level `errors`, not a wrong input).
 */
export async function accountsIn<V extends VendorName>(
  person: Person,
  vendor: V,
  ctx: GatewayContext,
): Promise<{ accounts: Extract<AccountModel, { vendor: V }>[] } | { error: UserErrorModel }> {
  const accounts = person.user.accounts.filter(
    (a): a is Extract<AccountModel, { vendor: V }> => a.vendor === vendor,
  );
  if (accounts.length > 0) return { accounts };
  const failure = (await ctx.people()).failures.find((f) => f.vendor === vendor);
  if (failure) throw failure;
  return {
    error: userError(
      ['input', person.field],
      `${person.email} has no ${vendor} account`,
      'NO_ACCOUNT_IN_VENDOR',
    ),
  };
}
