import { describe, expect, it } from 'vitest';
import {
  defaultRetryPolicy,
  parseRetryAfterMs,
  retryDelayMs,
} from '../../../datasources/http/retry-policy.js';

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-11-01T12:00:00Z');
    expect(parseRetryAfterMs('Sun, 01 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs(null)).toBeUndefined();
  });

  it('waits what the vendor asked, else backs off exponentially within the cap', () => {
    expect(retryDelayMs(defaultRetryPolicy, 1, 2000)).toBe(2000);
    expect(retryDelayMs(defaultRetryPolicy, 1, undefined, () => 1)).toBe(100);
    expect(retryDelayMs(defaultRetryPolicy, 3, undefined, () => 1)).toBe(400);
    expect(retryDelayMs(defaultRetryPolicy, 10, undefined, () => 1)).toBe(defaultRetryPolicy.maxDelayMs);
    expect(retryDelayMs(defaultRetryPolicy, 3, undefined, () => 0)).toBe(200);
  });
});
