import { describe, expect, it } from 'vitest';
import { BadUserInputError, NotFoundError } from '../../../common/errors.js';
import { assertPlainPath, pathSegment } from '../../../datasources/http/path-segment.js';
import { pathScope } from '../../../datasources/http/path-scope.js';

describe('vendor path segments', () => {
  it('encode what a segment may hold, `:` of Atlassian account IDs included', () => {
    expect(pathSegment('712020:2409df52')).toBe('712020%3A2409df52');
    expect(pathSegment('a/b?c')).toBe('a%2Fb%3Fc');
    // Percent signs are encoded, so `%2e` can never decode to a dot segment.
    expect(pathSegment('%2e%2e')).toBe('%252e%252e');
  });

  it.each(['', '.', '..'])('refuse %j, which would change the path called', (value) => {
    expect(() => pathSegment(value)).toThrow(BadUserInputError);
  });

  it('whole paths with a dot or empty segment, raw or percent-encoded, are refused', () => {
    for (const path of ['/v1/groups/..', '/v1/groups/.', '/v1/groups/%2E%2e', '/v1/groups/.%2e/x', '/v1//x'])
      expect(() => assertPlainPath(path), path).toThrow(BadUserInputError);
    expect(() => assertPlainPath('/v1/groups/g-1/members?page=..')).not.toThrow();
  });
});

describe('the tenant path scope', () => {
  const scope = pathScope('ATLASSIAN', [
    { prefix: ['v1', 'orgs', ':organization'], allowed: { organization: 'org-a' } },
    {
      prefix: ['v2', 'orgs', ':organization', 'directories', ':directory'],
      allowed: { organization: 'org-a', directory: 'dir-a' },
    },
  ]);

  it('lets the served organization and directory through, and paths it does not govern', () => {
    expect(() => scope('/v1/orgs/org-a/policies/p-1')).not.toThrow();
    expect(() => scope('/v2/orgs/org-a/directories/dir-a/users')).not.toThrow();
    expect(() => scope('/v1/orgs')).not.toThrow();
  });

  it('answers NOT_FOUND for another organization or directory, encoded or not', () => {
    for (const path of [
      '/v1/orgs/org-b',
      '/v1/orgs/org-b/events?cursor=x',
      '/v2/orgs/org-a/directories/dir-b/users',
      '/v1/orgs/org%2Db',
    ])
      expect(() => scope(path), path).toThrow(NotFoundError);
  });
});
