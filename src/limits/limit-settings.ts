import type { CostSettings } from './query-cost.js';

/** The limits every operation is checked against before it runs (README "Limits and cost"). */
export interface LimitSettings extends CostSettings {
  /** Deepest field nesting (`ADMINGRAPH_MAX_DEPTH`); fragments do not count as a level. */
  maxDepth: number;
  /** Aliased fields in one operation (`ADMINGRAPH_MAX_ALIASES`). */
  maxAliases: number;
  /** Fields at the root of one operation (`ADMINGRAPH_MAX_ROOT_FIELDS`). */
  maxRootFields: number;
  /** Directives in one operation (`ADMINGRAPH_MAX_DIRECTIVES`). */
  maxDirectives: number;
  /** Lexical tokens in one document, checked while parsing (`ADMINGRAPH_MAX_TOKENS`). */
  maxTokens: number;
  /** Highest static cost of one operation (`ADMINGRAPH_MAX_COST`). */
  maxCost: number;
  /** Cost each caller may spend per minute (`ADMINGRAPH_COST_BUDGET_PER_MINUTE`); also the most it may save up. */
  budgetPerMinute: number;
}

export const limitDefaults: LimitSettings = {
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  maxCost: 100_000,
  budgetPerMinute: 1_000_000,
  assumedListSize: 20,
  mutationCost: 1000,
};

/** The environment variable of each setting, for configuration and its error messages. */
export const limitVariables: Record<keyof LimitSettings, string> = {
  maxDepth: 'ADMINGRAPH_MAX_DEPTH',
  maxAliases: 'ADMINGRAPH_MAX_ALIASES',
  maxRootFields: 'ADMINGRAPH_MAX_ROOT_FIELDS',
  maxDirectives: 'ADMINGRAPH_MAX_DIRECTIVES',
  maxTokens: 'ADMINGRAPH_MAX_TOKENS',
  maxCost: 'ADMINGRAPH_MAX_COST',
  budgetPerMinute: 'ADMINGRAPH_COST_BUDGET_PER_MINUTE',
  assumedListSize: 'ADMINGRAPH_COST_LIST_SIZE',
  mutationCost: 'ADMINGRAPH_COST_MUTATION',
};

/**
 * The settings from the environment, each a positive integer, defaults for those unset. A budget
 * smaller than the largest allowed operation would refuse that operation forever: refused here.
 */
export function limitSettingsFromEnv(env: NodeJS.ProcessEnv): LimitSettings {
  const settings = { ...limitDefaults };
  for (const key of Object.keys(limitVariables) as (keyof LimitSettings)[]) {
    const name = limitVariables[key];
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name} must be a positive integer, got "${raw}"`);
    settings[key] = value;
  }
  if (settings.budgetPerMinute < settings.maxCost)
    throw new Error(
      `${limitVariables.budgetPerMinute} (${settings.budgetPerMinute}) must be at least ${limitVariables.maxCost} (${settings.maxCost})`,
    );
  return settings;
}
