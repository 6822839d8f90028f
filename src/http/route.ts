import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One HTTP route beside GraphQL: answers the request and returns true, or returns false and leaves it
 * to the next route (and in the end to GraphQL). Synchronous on purpose, so any server can mount it.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The request's path without its query string. */
export function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}
