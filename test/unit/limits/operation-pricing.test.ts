import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitDefaults } from '../../../src/limits/limit-settings.js';
import { OperationPricing } from '../../../src/limits/operation-pricing.js';
import { operationCost } from '../../../src/limits/query-cost.js';
import { shapeRules } from '../../../src/limits/shape-rules.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const page = parse('query ($n: Int) { users(first: $n) { edges { node { email } } } }');

describe('operation pricing', () => {
  it('prices a document with given variables as the cost walk does, each variable set apart', () => {
    const pricing = new OperationPricing(schema, limitDefaults, shapeRules(limitDefaults));
    for (const n of [10, 30, 10])
      expect(pricing.cost(page, undefined, { n })).toBe(
        operationCost({ schema, document: page, variables: { n }, settings: limitDefaults }),
      );
    expect(pricing.cost(page, undefined, { n: 30 })).toBeGreaterThan(
      pricing.cost(page, undefined, { n: 10 })!,
    );
  });

  it('prices a repeated operation once: a later change of the settings does not reach it', () => {
    const settings = { ...limitDefaults };
    const pricing = new OperationPricing(schema, settings, shapeRules(settings));
    const suspend = parse('mutation { suspendUser(input: { email: "a@b.co" }) { user { email } } }');
    const first = pricing.cost(suspend);
    settings.mutationCost *= 10; // a fresh walk would now price it differently
    expect(pricing.cost(suspend)).toBe(first);
    expect(new OperationPricing(schema, settings, shapeRules(settings)).cost(suspend)).not.toBe(first);
  });

  it('prices long variables every time and keeps nothing of them', () => {
    const settings = { ...limitDefaults };
    const pricing = new OperationPricing(schema, settings, shapeRules(settings));
    const suspend = parse(
      'mutation ($note: String) { suspendUser(input: { email: "a@b.co" }) { user { email } } }',
    );
    const long = { note: 'x'.repeat(5_000) };
    const short = { note: 'x' };
    const before = {
      long: pricing.cost(suspend, undefined, long),
      short: pricing.cost(suspend, undefined, short),
    };
    settings.mutationCost *= 10; // a fresh walk now prices the mutation differently
    // The short set was kept as it was priced; the long one is walked again (nothing of it was kept).
    expect(pricing.cost(suspend, undefined, short)).toBe(before.short);
    expect(pricing.cost(suspend, undefined, long)).not.toBe(before.long);
    expect(pricing.cost(suspend, undefined, long)).toBe(
      operationCost({ schema, document: suspend, variables: long, settings }),
    );
  });

  it('answers null for variables that do not fit, and the shape errors of a document too deep', () => {
    const pricing = new OperationPricing(schema, limitDefaults, shapeRules(limitDefaults));
    expect(pricing.cost(page, undefined, { n: 'many' })).toBeNull();
    expect(pricing.shapeErrors(page)).toBeNull();
    const deep = parse(
      `{ users { edges { node { groups { group { members { edges { node { groups { group { members { edges { node { email } } } } } } } } } } } } } }`,
    );
    expect(pricing.shapeErrors(deep)).toMatch(/depth/i);
  });
});
