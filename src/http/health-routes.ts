import type { BreakerState } from '../../datasources/http/vendor-breaker.js';
import type { IdentityStatus } from '../../datasources/identity/shared-identity-index.js';
import { pathOf, type RouteHandler } from './route.js';

/** What readiness looks at: no URLs, keys or vendor texts, so it can answer without authentication. */
export interface ReadinessSources {
  /** Each vendor API's circuit breaker state. */
  breakerStates(): Record<string, BreakerState>;
  /** The tenant's identity index as this replica last saw it (age and completeness per source). */
  identityIndex?(): IdentityStatus;
  /** Stores the gateway cannot write without, each with a `ping` that rejects when unreachable. */
  stores: Record<string, { ping(): Promise<void> }>;
  /** True once shutdown began: load balancers should stop sending requests. */
  stopping(): boolean;
  /** Longest a store may take to answer a ping before it counts as unreachable. */
  pingTimeoutMs?: number;
}

const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** `GET /healthz`: the process is up and its event loop answers. Nothing else is checked. */
export const healthzRoute: RouteHandler = (req, res) => {
  if (req.method !== 'GET' || pathOf(req) !== '/healthz') return false;
  res.writeHead(200, json).end(JSON.stringify({ status: 'ok' }));
  return true;
};

/**
 * `GET /readyz`: 200 when every store answers its ping, 503 when one does not (or the gateway is
 * stopping). Vendor breakers are reported but do not make the gateway unready: with one vendor
 * down the others' data is still answered, and every replica would see the same vendor anyway. The
 * identity index is reported the same way (per source: walked to the end, how long ago, whether its
 * last refresh failed), without its sizes or error texts: this route answers anyone.
 */
export function readyzRoute(sources: ReadinessSources): RouteHandler {
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/readyz') return false;
    readiness(sources)
      .then(({ ready, body }) => res.writeHead(ready ? 200 : 503, json).end(JSON.stringify(body)))
      .catch(() => res.writeHead(503, json).end(JSON.stringify({ status: 'unready' })));
    return true;
  };
}

async function readiness(sources: ReadinessSources) {
  const timeoutMs = sources.pingTimeoutMs ?? 2_000;
  const stores = Object.fromEntries(
    await Promise.all(
      Object.entries(sources.stores).map(async ([name, store]) => [
        name,
        { reachable: await reachable(store.ping(), timeoutMs) },
      ]),
    ),
  ) as Record<string, { reachable: boolean }>;
  const vendors = Object.fromEntries(
    Object.entries(sources.breakerStates()).map(([api, circuit]) => [api, { circuit }]),
  );
  const stopping = sources.stopping();
  const ready = !stopping && Object.values(stores).every((s) => s.reachable);
  const status = stopping ? 'stopping' : ready ? 'ready' : 'unready';
  const identity = sources.identityIndex?.();
  const identityIndex = identity && {
    complete: identity.ready,
    sources: Object.fromEntries(
      identity.sources.map((s) => [
        s.source,
        {
          complete: s.complete,
          ageSeconds: s.ageSeconds,
          refreshedSecondsAgo: s.refreshedSecondsAgo,
          refreshFailing: s.error !== null,
        },
      ]),
    ),
  };
  return { ready, body: { status, stores, vendors, ...(identityIndex ? { identityIndex } : {}) } };
}

async function reachable(ping: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([ping.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
