import type { VendorName } from '../model/index.js';
import { RequestDeadline } from './request-deadline.js';

export interface UpstreamCall {
  vendor: VendorName;
  operation: string;
  method: string;
  url: string;
  status: number | 'timeout' | 'network-error';
  durationMs: number;
  attempt: number;
  cached: boolean;
}

/**
 * The vendor calls one GraphQL request made. Built per request in the context; reported in
 * `extensions.upstream` when the client sends `x-admingraph-trace: 1`, and read by tests and benchmarks.
 */
export class UpstreamTrace {
  readonly calls: UpstreamCall[] = [];

  /**
   * `onRecord` sees every call as it is recorded: the one place metrics and spans hook vendor calls.
   * `deadline` is the request's time budget: it travels with the trace because both are per request
   * and reach every vendor client the request uses.
   */
  constructor(
    private readonly onRecord?: (call: UpstreamCall) => void,
    readonly deadline: RequestDeadline = RequestDeadline.unlimited(),
  ) {}

  record(call: UpstreamCall): void {
    this.calls.push(call);
    this.onRecord?.(call);
  }

  /** Calls that reached a vendor (cache hits excluded), per vendor. */
  countsByVendor(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) if (!c.cached) counts[c.vendor] = (counts[c.vendor] ?? 0) + 1;
    return counts;
  }

  summary() {
    return {
      total: this.calls.filter((c) => !c.cached).length,
      byVendor: this.countsByVendor(),
      calls: this.calls.map((c) => ({ ...c, durationMs: Math.round(c.durationMs) })),
    };
  }
}
