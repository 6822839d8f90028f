import { HeaderMap, type ApolloServer } from '@apollo/server';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayContext } from '../../mutations/context.js';

/** A route the server tries before GraphQL: true when it answered the request. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const MAX_BODY = 50 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(Object.assign(new Error('request body too large'), { status: 413 }));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * GraphQL over node:http, with `routes` (the download route) tried first. It does what Apollo's
 * standalone server did (JSON bodies, permissive CORS) minus the express stack; the standalone
 * server has no place for a route of our own. Another issue replaces the gateway's HTTP server:
 * there, the routes hang in front of GraphQL the same way.
 */
export async function startHttpServer(
  server: ApolloServer<GatewayContext>,
  options: {
    port: number;
    host?: string;
    context: (req: IncomingMessage) => Promise<GatewayContext>;
    routes: HttpRoute[];
  },
): Promise<{ url: string; close(): Promise<void> }> {
  await server.start();
  const httpServer = http.createServer((req, res) => {
    void (async () => {
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET,HEAD,POST',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        });
        res.end();
        return;
      }
      for (const route of options.routes) if (await route(req, res)) return;
      const raw = await readBody(req);
      let body: unknown;
      if (raw && /^application\/json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = JSON.parse(raw);
        } catch {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('Request body is not valid JSON\n');
          return;
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: new URL(req.url ?? '/', 'http://gateway.invalid').search,
          body,
        },
        context: () => options.context(req),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    })().catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 500 ? 'Internal server error\n' : `${(error as Error).message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host =
    options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
