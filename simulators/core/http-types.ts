import type { IncomingHttpHeaders } from 'node:http';

/** A request as a simulator route sees it: parsed once by the server. */
export interface SimRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the router's params. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
  operationId: string;
}

export interface SimReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A failure the vendor itself would answer with a 4xx/5xx. The surface that served the
 * route turns it into that vendor's error body, so routes never build error JSON by hand.
 */
export class VendorHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Vendor-specific extras (an error code, a SCIM scimType, field details). */
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new VendorHttpError(400, message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new VendorHttpError(404, message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new VendorHttpError(409, message, details);
