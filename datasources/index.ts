import { createAtlassianDatasource } from './atlassian/index.js';
import { createBetterCloudDatasource } from './bettercloud/index.js';
import type { Datasources } from './contracts.js';
import { VendorClient } from './http/vendor-client.js';
import type { UpstreamTrace } from './http/trace.js';
import type { VendorTransport } from './http/vendor-transport.js';
import { createJumpCloudDatasource } from './jumpcloud/index.js';
import { createScimDatasource } from './scim/index.js';
import { createSnowDatasource } from './snow/index.js';

/** The IDs of the vendor tenants AdminGraph serves (configured, or discovered from the simulators). */
export interface TenantIds {
  atlassian: { orgId: string; directoryId: string };
  scim: { directoryId: string };
  jumpcloud: { providerId: string };
}

export type VendorTransports = Record<keyof Datasources, VendorTransport>;

/**
 * Builds one request's datasources over the process-wide transports, all recording into `trace`.
 * `sharing: 'in-flight'` is for the identity walks (see `VendorClient`).
 */
export function createDatasources(
  transports: VendorTransports,
  ids: TenantIds,
  trace: UpstreamTrace,
  sharing: 'request' | 'in-flight' = 'request',
): Datasources {
  const client = (transport: VendorTransport) => new VendorClient(transport, trace, sharing);
  return {
    bettercloud: createBetterCloudDatasource(client(transports.bettercloud)),
    atlassian: createAtlassianDatasource(client(transports.atlassian), ids.atlassian),
    scim: createScimDatasource(client(transports.scim), ids.scim),
    snow: createSnowDatasource(client(transports.snow)),
    jumpcloud: createJumpCloudDatasource(client(transports.jumpcloud), ids.jumpcloud),
  };
}
