import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Authenticator } from './authenticate.js';

/**
 * Who may scrape `/metrics`: a bearer of the metrics token (`ADMINGRAPH_METRICS_TOKEN`, so a
 * Prometheus scraper needs no API key that could also run queries), or any authenticated caller.
 * Resolves when allowed, throws `UnauthenticatedError` otherwise.
 */
export function metricsAccess(
  authenticate: Authenticator,
  metricsTokenDigest: Buffer | undefined,
): (headers: IncomingHttpHeaders) => Promise<void> {
  return async (headers) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (metricsTokenDigest && bearer) {
      const digest = createHash('sha256').update(bearer, 'utf8').digest();
      if (timingSafeEqual(digest, metricsTokenDigest)) return;
    }
    await authenticate(headers);
  };
}
