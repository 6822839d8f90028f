import type { IncomingHttpHeaders } from 'node:http';
import type { Registry } from 'prom-client';
import { UnauthenticatedError } from '../../common/errors.js';
import { sendGraphqlError } from './json-error.js';
import { pathOf, type RouteHandler } from './route.js';

/** `GET /metrics`: the registry in Prometheus text format, once `authorize` accepts the caller. */
export function metricsRoute(
  registry: Registry,
  authorize: (headers: IncomingHttpHeaders) => Promise<void>,
): RouteHandler {
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/metrics') return false;
    authorize(req.headers)
      .then(() => registry.metrics())
      .then((text) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(text);
      })
      .catch((error: Error) => {
        if (error instanceof UnauthenticatedError)
          sendGraphqlError(req, res, 401, 'UNAUTHENTICATED', error.message, {
            'www-authenticate': 'Bearer realm="admingraph"',
          });
        else sendGraphqlError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Metrics are unavailable');
      });
    return true;
  };
}
