import type { SimReply, SimRequest } from './http-types.js';
import type { Router } from './router.js';

/**
 * One vendor API served by a simulator: its routes, its auth check and its error body.
 * A simulator may host several (Atlassian serves the Admin API and SCIM on one port).
 */
export interface VendorSurface {
  name: string;
  /** Paths this surface owns; the first surface whose prefix matches serves the request. */
  pathPrefix: string;
  router: Router;
  /** Returns a failure message when the credentials are missing or wrong, undefined when they pass. */
  authenticate(req: Pick<SimRequest, 'headers' | 'path' | 'params'>): string | undefined;
  /** The vendor's own error JSON for a status and message (and optional vendor extras). */
  errorBody(status: number, message: string, details: Record<string, unknown>): unknown;
  /** Content type of this vendor's JSON answers (SCIM answers `application/scim+json`). */
  contentType?: string;
}

/** State the control API needs from a vendor simulator. */
export interface SimulatorState {
  /** Restores the seeded data. */
  reset(): void;
  /** Counts and the IDs of top-level objects, for `GET /__sim/info`. */
  info(): Record<string, unknown>;
}

export interface VendorSimulator {
  vendor: 'bettercloud' | 'atlassian' | 'snow' | 'jumpcloud';
  defaultPort: number;
  surfaces: VendorSurface[];
  state: SimulatorState;
}

export type { SimReply };
