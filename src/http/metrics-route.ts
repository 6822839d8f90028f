import type { Registry } from 'prom-client';
import { pathOf, type RouteHandler } from './route.js';

/** `GET /metrics`: the registry in Prometheus text format. */
export function metricsRoute(registry: Registry): RouteHandler {
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/metrics') return false;
    registry
      .metrics()
      .then((text) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(text);
      })
      .catch((error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`${error.message}\n`);
      });
    return true;
  };
}
