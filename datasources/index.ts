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

/** Builds one request's datasources over the process-wide transports, all recording into `trace`. */
export function createDatasources(
  transports: VendorTransports,
  ids: TenantIds,
  trace: UpstreamTrace,
): Datasources {
  return {
    bettercloud: createBetterCloudDatasource(new VendorClient(transports.bettercloud, trace)),
    atlassian: createAtlassianDatasource(new VendorClient(transports.atlassian, trace), ids.atlassian),
    scim: createScimDatasource(new VendorClient(transports.scim, trace), ids.scim),
    snow: createSnowDatasource(new VendorClient(transports.snow, trace)),
    jumpcloud: createJumpCloudDatasource(new VendorClient(transports.jumpcloud, trace), ids.jumpcloud),
  };
}
