import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RouteHandler } from './route.js';

/**
 * GraphQL over node:http with plain routes in front (GraphiQL, /metrics): Apollo's standalone server
 * has no place for routes of our own. Every path not taken by a route is GraphQL, as before.
 */
export async function serveGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: {
    listen: { port: number; host: string };
    context: (req: IncomingMessage) => Promise<TContext>;
    routes?: RouteHandler[];
    /** Sees each GraphQL request first: answers the request to run, or an error to refuse it with (allowlist mode). */
    gate?: (request: HTTPGraphQLRequest) => HTTPGraphQLRequest | GraphQLError;
  },
): Promise<{ url: string; httpServer: Server }> {
  await server.start();
  const httpServer = createServer((req, res) => {
    if (req.method === 'OPTIONS') return preflight(res);
    res.setHeader('access-control-allow-origin', '*');
    for (const route of options.routes ?? []) if (route(req, res)) return;
    handleGraphql(server, options, req, res).catch((error: Error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal server error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.listen.port, options.listen.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  return { url: `http://${host}:${port}/`, httpServer };
}

function preflight(res: ServerResponse): void {
  res.writeHead(204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET,POST,OPTIONS',
    'access-control-allow-headers': 'content-type,authorization,x-admingraph-trace,apollo-require-preflight',
    'access-control-max-age': '600',
  });
  res.end();
}

/** Answers one HTTP request with an Apollo server (also used by routes serving a second schema, /subgraph). */
export async function handleGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { context, gate }: Pick<Parameters<typeof serveGraphql<TContext>>[1], 'context' | 'gate'>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const raw = await readBody(req);
  let body: unknown;
  if (raw.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Request body is not valid JSON\n');
      return;
    }
  }
  const request: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: new URL(req.url ?? '/', 'http://localhost').search,
    body,
  };
  const allowed = gate ? gate(request) : request;
  if (allowed instanceof GraphQLError) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [allowed.toJSON()] }));
    return;
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: allowed,
    context: () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const maxBodyBytes = 50 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new Error('Request body over 50 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
