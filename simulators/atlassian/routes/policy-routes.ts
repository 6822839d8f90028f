import { badRequest, notFound } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import { cursorPage } from '../cursor-page.js';
import type { Organization, PolicyType } from '../model.js';
import { policyTypes } from '../model.js';
import { updatePolicy } from '../policy-writes.js';
import { renderPolicy } from '../render.js';
import type { AtlassianState } from '../state.js';
import type { AddRoute } from './route-table.js';

/** Organization policies: https://developer.atlassian.com/cloud/admin/organization/rest/api-group-policies/ */
export function policyRoutes(route: AddRoute, state: AtlassianState): void {
  const policy = (org: Organization, policyId: string) => {
    const found = org.policies.find((p) => p.id === policyId);
    if (!found) throw notFound(`Policy ${policyId} not found`, { errorCode: 'POLICY_NOT_FOUND' });
    return found;
  };

  route('GET', '/v1/orgs/{orgId}/policies', 'getOrganizationPolicies', (req) => {
    const org = state.org(req.params.orgId);
    const type = req.query.get('type');
    if (type !== null && !(policyTypes as readonly string[]).includes(type))
      throw badRequest(`type must be one of ${policyTypes.join(', ')}; got "${type}"`, {
        errorCode: 'INVALID_FILTER',
      });
    const page = cursorPage(req, {
      items: org.policies,
      rank: (p) => org.policies.indexOf(p),
      list: `policies.${org.id}`,
      matches: type === null ? undefined : (p) => p.type === (type as PolicyType),
    });
    return { body: { ...page, data: page.data.map(renderPolicy) } };
  });

  route('GET', '/v1/orgs/{orgId}/policies/{policyId}', 'getPolicyById', (req) => {
    const org = state.org(req.params.orgId);
    return { body: renderPolicy(policy(org, req.params.policyId)) };
  });

  route('PUT', '/v1/orgs/{orgId}/policies/{policyId}', 'updatePolicy', (req) => {
    const org = state.org(req.params.orgId);
    return {
      body: renderPolicy(updatePolicy(state, org, policy(org, req.params.policyId), objectBody(req))),
    };
  });
}
