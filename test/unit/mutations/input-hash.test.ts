import { describe, expect, it } from 'vitest';
import { canonicalJson, hashInput, normalizeInput } from '../../../mutations/input-hash.js';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and drops null and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"z":true}]},"b":1}',
    );
  });

  it('keeps array order (it can matter)', () => {
    expect(canonicalJson(['SNOW', 'BETTERCLOUD'])).not.toBe(canonicalJson(['BETTERCLOUD', 'SNOW']));
  });
});

describe('hashInput', () => {
  const input = { email: 'a@example.com', vendors: ['BETTERCLOUD'] };

  it('is the same for the same meaning: key order, explicit nulls, control fields', () => {
    const same = hashInput(input);
    expect(hashInput({ vendors: ['BETTERCLOUD'], email: 'a@example.com' })).toBe(same);
    expect(hashInput({ ...input, userId: null })).toBe(same);
    expect(hashInput({ ...input, idempotencyKey: 'k', dryRun: false })).toBe(same);
  });

  it('differs when what the mutation does differs', () => {
    expect(hashInput({ ...input, vendors: ['SNOW'] })).not.toBe(hashInput(input));
    expect(hashInput({ ...input, email: 'b@example.com' })).not.toBe(hashInput(input));
  });
});

describe('normalizeInput', () => {
  it('makes the same email in another case (or with spaces) the same request', () => {
    const plain = { email: 'jsmith@example.com', vendors: ['SNOW'] };
    expect(hashInput(normalizeInput({ ...plain, email: ' JSmith@Example.COM ' }))).toBe(
      hashInput(normalizeInput(plain)),
    );
    expect(normalizeInput({ invites: [{ emails: ['A@X.io'], name: 'Ann B' }] })).toEqual({
      invites: [{ emails: ['a@x.io'], name: 'Ann B' }],
    });
  });
});
