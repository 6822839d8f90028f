import { VendorError } from '../../common/errors.js';
import type { Datasources } from '../contracts.js';
import type { AccountModel, ScimIdentityModel } from '../model/index.js';
import { buildIdentity, type IdentitySnapshot } from './build-identity.js';

/**
 * Walks every vendor's account list in parallel (each with its largest page size) and joins them.
 * A vendor that fails leaves a failure in the snapshot instead of failing the whole graph.
 */
export async function loadIdentity(datasources: Datasources): Promise<IdentitySnapshot> {
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
    settle<AccountModel>(datasources.bettercloud.listAllAccounts()),
    settle<AccountModel>(datasources.atlassian.listAllAccounts()),
    settle<AccountModel>(datasources.snow.listAllAccounts()),
    settle<AccountModel>(datasources.jumpcloud.listAllAccounts()),
    settle<ScimIdentityModel>(datasources.scim.listAllIdentities()),
  ]);
  return buildIdentity([bettercloud, atlassian, snow, jumpcloud], scim, failures);
}
