import { describe, expect, it } from 'vitest';
import { limitDefaults, limitSettingsFromEnv, limitVariables } from '../../../src/limits/limit-settings.js';

describe('limit settings from the environment', () => {
  it('are the defaults when unset', () => {
    expect(limitSettingsFromEnv({})).toStrictEqual(limitDefaults);
  });

  it('read every variable', () => {
    const env = Object.fromEntries(Object.values(limitVariables).map((name, i) => [name, String(1000 + i)]));
    env[limitVariables.budgetPerMinute] = '999999';
    const settings = limitSettingsFromEnv(env);
    for (const [key, name] of Object.entries(limitVariables))
      expect(settings[key as keyof typeof settings], name).toBe(Number(env[name]));
  });

  it('refuse values that are not positive integers, naming the variable', () => {
    expect(() => limitSettingsFromEnv({ ADMINGRAPH_MAX_DEPTH: '0' })).toThrow(/ADMINGRAPH_MAX_DEPTH/);
    expect(() => limitSettingsFromEnv({ ADMINGRAPH_MAX_COST: 'lots' })).toThrow(/ADMINGRAPH_MAX_COST/);
  });

  it('refuse a budget smaller than the largest operation allowed', () => {
    expect(() =>
      limitSettingsFromEnv({ ADMINGRAPH_MAX_COST: '5000', ADMINGRAPH_COST_BUDGET_PER_MINUTE: '4999' }),
    ).toThrow(/ADMINGRAPH_COST_BUDGET_PER_MINUTE/);
  });
});
