import type { SeededRandom } from '../../core/random.js';
import type { Domain, Policy, ProductKey, ProductResource } from '../model.js';

const DAY = 86_400_000;

/** Product instances of one site: roles are granted on these ARIs. */
export function productResources(
  random: SeededRandom,
  site: string,
  keys: readonly ProductKey[],
): ProductResource[] {
  const cloudId = random.uuid();
  const urls: Record<ProductKey, string> = {
    'jira-software': `https://${site}.atlassian.net`,
    confluence: `https://${site}.atlassian.net/wiki`,
    'jira-service-desk': `https://${site}.atlassian.net/servicedesk`,
    bitbucket: `https://bitbucket.org/${site}`,
    loom: `https://www.loom.com/${site}`,
  };
  return keys.map((key) => ({ key, id: `ari:cloud:${key}::site/${cloudId}`, url: urls[key] }));
}

export function seedDomains(
  random: SeededRandom,
  claims: [string, Domain['claimType'], Domain['claimStatus']][],
): Domain[] {
  return claims.map(([name, claimType, claimStatus]) => ({
    id: random.uuid(),
    name,
    claimType,
    claimStatus,
  }));
}

/**
 * One organization's policies. `everyType` gives the main organization at least one policy of each
 * type in the vendor's enum, with the settings an admin would see for it.
 */
export function seedPolicies(
  random: SeededRandom,
  now: Date,
  directoryId: string,
  products: ProductResource[],
  everyType: boolean,
): Policy[] {
  const at = (daysBackMax: number) => {
    const created = now.getTime() - random.int(200, 900) * DAY;
    const updated = Math.max(created, now.getTime() - random.int(1, daysBackMax) * DAY);
    return { created: new Date(created).toISOString(), updated: new Date(updated).toISOString() };
  };
  const directory = [{ id: directoryId, type: 'directory' }];
  const productRefs = (keys: ProductKey[]) =>
    products.filter((p) => keys.includes(p.key)).map((p) => ({ id: p.id, type: p.key }));

  const policies: Policy[] = [
    {
      id: random.uuid(),
      type: 'authentication',
      name: 'Default authentication policy',
      status: 'enabled',
      attributes: {
        isDefault: true,
        ssoEnforced: false,
        twoStepVerification: 'optional',
        sessionTimeoutMinutes: 1440,
        passwordMinimumLength: 12,
      },
      resources: directory,
      ...at(400),
    },
    {
      id: random.uuid(),
      type: 'data-residency',
      name: 'Data residency: EU',
      status: 'enabled',
      attributes: { realm: 'eu', moveStatus: 'completed' },
      resources: productRefs(['jira-software', 'confluence']),
      ...at(300),
    },
  ];
  if (!everyType) return policies;
  policies.push(
    {
      id: random.uuid(),
      type: 'authentication',
      name: 'Employees: SSO enforced',
      status: 'enabled',
      attributes: {
        isDefault: false,
        ssoEnforced: true,
        identityProvider: 'Okta',
        twoStepVerification: 'enforced',
        sessionTimeoutMinutes: 480,
      },
      resources: directory,
      ...at(120),
    },
    {
      id: random.uuid(),
      type: 'authentication',
      name: 'Contractors and partners',
      status: 'enabled',
      attributes: {
        isDefault: false,
        ssoEnforced: false,
        twoStepVerification: 'enforced',
        sessionTimeoutMinutes: 240,
        passwordMinimumLength: 16,
      },
      resources: directory,
      ...at(90),
    },
    {
      id: random.uuid(),
      type: 'ip-allowlist',
      name: 'Office and VPN ranges',
      status: 'enabled',
      attributes: {
        ipRanges: ['203.0.113.0/24', '198.51.100.0/24', '192.0.2.0/26'],
        allowAnonymousAccess: false,
      },
      resources: productRefs(['jira-software', 'confluence', 'jira-service-desk']),
      ...at(60),
    },
    {
      id: random.uuid(),
      type: 'external-user',
      name: 'External user security',
      status: 'enabled',
      attributes: {
        requireTwoStepVerification: true,
        sessionTimeoutMinutes: 720,
        identityVerificationIntervalDays: 30,
      },
      resources: directory,
      ...at(150),
    },
    {
      id: random.uuid(),
      type: 'user-security',
      name: 'API token controls',
      status: 'disabled',
      attributes: { apiTokensAllowed: true, apiTokenMaxDays: 365, allowProfileChanges: false },
      resources: directory,
      ...at(200),
    },
  );
  return policies;
}
