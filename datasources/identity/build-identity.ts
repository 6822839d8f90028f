import type { VendorError } from '../../common/errors.js';
import { normalizeEmail, type AccountModel, type ScimIdentityModel, type UserModel } from '../model/index.js';

/** Vendor order: accounts of a person are listed, and their names taken, in this order. */
export const vendorOrder: AccountModel['vendor'][] = ['BETTERCLOUD', 'ATLASSIAN', 'SNOW', 'JUMPCLOUD'];

/**
 * The people of the company: every account of every vendor grouped by normalized email, sorted by
 * email. `failures` lists vendors whose account list could not be read: their accounts are missing
 * and the graph reports it rather than pretending the list is complete.
 */
export interface IdentitySnapshot {
  users: UserModel[];
  byEmail: Map<string, UserModel>;
  /** SCIM identities by normalized userName: the provisioning view of Atlassian accounts. */
  scimByEmail: Map<string, ScimIdentityModel>;
  failures: VendorError[];
  builtAt: number;
}

export function buildIdentity(
  accountLists: AccountModel[][],
  scimIdentities: ScimIdentityModel[],
  failures: VendorError[],
  builtAt = Date.now(),
): IdentitySnapshot {
  const byEmail = new Map<string, UserModel>();
  for (const accounts of accountLists) {
    for (const account of accounts) {
      const email = normalizeEmail(account.email);
      if (!email) continue;
      let user = byEmail.get(email);
      if (!user) {
        user = { email, accounts: [] };
        byEmail.set(email, user);
      }
      user.accounts.push(account);
    }
  }
  const rank = (a: AccountModel) => vendorOrder.indexOf(a.vendor);
  for (const user of byEmail.values()) user.accounts.sort((a, b) => rank(a) - rank(b));
  const users = [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  const scimByEmail = new Map(
    scimIdentities.map((identity) => [normalizeEmail(identity.userName), identity]),
  );
  return { users, byEmail, scimByEmail, failures, builtAt };
}
