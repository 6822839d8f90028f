import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeyPrincipal, matchApiKey, parseApiKeys } from '../../../src/auth/api-keys.js';
import { roleFromClaim } from '../../../src/auth/oidc.js';

describe('ADMINGRAPH_API_KEYS', () => {
  const plain = 'a-long-enough-plain-key-1';
  const hashed = 'another-long-enough-key-2';
  const digest = createHash('sha256').update(hashed).digest('hex');

  it('parses plain and sha256 keys with roles and optional names, keeping only digests', () => {
    const entries = parseApiKeys(`${plain}:viewer:dashboards, sha256:${digest}:operator`);
    expect(entries.map((e) => [e.name, e.role])).toEqual([
      ['dashboards', 'viewer'],
      [`sha256-${digest.slice(0, 12)}`, 'operator'],
    ]);
    expect(JSON.stringify(entries)).not.toContain(plain);
    expect(apiKeyPrincipal(matchApiKey(entries, plain)!)).toEqual({
      id: 'key:dashboards',
      role: 'viewer',
      method: 'api-key',
    });
    expect(matchApiKey(entries, hashed)?.role).toBe('operator');
    expect(matchApiKey(entries, digest)).toBeUndefined();
    expect(matchApiKey(entries, `${plain}x`)).toBeUndefined();
  });

  it('refuses malformed entries with a message that names the entry, not its key', () => {
    expect(() => parseApiKeys(`${plain}:root`)).toThrow(/entry 1 has role "root"/);
    expect(() => parseApiKeys(`${plain}`)).toThrow(/entry 1 must be/);
    expect(() => parseApiKeys('short:admin')).toThrow(/shorter than 16/);
    expect(() => parseApiKeys(`${plain}:admin,sha256:abc:admin`)).toThrow(/entry 2 is sha256: but not/);
    try {
      parseApiKeys(`${plain}:root`);
    } catch (error) {
      expect((error as Error).message).not.toContain(plain);
    }
  });
});

describe('the OIDC role claim', () => {
  it('takes the highest AdminGraph role named, as a string or a list, viewer otherwise', () => {
    expect(roleFromClaim('OPERATOR')).toBe('operator');
    expect(roleFromClaim(['viewer', 'admin', 'other'])).toBe('admin');
    expect(roleFromClaim(['root'])).toBe('viewer');
    expect(roleFromClaim(undefined)).toBe('viewer');
  });
});
