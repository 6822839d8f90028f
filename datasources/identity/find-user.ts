import { VendorError } from '../../common/errors.js';
import type { Datasources } from '../contracts.js';
import { normalizeEmail, type AccountModel, type ScimIdentityModel } from '../model/index.js';
import { buildIdentity, type IdentitySnapshot } from './build-identity.js';

/**
 * One person, asked of each vendor by email instead of walking every account list: what `user(email)`
 * answers before the identity index exists (a cold gateway). BetterCloud (`listUsers?email=`), Snow
 * (`filter=email -eq`), JumpCloud (`filter=email:eq:`) and SCIM (`userName eq`) filter themselves;
 * Atlassian's directory has no email filter, so its side is the directory walk (shared within the
 * request). The answer is a snapshot of one person, with the vendors that failed in `failures`.
 */
export async function findUserByEmail(datasources: Datasources, email: string): Promise<IdentitySnapshot> {
  const wanted = normalizeEmail(email);
  const failures: VendorError[] = [];
  const settle = async <T>(promise: Promise<T[]>): Promise<T[]> => {
    try {
      return await promise;
    } catch (error) {
      if (error instanceof VendorError) {
        failures.push(error);
        return [];
      }
      throw error;
    }
  };
  const [bettercloud, atlassian, snow, jumpcloud, scim] = await Promise.all([
    settle<AccountModel>(datasources.bettercloud.findAccountsByEmail(wanted)),
    settle<AccountModel>(datasources.atlassian.findAccountsByEmail(wanted)),
    settle<AccountModel>(datasources.snow.findAccountsByEmail(wanted)),
    settle<AccountModel>(datasources.jumpcloud.findAccountsByEmail(wanted)),
    settle<ScimIdentityModel>(
      datasources.scim.findIdentityByEmail(wanted).then((identity) => (identity ? [identity] : [])),
    ),
  ]);
  return buildIdentity([bettercloud, atlassian, snow, jumpcloud], scim, failures);
}
