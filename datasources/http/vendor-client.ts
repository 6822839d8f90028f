import {
  NotFoundError,
  vendorAuthFailed,
  vendorBadResponse,
  vendorCircuitOpen,
  vendorRateLimited,
  vendorRejected,
  vendorUnavailable,
  VendorError,
} from '../../common/errors.js';
import { TaskCancelledError } from 'cockatiel';
import { cacheKindOf, cacheTtlMs, staleWhileRevalidate } from './cache-ttl.js';
import { assertPlainPath } from './path-segment.js';
import { isRetryableStatus, parseRetryAfterMs, retryDelayMs } from './retry-policy.js';
import type { UpstreamTrace } from './trace.js';
import type { VendorTransport } from './vendor-transport.js';

/** How much longer than its TTL a per-person answer may be served stale while it is revalidated. */
const STALE_FACTOR = 4;

export type QueryValue = string | number | boolean | undefined | null;

export interface VendorRequest {
  /** The vendor's operationId, for traces and metrics. */
  operation: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, already encoded. */
  path: string;
  query?: Record<string, QueryValue | QueryValue[]>;
  body?: unknown;
  /** The body's media type when the vendor documents another than `application/json` (Snow's merge patch). */
  contentType?: string;
  /** Answer `undefined` on 404 instead of failing (lookups by ID). */
  allowNotFound?: boolean;
}

/** A document a vendor serves as bytes (a PDF), not JSON: passed through as it came. */
export interface VendorDocument {
  bytes: Buffer;
  contentType: string;
}

/** How one attempt went; `outage` marks the failures that count towards opening the circuit breaker. */
type AttemptOutcome =
  | { kind: 'ok'; body: unknown }
  | {
      kind: 'failed';
      error: VendorError | NotFoundError;
      retryable: boolean;
      retryAfterMs?: number;
      status?: number;
      outage?: boolean;
    };

/** How a request reads its answer: JSON (every read and write), or the raw bytes of a document. */
type AnswerKind = 'json' | 'document';

/**
 * One vendor, as seen by one GraphQL request: every call goes through here, so auth, timeouts
 * within the request's deadline, retries honouring Retry-After, the circuit breaker, the
 * concurrency cap, the cache and call counting happen once for all vendors. Built per request (it records into that request's trace).
 */
export class VendorClient {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /**
   * `sharing: 'in-flight'` (a whole-list walk) shares a GET only while it is in flight: a walk reads
   * each page once, and keeping every answer until the walk ends is the memory it must not hold.
   */
  constructor(
    private readonly transport: VendorTransport,
    private readonly trace: UpstreamTrace,
    private readonly sharing: 'request' | 'in-flight' = 'request',
  ) {}

  get vendor() {
    return this.transport.endpoint.vendor;
  }

  async request<T>(req: VendorRequest): Promise<T> {
    const method = req.method ?? 'GET';
    const url = this.buildUrl(req);
    if (method !== 'GET') return this.send<T>(req, method, url);
    // Identical GETs within one GraphQL request share one upstream call.
    const existing = this.inFlight.get(url);
    if (existing) return existing as Promise<T>;
    const pending = this.cachedGet<T>(req, url);
    this.inFlight.set(url, pending);
    if (this.sharing === 'in-flight')
      void pending.then(
        () => this.inFlight.delete(url),
        () => this.inFlight.delete(url),
      );
    return pending;
  }

  /**
   * A GET whose answer is a document (bytes, e.g. a PDF), through the same auth, timeout, retries
   * and concurrency cap as every call. Never cached nor shared: documents are large and each
   * download is asked for on purpose. Undefined on 404 when `allowNotFound`.
   */
  download(req: Omit<VendorRequest, 'method' | 'body' | 'contentType'>): Promise<VendorDocument | undefined> {
    return this.send<VendorDocument | undefined>(req, 'GET', this.buildUrl(req), 'document');
  }

