import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../../common/errors.js';
import type { Principal } from '../../common/principal.js';
import type { Authenticator } from '../auth/authenticate.js';
import { answerPreflight, applyCors } from './cors.js';
import type { HttpSettings } from './http-settings.js';
import { sendGraphqlError } from './json-error.js';
import type { RouteHandler } from './route.js';

export interface ServeGraphqlOptions<TContext> {
  listen: { port: number; host: string };
  /** Runs before Apollo: a request it refuses answers 401 and nothing of it executes. */
  authenticate: Authenticator;
  context: (req: IncomingMessage, principal: Principal) => Promise<TContext>;
  routes?: RouteHandler[];
  http: HttpSettings;
  logger: Logger;
  /** Sees each GraphQL request first: answers the request to run, or an error to refuse it with (allowlist mode). */
  gate?: (request: HTTPGraphQLRequest) => HTTPGraphQLRequest | GraphQLError;
}

/** What answering one GraphQL request needs (the main schema, and routes serving a second one: /subgraph). */
export type GraphqlRequestOptions<TContext> = Pick<
  ServeGraphqlOptions<TContext>,
  'authenticate' | 'context' | 'http' | 'logger' | 'gate'
>;

/**
 * GraphQL over node:http with plain routes in front (GraphiQL, /metrics): Apollo's standalone server
 * has no place for routes of our own, nor for authenticating before Apollo runs. Every path not
 * taken by a route is GraphQL. Every failure of the HTTP layer answers a JSON GraphQL error.
 */
export async function serveGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServeGraphqlOptions<TContext>,
): Promise<{ url: string; httpServer: Server }> {
  await server.start();
  const httpServer = createServer((req, res) => {
    if (req.method === 'OPTIONS') return answerPreflight(req, res, options.http.corsOrigins);
    applyCors(req, res, options.http.corsOrigins);
    for (const route of options.routes ?? []) if (route(req, res)) return;
    handleGraphql(server, options, req, res).catch((error: Error) => {
      options.logger.error({ err: error }, 'request failed outside GraphQL execution');
      sendGraphqlError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
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

class BodyTooLarge extends Error {}

/** Answers one HTTP request with an Apollo server (also used by routes serving a second schema, /subgraph). */
export async function handleGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: GraphqlRequestOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let principal: Principal;
  try {
    principal = await options.authenticate(req.headers);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    req.resume(); // drain the body unread so the connection can be reused
    return sendGraphqlError(req, res, 401, 'UNAUTHENTICATED', error.message, {
      'www-authenticate': 'Bearer realm="admingraph"',
    });
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  let raw: string;
  try {
    raw = await readBody(req, options.http.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    res.setHeader('connection', 'close');
    return sendGraphqlError(
      req,
      res,
      413,
      'BAD_REQUEST',
      `The request body is larger than ${options.http.maxBodyBytes} bytes`,
    );
  }
  let body: unknown;
  if (raw.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendGraphqlError(req, res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
  }
  const request: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: new URL(req.url ?? '/', 'http://localhost').search,
    body,
  };
  const allowed = options.gate ? options.gate(request) : request;
  if (allowed instanceof GraphQLError) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [allowed.toJSON()] }));
    return;
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: allowed,
    context: () => options.context(req, principal),
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

/** The body as text, refused (without buffering the rest) past `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
