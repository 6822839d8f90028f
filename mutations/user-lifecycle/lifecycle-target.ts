import { vendorOrder } from '../../datasources/identity/build-identity.js';
import { type ScimIdentityModel, type UserModel, type VendorName } from '../../datasources/model/index.js';
import { emailOfUserId, parseEmail } from '../../common/validation.js';
import type { GatewayContext } from '../context.js';
import type { VendorError } from '../../common/errors.js';
import type { MutationInput, Prepared } from '../pipeline.js';
import { userError, type UserErrorModel } from '../user-errors.js';

/** `SuspendUserInput`, `RestoreUserInput` and `DeprovisionUserInput`: the same fields. */
export interface LifecycleInput extends MutationInput {
  email?: string | null;
  userId?: string | null;
  vendors?: readonly VendorName[] | null;
}

/** The person a lifecycle mutation acts on, as the identity index shows them, and where to act. */
export interface LifecycleTarget {
  email: string;
  /** Their accounts (none when only a SCIM identity is known). */
  user: UserModel;
  scim: ScimIdentityModel | undefined;
  /** The vendors to act in, in vendor order. */
  vendors: VendorName[];
  /** Chosen vendors whose account lists could not be read: the person's accounts there are unknown. */
  unreadable: VendorError[];
}

/** Who the input names: an email, or the email inside a User's global ID. */
function namedEmail(input: LifecycleInput): { email: string } | { errors: UserErrorModel[] } {
  const hasEmail = input.email !== undefined && input.email !== null;
  const hasUserId = input.userId !== undefined && input.userId !== null;
  if (hasEmail === hasUserId)
    return {
      errors: [
        userError(
          ['input'],
          hasEmail ? 'Give either `email` or `userId`, not both' : "Give the person's `email` or `userId`",
          'INVALID_INPUT',
        ),
      ],
    };
  if (hasEmail) {
    const email = parseEmail(input.email!);
    return email !== undefined
      ? { email }
      : {
          errors: [
            userError(['input', 'email'], `"${input.email}" is not an email address`, 'INVALID_EMAIL'),
          ],
        };
  }
  const email = emailOfUserId(input.userId!);
  if (email !== undefined) return { email };
  return {
    errors: [userError(['input', 'userId'], `"${input.userId}" is not the ID of a User`, 'INVALID_ID')],
  };
}

/**
 * Validation before any vendor call: exactly one of email/userId, a well-formed email, a person the
 * identity index knows, and (when `vendors` is given) an account of theirs in each vendor named.
 */
export async function resolveLifecycleTarget(
  input: LifecycleInput,
  ctx: GatewayContext,
): Promise<Prepared<LifecycleTarget>> {
  const named = namedEmail(input);
  const errors = 'errors' in named ? [...named.errors] : [];
  if (input.vendors && input.vendors.length === 0)
    errors.push(
      userError(
        ['input', 'vendors'],
        'Name at least one vendor, or leave `vendors` out to act in every vendor',
        'INVALID_INPUT',
      ),
    );
  if ('errors' in named || errors.length > 0) return { ok: false, userErrors: errors };

  const { email } = named;
  const field = input.email !== undefined && input.email !== null ? 'email' : 'userId';
  const people = await ctx.people();
  const [user, scim] = await Promise.all([people.person(email), people.scimIdentity(email)]);
  const unreadableVendors = new Set(people.failures.map((f) => f.vendor));
  if (!user && !scim) {
    const caveat = unreadableVendors.size
      ? ` (the accounts of ${[...unreadableVendors].join(', ')} could not be read: try again)`
      : '';
    return {
      ok: false,
      userErrors: [
        userError(['input', field], `No vendor has an account for ${email}${caveat}`, 'NOT_FOUND'),
      ],
    };
  }

  const holds = (vendor: VendorName) =>
    Boolean(user?.accounts.some((a) => a.vendor === vendor) || (vendor === 'ATLASSIAN' && scim));
  const chosen = input.vendors
    ? new Set(input.vendors)
    : new Set(vendorOrder.filter((v) => holds(v) || unreadableVendors.has(v)));
  input.vendors?.forEach((vendor, i) => {
    if (!holds(vendor) && !unreadableVendors.has(vendor))
      errors.push(
        userError(
          ['input', 'vendors', String(i)],
          `${email} has no ${vendor} account`,
          'NO_ACCOUNT_IN_VENDOR',
        ),
      );
  });
  if (errors.length > 0) return { ok: false, userErrors: errors };

  return {
    ok: true,
    target: {
      email,
      user: user ?? { email, accounts: [] },
      scim,
      vendors: vendorOrder.filter((v) => chosen.has(v)),
      unreadable: people.failures.filter((f) => chosen.has(f.vendor)),
    },
  };
}
