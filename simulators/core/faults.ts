import { SeededRandom } from './random.js';

/**
 * What can go wrong at a vendor, as the simulators reproduce it. Every fault can be limited
 * to some operations (`operations`), and the `*Next` counters fail exactly the next N
 * requests so tests stay deterministic; the `*Rate` fields fail a random share (seeded).
 */
export interface FaultSettings {
  /** Added before every answer, in milliseconds. */
  latencyMs?: number;
  /** Up to this many milliseconds more, drawn per request. */
  jitterMs?: number;
  /** Fixed-window rate limit: `limit` requests per `windowMs`, then 429 with Retry-After. */
  rateLimit?: { limit: number; windowMs: number };
  /** Answer the next N requests with 429 and this Retry-After (seconds). */
  rateLimitNext?: number;
  retryAfterSeconds?: number;
  /** Share of requests answered with `errorStatus` (default 503). */
  errorRate?: number;
  /** Answer the next N requests with `errorStatus`. */
  errorNext?: number;
  errorStatus?: number;
  /** Share of requests (or the next N) that never get an answer: for client timeout tests. */
  hangRate?: number;
  hangNext?: number;
  /** Share of requests (or the next N) answered 200 with a body that is not valid JSON. */
  malformedRate?: number;
  malformedNext?: number;
  /** Restrict all of the above to these operationIds (default: every operation). */
  operations?: string[];
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'error'; status: number }
  | { kind: 'hang' }
  | { kind: 'malformed' };

const numberKeys = [
  'latencyMs',
  'jitterMs',
  'rateLimitNext',
  'retryAfterSeconds',
  'errorRate',
  'errorNext',
  'errorStatus',
  'hangRate',
  'hangNext',
  'malformedRate',
  'malformedNext',
] as const;

/** Validates settings posted to `/__sim/faults`; returns an error message or the settings. */
export function parseFaultSettings(input: unknown): FaultSettings | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return 'body must be a JSON object';
  const raw = input as Record<string, unknown>;
  const out: FaultSettings = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((numberKeys as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        return `${key} must be a non-negative number`;
      if (key.endsWith('Rate') && value > 1) return `${key} must be between 0 and 1`;
      (out as Record<string, number>)[key] = value;
    } else if (key === 'rateLimit') {
      const rl = value as { limit?: unknown; windowMs?: unknown } | null;
      if (
        !rl ||
        typeof rl.limit !== 'number' ||
        typeof rl.windowMs !== 'number' ||
        rl.limit < 0 ||
        rl.windowMs <= 0
      )
        return 'rateLimit must be {"limit": number >= 0, "windowMs": number > 0}';
      out.rateLimit = { limit: rl.limit, windowMs: rl.windowMs };
    } else if (key === 'operations') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return 'operations must be a list of operationIds';
      out.operations = value as string[];
    } else {
      return `unknown fault setting "${key}"`;
    }
  }
  return out;
}

/** Reads `SIM_<VENDOR>_*` (and vendor-less `SIM_*` defaults) from the environment. */
export function faultSettingsFromEnv(vendor: string, env: NodeJS.ProcessEnv = process.env): FaultSettings {
  const read = (name: string): string | undefined =>
    env[`SIM_${vendor.toUpperCase()}_${name}`] ?? env[`SIM_${name}`];
  const num = (name: string) => {
    const v = read(name);
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
      throw new Error(`SIM_${vendor.toUpperCase()}_${name} must be a non-negative number, got "${v}"`);
    return n;
  };
  const settings: FaultSettings = {
    latencyMs: num('LATENCY_MS'),
    jitterMs: num('JITTER_MS'),
    errorRate: num('ERROR_RATE'),
    errorStatus: num('ERROR_STATUS'),
    hangRate: num('HANG_RATE'),
    malformedRate: num('MALFORMED_RATE'),
    retryAfterSeconds: num('RETRY_AFTER_SECONDS'),
  };
  const rate = read('RATE_LIMIT');
  if (rate) {
    const m = /^(\d+)\/(\d+)$/.exec(rate);
    if (!m)
      throw new Error(
        `SIM_${vendor.toUpperCase()}_RATE_LIMIT must look like "100/1000" (requests/windowMs), got "${rate}"`,
      );
    settings.rateLimit = { limit: Number(m[1]), windowMs: Number(m[2]) };
  }
  for (const key of Object.keys(settings) as (keyof FaultSettings)[])
    if (settings[key] === undefined) delete settings[key];
  return settings;
}

/** Holds one simulator's fault settings and decides, request by request, what goes wrong. */
export class FaultInjector {
  private settings: FaultSettings;
  private windowStart = 0;
  private windowCount = 0;
  private readonly random: SeededRandom;

  constructor(
    private readonly initial: FaultSettings,
    seed: string,
  ) {
    this.settings = { ...initial };
    this.random = new SeededRandom(`faults:${seed}`);
  }

  current(): FaultSettings {
    return { ...this.settings };
  }

  /** Replaces the settings (an empty object clears every fault). */
  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.windowStart = 0;
    this.windowCount = 0;
  }

  /** Back to what the environment configured at start. */
  reset(): void {
    this.set(this.initial);
  }

  delayMs(operationId: string): number {
    if (!this.applies(operationId)) return 0;
    const { latencyMs = 0, jitterMs = 0 } = this.settings;
    return latencyMs + (jitterMs > 0 ? this.random.next() * jitterMs : 0);
  }

  decide(operationId: string, now = Date.now()): FaultDecision {
    if (!this.applies(operationId)) return { kind: 'none' };
    const s = this.settings;
    if (s.hangNext && s.hangNext > 0) {
      s.hangNext--;
      return { kind: 'hang' };
    }
    if (s.rateLimitNext && s.rateLimitNext > 0) {
      s.rateLimitNext--;
      return { kind: 'rate-limited', retryAfterSeconds: s.retryAfterSeconds ?? 1 };
    }
    if (s.rateLimit) {
      if (now - this.windowStart >= s.rateLimit.windowMs) {
        this.windowStart = now;
        this.windowCount = 0;
      }
      this.windowCount++;
      if (this.windowCount > s.rateLimit.limit) {
        const untilReset = Math.max(1, Math.ceil((this.windowStart + s.rateLimit.windowMs - now) / 1000));
        return { kind: 'rate-limited', retryAfterSeconds: s.retryAfterSeconds ?? untilReset };
      }
    }
    if (s.errorNext && s.errorNext > 0) {
      s.errorNext--;
      return { kind: 'error', status: s.errorStatus ?? 503 };
    }
    if (s.malformedNext && s.malformedNext > 0) {
      s.malformedNext--;
      return { kind: 'malformed' };
    }
    if (s.hangRate && this.random.chance(s.hangRate)) return { kind: 'hang' };
    if (s.errorRate && this.random.chance(s.errorRate))
      return { kind: 'error', status: s.errorStatus ?? 503 };
    if (s.malformedRate && this.random.chance(s.malformedRate)) return { kind: 'malformed' };
    return { kind: 'none' };
  }

  private applies(operationId: string): boolean {
    const ops = this.settings.operations;
    return !ops || ops.length === 0 || ops.includes(operationId);
  }
}
