import { notFound } from '../../core/http-types.js';
import { cursorPage } from '../cursor-page.js';
import { renderDomain, renderGroup, renderOrganization } from '../render.js';
import type { AtlassianState } from '../state.js';
import type { AddRoute } from './route-table.js';

/** Organizations, their domains and groups: https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/ */
export function organizationRoutes(route: AddRoute, state: AtlassianState): void {
  route('GET', '/v1/orgs', 'getOrganizations', (req) => {
    const page = cursorPage(req, { items: state.orgs, rank: (o) => o.seq, list: 'orgs' });
    return { body: { ...page, data: page.data.map(renderOrganization) } };
  });

  route('GET', '/v1/orgs/{orgId}', 'getOrganizationById', (req) => ({
    body: renderOrganization(state.org(req.params.orgId)),
  }));

  route('GET', '/v1/orgs/{orgId}/domains', 'getOrganizationDomains', (req) => {
    const org = state.org(req.params.orgId);
    const page = cursorPage(req, {
      items: org.domains,
      rank: (d) => org.domains.indexOf(d),
      list: `domains.${org.id}`,
    });
    return { body: { ...page, data: page.data.map(renderDomain) } };
  });

  route('GET', '/v1/orgs/{orgId}/domains/{domainId}', 'getDomainById', (req) => {
    const org = state.org(req.params.orgId);
    const domain = org.domains.find((d) => d.id === req.params.domainId);
    if (!domain) throw notFound(`Domain ${req.params.domainId} not found`, { errorCode: 'DOMAIN_NOT_FOUND' });
    return { body: renderDomain(domain) };
  });

  route('GET', '/v1/orgs/{orgId}/groups', 'getOrganizationGroups', (req) => {
    const org = state.org(req.params.orgId);
    const page = cursorPage(req, { items: org.groups, rank: (g) => g.seq, list: `groups.${org.id}` });
    return { body: { ...page, data: page.data.map(renderGroup) } };
  });
}