  private async cachedGet<T>(req: VendorRequest, url: string): Promise<T> {
    const { cache, endpoint, credentialFingerprint } = this.transport;
    const ttlMs = cacheTtlMs(endpoint.vendor, req.operation, {
      allMs: endpoint.cacheTtlMs,
      byKind: endpoint.cacheTtlByKind,
    });
    if (!cache || ttlMs <= 0) return this.send<T>(req, 'GET', url);
    // Scoped by the credentials (and base URL): two tenants never share an answer.
    const key = `${credentialFingerprint}:${url}`;
    const revalidates = staleWhileRevalidate[cacheKindOf(req.operation)];
    const hit = await cache.get<T>(endpoint.vendor, key);
    const fresh = hit !== undefined && hit.freshUntil > Date.now();
    if (hit && (fresh || revalidates)) {
      this.trace.record({
        vendor: endpoint.vendor,
        operation: req.operation,
        method: 'GET',
        url,
        status: 200,
        durationMs: 0,
        attempt: 0,
        cached: true,
      });
      if (!fresh) this.revalidate(req, url, key, ttlMs);
      return hit.body;
    }
    const body = await this.send<T>(req, 'GET', url);
    await cache.set(endpoint.vendor, key, body, ttlMs, revalidates ? ttlMs * STALE_FACTOR : 0);
    return body;
  }

  /** A stale per-person answer was served: one call in the background brings it up to date. */
  private revalidate(req: VendorRequest, url: string, key: string, ttlMs: number): void {
    const { cache, endpoint, revalidating } = this.transport;
    if (revalidating.has(key)) return;
    revalidating.add(key);
    this.send(req, 'GET', url)
      .then((body) => cache?.set(endpoint.vendor, key, body, ttlMs, ttlMs * STALE_FACTOR))
      .catch(() => undefined) // the stale answer stays until it expires; the next read tries again
      .finally(() => revalidating.delete(key));
  }

