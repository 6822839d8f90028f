import { VendorClient } from '../datasources/http/vendor-client.js';
import type { UpstreamTrace } from '../datasources/http/trace.js';
import type { TenantIds, VendorTransports } from '../datasources/index.js';
import type { VendorName } from '../datasources/model/index.js';
import type { AuditLog } from './audit-log.js';
import type { VendorClients } from './executor.js';
import type { IdempotencyStore } from './idempotency.js';

/** What mutations need from the request context (`ctx.mutations`), built per request by the gateway. */
export interface MutationServices {
  audit: AuditLog;
  idempotency: IdempotencyStore;
  /** The vendor tenants (Atlassian org and directories, JumpCloud provider) writes address. */
  tenantIds: TenantIds;
  /** This request's vendor clients for writes: same transports (cap, retry) and trace as its reads. */
  clients: VendorClients;
  /**
   * After writes to these vendors: drops their cached responses and the identity index (shared
   * across requests), and this request's datasources and loaders, so reads in this request and
   * later ones see the new state.
   */
  afterWrite(vendors: VendorName[]): Promise<void>;
}

export function createVendorClients(transports: VendorTransports, trace: UpstreamTrace): VendorClients {
  return {
    bettercloud: new VendorClient(transports.bettercloud, trace),
    atlassian: new VendorClient(transports.atlassian, trace),
    scim: new VendorClient(transports.scim, trace),
    snow: new VendorClient(transports.snow, trace),
    jumpcloud: new VendorClient(transports.jumpcloud, trace),
  };
}
