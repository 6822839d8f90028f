import type { VendorClient } from './http/vendor-client.js';

/**
 * One vendor write, described before it is sent: mutations must be able to show the exact call
 * (dry run), record it (audit log) and send it later through the shared HTTP core. So the write
 * modules (`datasources/<vendor>/writes.ts`) build these descriptions rather than calling the
 * vendor themselves, and `sendVendorWrite` sends one through a vendor's `VendorClient`.
 */
export interface VendorWrite {
  /** The operationId in the vendor's spec (`specs/*.yaml`). */
  operation: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below the vendor API's base URL, path segments already encoded. */
  path: string;
  /** JSON body; undefined when the call has none. */
  body?: unknown;
  /** The body's media type, when the vendor documents another than `application/json`. */
  contentType?: string;
  /**
   * The body as dry runs, results and idempotent replays show it, when it differs from what is sent:
   * write-only secrets (PSA credentials) masked. Undefined: `body` is shown as sent.
   */
  shownBody?: unknown;
}

/** Sends a write through the vendor's client: auth, timeout, retry policy, concurrency cap and tracing apply. */
export function sendVendorWrite<T = unknown>(client: VendorClient, write: VendorWrite): Promise<T> {
  return client.request<T>({
    operation: write.operation,
    method: write.method,
    path: write.path,
    body: write.body,
    contentType: write.contentType,
  });
}
