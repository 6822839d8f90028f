import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answers an HTTP-level failure (bad body, no credentials, unexpected crash) as a GraphQL error in
 * JSON, never as an HTML or text page: clients parse one format, and nothing of the server (stack,
 * paths) leaks. The media type follows the client's Accept as the GraphQL-over-HTTP spec asks.
 */
export function sendGraphqlError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const accept = req.headers.accept ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
  res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
