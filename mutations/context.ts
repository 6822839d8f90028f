import type { GraphQLError } from 'graphql';
import type { Clock } from '../common/clock.js';
import type { DownloadSigner } from '../common/download-links.js';
import type { Principal } from '../common/principal.js';
import type { Datasources } from '../datasources/contracts.js';
import type { IdentitySnapshot } from '../datasources/identity/build-identity.js';
import type { PeopleView } from '../datasources/identity/people-view.js';
import type { PaidSeats } from '../datasources/insights/paid-seat-store.js';
import type { UpstreamTrace } from '../datasources/http/trace.js';
import type { Loaders } from '../datasources/loaders.js';
import type { MutationServices } from './services.js';

export { ANONYMOUS_PRINCIPAL } from '../common/principal.js';

/**
 * Everything a resolver may use, built fresh for each GraphQL request by the gateway's
 * `createContext` (src/gateway.ts). The type lives on the mutations floor, the lowest one that
 * sees every part of it (datasources below, the write services here), so resolvers, mutations and
 * the generated resolver types (codegen's `contextType`) all import it downward.
 */
export interface GatewayContext {
  /** Vendor calls made by this request. */
  trace: UpstreamTrace;
  /** The client asked for the upstream-call report (`x-admingraph-trace: 1`). */
  traceRequested: boolean;
  datasources: Datasources;
  loaders: Loaders;
  /**
   * Errors that accompany data rather than replace it: a vendor that failed while the others
   * answered (its accounts are missing from a cross-vendor list). Added to the response's `errors`.
   */
  partialFailures: GraphQLError[];
  /**
   * The whole cross-vendor identity index (built on first use, shared across requests), for readers
   * that need everyone: governance scans, seat holders. One person or a `users` page: `people()`.
   */
  identity(): Promise<IdentitySnapshot>;
  /** The identity index one person (or one `users` page) at a time: built or waited for like `identity()`. */
  people(): Promise<PeopleView>;
  /**
   * Every paid seat of the company (Snow's seat walk), shared across requests per tenant and served
   * stale-while-revalidate; writes to Snow drop it. `licenseWaste` and `spend` compute from it once.
   */
  paidSeats(): Promise<PaidSeats>;
  /** The people of the identity index if it is already built (possibly stale), without building it: lookups of one person ask the vendors instead. */
  builtPeople(): PeopleView | undefined;
  /** "Now" for inactivity and KPI windows: the gateway's one clock (pinned in tests), never `Date.now()`. */
  clock: Clock;
  /** Signs links to the vendor documents the gateway passes through (`DownloadLink`). */
  downloads: DownloadSigner;
  /** Who is calling: the audit log records it, idempotency keys are scoped by its `id`, role checks read its `role`. */
  principal: Principal;
  /**
   * The write side: audit log, idempotency store, vendor clients for writes, and `afterWrite`, which
   * replaces `datasources` and `loaders` (and forgets the identity index) so reads after a write see it.
   */
  mutations: MutationServices;
}
