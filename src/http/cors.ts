import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS, closed unless configured: a browser page from any origin not in `ADMINGRAPH_CORS_ORIGINS`
 * gets no `Access-Control-Allow-*` header, so it cannot read answers or send credentialed
 * preflighted requests. An allowed origin is echoed (never `*`), with `Vary: Origin` for caches.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowedOrigins: readonly string[],
): void {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (origin && allowedOrigins.includes(origin)) res.setHeader('access-control-allow-origin', origin);
}

/** Answers an `OPTIONS` preflight: allowed origins get the methods and headers the API takes. */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  allowedOrigins: readonly string[],
): void {
  const origin = req.headers.origin;
  if (origin && allowedOrigins.includes(origin))
    res.writeHead(204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET,POST,OPTIONS',
      'access-control-allow-headers':
        'content-type,authorization,x-api-key,x-admingraph-trace,apollo-require-preflight',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  else res.writeHead(204, { vary: 'Origin' });
  res.end();
}
