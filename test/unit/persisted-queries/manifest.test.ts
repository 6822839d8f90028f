import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePersistedOperations } from '../../../src/persisted-queries/manifest.js';

const text = 'query A { __typename }';
const sha256 = createHash('sha256').update(text).digest('hex');

describe('persisted-operation manifests', () => {
  it("reads graphql-codegen's hash → text object, by id and by SHA-256", () => {
    const operations = parsePersistedOperations({ abc123: text });
    expect(operations.byId.get('abc123')).toBe(text);
    expect(operations.byId.get(sha256)).toBe(text);
    expect(operations.texts.has('query A{__typename}')).toBe(true);
  });

  it("reads Apollo's persisted query manifest", () => {
    const operations = parsePersistedOperations({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: 'op-1', body: text, name: 'A', type: 'query' }],
    });
    expect(operations.byId.get('op-1')).toBe(text);
    expect(operations.byId.get(sha256)).toBe(text);
  });

  it('refuses anything else', () => {
    expect(() => parsePersistedOperations({ abc: 42 })).toThrow();
    expect(() => parsePersistedOperations(['query A { __typename }'])).toThrow();
  });
});
