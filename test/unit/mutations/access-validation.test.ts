import { describe, expect, it } from 'vitest';
import { productOfAri, productsIn } from '../../../mutations/access/atlassian-products.js';
import {
  checkRevocableOrgRole,
  checkRole,
  ORG_ROLES,
  PRODUCT_ROLES,
} from '../../../mutations/access/atlassian-roles.js';
import { checkEmails } from '../../../mutations/access/invite-users.js';
import { checkPolicyAttributes } from '../../../mutations/access/policy-attributes.js';

const field = ['input', 'role'];

describe('Atlassian roles', () => {
  it.each(ORG_ROLES)('accepts the org role %s', (role) =>
    expect(checkRole(role, ORG_ROLES, field)).toStrictEqual({ role }),
  );
  it.each(PRODUCT_ROLES)('accepts the product role %s', (role) =>
    expect(checkRole(role, PRODUCT_ROLES, field)).toStrictEqual({ role }),
  );
  it.each(['admin', 'Org-Admin', '', 'product-admin'])(
    'refuses %j as an org role, on the field given',
    (role) =>
      expect(checkRole(role, ORG_ROLES, field)).toStrictEqual({
        error: {
          field,
          code: 'INVALID_ROLE',
          message: expect.stringContaining('org-admin, trusted-user, user'),
        },
      }),
  );
  it('refuses to revoke the basic user role, and lets the others through', () => {
    expect(checkRevocableOrgRole('user', field)).toMatchObject({ error: { field, code: 'INVALID_ROLE' } });
    expect(checkRevocableOrgRole('org-admin', field)).toStrictEqual({ role: 'org-admin' });
    expect(checkRevocableOrgRole('owner', field)).toMatchObject({ error: { code: 'INVALID_ROLE' } });
  });
});

describe('product ARIs', () => {
  it('reads the product key of a site ARI and nothing else', () => {
    expect(productOfAri('ari:cloud:confluence::site/1b2c')).toStrictEqual({
      key: 'confluence',
      ari: 'ari:cloud:confluence::site/1b2c',
    });
    expect(productOfAri('60cb4904-149c-46a3-9c1a-e5fb245eb36a')).toBeUndefined();
    expect(productOfAri('ari:cloud:confluence::site/')).toBeUndefined();
  });
  it('collects each product once from resource IDs, skipping orgs, directories and nulls', () => {
    expect(
      productsIn([
        'org-1',
        null,
        'ari:cloud:loom::site/a',
        'ari:cloud:loom::site/a',
        'ari:cloud:jira-software::site/a',
      ]),
    ).toStrictEqual([
      { key: 'loom', ari: 'ari:cloud:loom::site/a' },
      { key: 'jira-software', ari: 'ari:cloud:jira-software::site/a' },
    ]);
  });
});

describe('invite emails', () => {
  it('normalizes well-formed emails', () =>
    expect(checkEmails([' A@Example.com '])).toStrictEqual({ emails: ['a@example.com'], errors: [] }));
  it('points at each malformed or repeated email', () => {
    const { errors } = checkEmails(['a@example.com', 'nope', 'A@EXAMPLE.COM']);
    expect(errors).toStrictEqual([
      { field: ['input', 'emails', '1'], code: 'INVALID_EMAIL', message: expect.any(String) },
      { field: ['input', 'emails', '2'], code: 'DUPLICATE_EMAIL', message: expect.any(String) },
    ]);
  });
  it.each([0, 101])('refuses %i emails', (n) =>
    expect(checkEmails(Array.from({ length: n }, (_, i) => `p${i}@example.com`)).errors).toStrictEqual([
      { field: ['input', 'emails'], code: 'INVALID_INPUT', message: expect.any(String) },
    ]),
  );
});

describe('policy attributes', () => {
  const ok: [string, Record<string, unknown>][] = [
    ['ip-allowlist', { ipRanges: ['10.0.0.0/8', '192.0.2.1/32'], allowAnonymousAccess: false }],
    ['data-residency', { realm: 'eu' }],
    ['authentication', { ssoEnforced: true, twoStepVerification: 'enforced', sessionTimeoutMinutes: 5 }],
    ['external-user', { requireTwoStepVerification: false, sessionTimeoutMinutes: 43_200 }],
    ['user-security', { apiTokensAllowed: true, apiTokenMaxDays: 365 }],
    ['authentication', { somethingAtlassianKeepsAsIs: { any: 'thing' } }],
  ];
  it.each(ok)('accepts valid %s settings', (type, attributes) =>
    expect(checkPolicyAttributes(type, attributes)).toStrictEqual([]),
  );

  const bad: [string, Record<string, unknown>, string][] = [
    ['ip-allowlist', { ipRanges: ['10.0.0.0/33'] }, 'ipRanges'],
    ['ip-allowlist', { ipRanges: '10.0.0.0/8' }, 'ipRanges'],
    ['data-residency', { realm: 'mars' }, 'realm'],
    ['authentication', { sessionTimeoutMinutes: 4 }, 'sessionTimeoutMinutes'],
    ['authentication', { twoStepVerification: 'always' }, 'twoStepVerification'],
    ['external-user', { requireTwoStepVerification: 'yes' }, 'requireTwoStepVerification'],
    ['user-security', { apiTokenMaxDays: 366 }, 'apiTokenMaxDays'],
  ];
  it.each(bad)('refuses a wrong %s value, on its own field path', (type, attributes, key) =>
    expect(checkPolicyAttributes(type, attributes)).toStrictEqual([
      {
        field: ['input', 'attributes', key],
        code: 'INVALID_POLICY_ATTRIBUTE',
        message: expect.stringContaining(key),
      },
    ]),
  );
  it.each([[['a']], ['text'], [42]])('refuses attributes that are not an object (%j)', (attributes) =>
    expect(checkPolicyAttributes('authentication', attributes)).toStrictEqual([
      { field: ['input', 'attributes'], code: 'INVALID_INPUT', message: expect.any(String) },
    ]),
  );
});
