import { VendorClient } from '../datasources/http/vendor-client.js';
import type { UpstreamTrace } from '../datasources/http/trace.js';
import type { TenantIds, VendorTransports } from '../datasources/index.js';
import type { WriteTouch } from '../datasources/identity/patch-identity.js';
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
   * After writes: drops the written vendors' cached responses, re-reads the accounts the writes
   * touched into the shared identity index (a patch, seen by every replica), and replaces this
   * request's datasources and loaders, so reads in this request and later ones see the new state.
   */
  afterWrite(written: WrittenChanges): Promise<void>;
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

/** What a mutation's execution wrote: the vendors (cache invalidation) and what it touched (index patch). */
export interface WrittenChanges extends WriteTouch {
  vendors: VendorName[];
}