  private async send<T>(
    req: VendorRequest,
    method: string,
    url: string,
    answer: AnswerKind = 'json',
  ): Promise<T> {
    const { endpoint } = this.transport;
    const { retry } = endpoint;
    const { deadline } = this.trace;
    const { budget } = this.transport;
    for (let attempt = 1; ; attempt++) {
      await budget?.take();
      const outcome = await this.guardedAttempt(req, method, url, attempt, answer);
      if (outcome.kind === 'ok') {
        budget?.succeeded();
        return outcome.body as T;
      }
      if (outcome.status === 429) budget?.slowDown(outcome.retryAfterMs);
      // Non-idempotent writes are retried only when the vendor said it did not process them (429).
      const mayRetry =
        outcome.retryable &&
        (method === 'GET' || method === 'PUT' || method === 'DELETE' || outcome.status === 429);
      const delay = retryDelayMs(retry, attempt, outcome.retryAfterMs);
      if (
        !mayRetry ||
        attempt >= retry.maxAttempts ||
        delay > retry.maxRetryAfterMs ||
        // A retry that could not finish before the request's deadline only delays the answer.
        delay >= deadline.remainingMs()
      )
        throw outcome.error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /**
   * One attempt behind the breaker (fails at once while the vendor is known down), then the
   * bulkhead (waits for a slot at most until the request's deadline), bounded by what is left of
   * the deadline.
   */
  private async guardedAttempt(
    req: VendorRequest,
    method: string,
    url: string,
    attempt: number,
    answer: AnswerKind,
  ): Promise<AttemptOutcome> {
    const { endpoint, breaker, bulkhead } = this.transport;
    const { deadline } = this.trace;
    const vendor = endpoint.vendor;
    const pastDeadline = (): AttemptOutcome => ({
      kind: 'failed',
      error: vendorUnavailable(vendor, `no answer within the request's deadline of ${deadline.budgetMs} ms`),
      retryable: false,
    });
    if (deadline.expired) return pastDeadline();
    const remaining = deadline.remainingMs();
    const queueSignal = Number.isFinite(remaining) ? AbortSignal.timeout(Math.ceil(remaining)) : undefined;
    try {
      const outcome = await breaker.run(
        () =>
          bulkhead.execute(
            () =>
              this.attempt(
                req,
                method,
                url,
                attempt,
                answer,
                Math.min(endpoint.timeoutMs, deadline.remainingMs()),
              ),
            queueSignal,
          ),
        (o) => o.kind === 'failed' && o.outage === true,
      );
      if (outcome !== 'open') return outcome;
      const retryAfterSeconds = Math.ceil(endpoint.breaker.halfOpenAfterMs / 1000);
      // Retryable for the client (later), but not within this request: the circuit stays open longer than it waits.
      return {
        kind: 'failed',
        error: vendorCircuitOpen(vendor, endpoint.breaker.failureThreshold, retryAfterSeconds),
        retryable: false,
      };
    } catch (error) {
      if (error instanceof TaskCancelledError) return pastDeadline();
      throw error;
    }
  }

  private async attempt(
    req: VendorRequest,
    method: string,
    url: string,
    attempt: number,
    answer: AnswerKind,
    timeoutMs: number,
  ): Promise<AttemptOutcome> {
    const { endpoint } = this.transport;
    const vendor = endpoint.vendor;
    const started = performance.now();
    const record = (status: number | 'timeout' | 'network-error') =>
      this.trace.record({
        vendor,
        operation: req.operation,
        method,
        url,
        status,
        durationMs: performance.now() - started,
        attempt,
        cached: false,
      });

    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: answer === 'document' ? '*/*' : 'application/json',
          ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json' } : {}),
          ...endpoint.authHeaders,
        },
        body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
        signal: AbortSignal.timeout(Math.ceil(timeoutMs)),
      });
      if (answer === 'document' && response.ok) {
        const bytes = Buffer.from(await response.arrayBuffer());
        record(response.status);
        const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
        return { kind: 'ok', body: { bytes, contentType } satisfies VendorDocument };
      }
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      record(timedOut ? 'timeout' : 'network-error');
      const detail = timedOut
        ? `no answer within ${Math.round(timeoutMs)} ms`
        : `cannot connect (${(error as Error).message})`;
      return { kind: 'failed', error: vendorUnavailable(vendor, detail), retryable: true, outage: true };
    }
    record(response.status);

    if (response.ok) {
      if (response.status === 204 || text.length === 0) return { kind: 'ok', body: undefined };
      try {
        return { kind: 'ok', body: JSON.parse(text) };
      } catch {
        return {
          kind: 'failed',
          error: vendorBadResponse(vendor, `invalid JSON from ${req.operation}`),
          retryable: true,
          outage: true,
        };
      }
    }

    const status = response.status;
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
    if (status === 404 && req.allowNotFound) return { kind: 'ok', body: undefined };
    if (status === 401 || status === 403)
      return { kind: 'failed', error: vendorAuthFailed(vendor, status), retryable: false, status };
    if (status === 429)
      return {
        kind: 'failed',
        error: vendorRateLimited(
          vendor,
          retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined,
        ),
        retryable: true,
        retryAfterMs,
        status,
      };
    if (status === 404)
      return {
        kind: 'failed',
        error: new NotFoundError(`${vendor}: ${vendorMessage(text) ?? 'not found'}`, vendor),
        retryable: false,
        status,
      };
    if (status >= 500 || isRetryableStatus(status))
      return {
        kind: 'failed',
        error: vendorUnavailable(vendor, `HTTP ${status} from ${req.operation}`, status),
        retryable: isRetryableStatus(status),
        retryAfterMs,
        status,
        outage: true,
      };
    return {
      kind: 'failed',
      error: vendorRejected(vendor, status, vendorMessage(text) ?? `HTTP ${status}`),
      retryable: false,
      status,
    };
  }

  private buildUrl(req: VendorRequest): string {
    assertPlainPath(req.path);
    this.transport.tenantScope?.(req.path);
    const url = new URL(this.transport.endpoint.baseUrl + req.path);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) if (v !== undefined && v !== null) url.searchParams.append(key, String(v));
    }
    return url.toString();
  }
}

/** Pulls a human message out of any vendor's error body, for error messages. */
function vendorMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const candidates = [
      body.message,
      body.detail,
      body.reason,
      (body.error as Record<string, unknown> | undefined)?.message,
    ];
    const found = candidates.find((c) => typeof c === 'string');
    return found as string | undefined;
  } catch {
    return text.slice(0, 200) || undefined;
  }
}
