import { userError, type UserErrorModel } from '../user-errors.js';

/**
 * The policy settings Atlassian checks on update, per policy type (specs/atlassian-admin.yaml,
 * AtlassianPolicy.attributes). Checked here first so a wrong value is a userError with its field path
 * rather than the vendor's 400 after the call. Keys not listed are passed through as Atlassian stores them.
 */
type Check = [(value: unknown) => boolean, string];

const isBoolean: Check[0] = (v) => typeof v === 'boolean';
const intBetween =
  (min: number, max: number): Check[0] =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const oneOf =
  (...values: string[]): Check[0] =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
const cidrList: Check[0] = (v) => Array.isArray(v) && v.every((r) => typeof r === 'string' && CIDR.test(r));

const SESSION_TIMEOUT: Check = [intBetween(5, 43_200), 'an integer from 5 to 43200'];

export const policyAttributeChecks: Record<string, Record<string, Check>> = {
  'ip-allowlist': {
    ipRanges: [cidrList, 'a list of IPv4 CIDR ranges'],
    allowAnonymousAccess: [isBoolean, 'a boolean'],
  },
  'data-residency': {
    realm: [
      oneOf('us', 'eu', 'de', 'au', 'ca', 'sg', 'jp', 'in', 'uk'),
      'one of us, eu, de, au, ca, sg, jp, in, uk',
    ],
  },
  authentication: {
    ssoEnforced: [isBoolean, 'a boolean'],
    twoStepVerification: [oneOf('optional', 'enforced'), '"optional" or "enforced"'],
    sessionTimeoutMinutes: SESSION_TIMEOUT,
  },
  'external-user': {
    requireTwoStepVerification: [isBoolean, 'a boolean'],
    sessionTimeoutMinutes: SESSION_TIMEOUT,
  },
  'user-security': {
    apiTokensAllowed: [isBoolean, 'a boolean'],
    apiTokenMaxDays: [intBetween(1, 365), 'an integer from 1 to 365'],
  },
};

/** userErrors for `attributes` of a policy of this vendor type: an object, each checked key of the right kind. */
export function checkPolicyAttributes(policyType: string | null, attributes: unknown): UserErrorModel[] {
  const field = ['input', 'attributes'];
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes))
    return [userError(field, '`attributes` must be a JSON object of settings', 'INVALID_INPUT')];
  const checks = policyAttributeChecks[policyType ?? ''] ?? {};
  return Object.entries(attributes).flatMap(([key, value]) => {
    const check = checks[key];
    if (!check || check[0](value)) return [];
    return [
      userError(
        [...field, key],
        `${key} of a ${policyType} policy must be ${check[1]} (got ${JSON.stringify(value)})`,
        'INVALID_POLICY_ATTRIBUTE',
      ),
    ];
  });
}
