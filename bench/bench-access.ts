import { randomBytes } from 'node:crypto';

/**
 * How a benchmark gets in: its gateways are configured with the simulators as real vendors, so no
 * local key is made for them; each run makes one admin key and lifts the per-caller cost budget
 * (one caller asking thousands of times a minute would otherwise measure the budget's refusals).
 */
export const benchKey = `bench-${randomBytes(16).toString('hex')}`;

/** The gateway settings that accept `benchKey` without a budget. */
export const benchAccessEnv = {
  ADMINGRAPH_API_KEYS: `${benchKey}:admin:bench`,
  ADMINGRAPH_COST_BUDGET_PER_MINUTE: '1000000000',
};

/** The headers of a benchmark's GraphQL request. */
export const benchHeaders = { 'content-type': 'application/json', authorization: `Bearer ${benchKey}` };
