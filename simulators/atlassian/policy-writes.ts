import { badRequest } from '../core/http-types.js';
import type { Organization, Policy, PolicyStatus, PolicyType } from './model.js';
import type { AtlassianState } from './state.js';
import { viaApiKey } from './user-writes.js';

type AttributeCheck = (value: unknown) => boolean;

const isBoolean: AttributeCheck = (v) => typeof v === 'boolean';
const intBetween =
  (min: number, max: number): AttributeCheck =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const oneOf =
  (...values: string[]): AttributeCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
const cidrList: AttributeCheck = (v) =>
  Array.isArray(v) && v.every((r) => typeof r === 'string' && CIDR.test(r));

/** The settings each policy type checks on update (other keys are stored as given). */
const attributeChecks: Record<PolicyType, Record<string, [AttributeCheck, string]>> = {
  'ip-allowlist': {
    ipRanges: [cidrList, 'an array of IPv4 CIDR ranges'],
    allowAnonymousAccess: [isBoolean, 'a boolean'],
  },
  'data-residency': {
    realm: [oneOf('us', 'eu', 'de', 'au', 'ca', 'sg', 'jp', 'in', 'uk'), 'a data residency realm'],
  },
  authentication: {
    ssoEnforced: [isBoolean, 'a boolean'],
    twoStepVerification: [oneOf('optional', 'enforced'), '"optional" or "enforced"'],
    sessionTimeoutMinutes: [intBetween(5, 43_200), 'an integer from 5 to 43200'],
  },
  'external-user': {
    requireTwoStepVerification: [isBoolean, 'a boolean'],
    sessionTimeoutMinutes: [intBetween(5, 43_200), 'an integer from 5 to 43200'],
  },
  'user-security': {
    apiTokensAllowed: [isBoolean, 'a boolean'],
    apiTokenMaxDays: [intBetween(1, 365), 'an integer from 1 to 365'],
  },
};

/**
 * PUT /v1/orgs/{orgId}/policies/{policyId}: changes the fields sent (attributes merge by key),
 * after checking every one of them, then records `policy_updated`.
 */
export function updatePolicy(
  state: AtlassianState,
  org: Organization,
  policy: Policy,
  body: Record<string, unknown>,
): Policy {
  const { name, status, attributes } = body;
  if (name === undefined && status === undefined && attributes === undefined)
    throw badRequest('Nothing to update: send name, status or attributes', { errorCode: 'INVALID_REQUEST' });
  if (name !== undefined && (typeof name !== 'string' || name.trim() === ''))
    throw badRequest('name must be a non-empty string', { errorCode: 'INVALID_REQUEST' });
  if (status !== undefined && status !== 'enabled' && status !== 'disabled')
    throw badRequest(`status must be "enabled" or "disabled"; got ${JSON.stringify(status)}`, {
      errorCode: 'INVALID_STATUS',
    });
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes))
      throw badRequest('attributes must be an object', { errorCode: 'INVALID_REQUEST' });
    for (const [key, value] of Object.entries(attributes)) {
      const check = attributeChecks[policy.type][key];
      if (check && !check[0](value))
        throw badRequest(`attributes.${key} of a ${policy.type} policy must be ${check[1]}`, {
          errorCode: 'INVALID_POLICY_ATTRIBUTE',
        });
    }
  }

  if (typeof name === 'string') policy.name = name;
  if (status !== undefined) policy.status = status as PolicyStatus;
  if (attributes !== undefined)
    policy.attributes = { ...policy.attributes, ...(attributes as Record<string, unknown>) };
  const event = state.recordEvent(org, {
    action: 'policy_updated',
    ...viaApiKey,
    context: [
      { key: 'policyId', value: policy.id },
      { key: 'policyName', value: policy.name },
      {
        key: 'changed',
        value: Object.keys(body)
          .filter((k) => ['name', 'status', 'attributes'].includes(k))
          .join(','),
      },
    ],
  });
  policy.updated = event.time;
  return policy;
}
