import { pathScope, type PathScope } from './http/path-scope.js';
import type { TenantIds, VendorTransports } from './index.js';

/**
 * The only tenant objects reachable, per vendor API: the configured Atlassian organization and its
 * directory (Admin API and SCIM) and the configured JumpCloud provider. BetterCloud and Snow name no
 * tenant in their paths (the credentials pick it).
 */
export function tenantScopes(ids: TenantIds): Partial<Record<keyof VendorTransports, PathScope>> {
  const org = ids.atlassian.orgId;
  return {
    atlassian: pathScope('ATLASSIAN', [
      { prefix: ['v1', 'orgs', ':organization'], allowed: { organization: org } },
      { prefix: ['v2', 'orgs', ':organization'], allowed: { organization: org } },
      {
        prefix: ['v2', 'orgs', ':organization', 'directories', ':directory'],
        allowed: { organization: org, directory: ids.atlassian.directoryId },
      },
    ]),
    scim: pathScope('ATLASSIAN', [
      { prefix: ['scim', 'directory', ':directory'], allowed: { directory: ids.scim.directoryId } },
    ]),
    jumpcloud: pathScope('JUMPCLOUD', [
      { prefix: ['providers', ':provider'], allowed: { provider: ids.jumpcloud.providerId } },
    ]),
  };
}
