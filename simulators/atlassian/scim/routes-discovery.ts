import type { SimRequest } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import {
  allSchemaDocuments,
  resourceTypeDocument,
  schemaDocument,
  serviceProviderConfig,
} from './discovery.js';
import { LIST_RESPONSE_SCHEMA, ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from './schema-urns.js';

type DirectoryBase = (req: SimRequest) => string;

/**
 * /Schemas, /ResourceTypes and /ServiceProviderConfig with their single-resource variants. The doc
 * types these answers as `string`; they are JSON objects (RFC 7644 §4), as Atlassian really sends.
 * https://developer.atlassian.com/cloud/admin/user-provisioning/rest/api-group-schemas/
 */
export function addDiscoveryRoutes(router: Router, directoryBase: DirectoryBase): void {
  const base = '/scim/directory/{directoryId}';
  const list = (resources: unknown[]) => ({
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  });

  router
    .get(`${base}/Schemas`, 'getSchemas', (req) => ({ body: list(allSchemaDocuments(directoryBase(req))) }))
    .get(`${base}/Schemas/${USER_SCHEMA}`, 'getUserSchemas', (req) => ({
      body: schemaDocument(USER_SCHEMA, directoryBase(req)),
    }))
    .get(`${base}/Schemas/${GROUP_SCHEMA}`, 'getGroupSchemas', (req) => ({
      body: schemaDocument(GROUP_SCHEMA, directoryBase(req)),
    }))
    .get(`${base}/Schemas/${ENTERPRISE_USER_SCHEMA}`, 'getExtensionUserSchemas', (req) => ({
      body: schemaDocument(ENTERPRISE_USER_SCHEMA, directoryBase(req)),
    }))
    .get(`${base}/ResourceTypes`, 'getResourceTypes', (req) => {
      const baseUrl = directoryBase(req);
      return { body: list([resourceTypeDocument('User', baseUrl), resourceTypeDocument('Group', baseUrl)]) };
    })
    .get(`${base}/ResourceTypes/User`, 'getUserResourceType', (req) => ({
      body: resourceTypeDocument('User', directoryBase(req)),
    }))
    .get(`${base}/ResourceTypes/Group`, 'getGroupResourceType', (req) => ({
      body: resourceTypeDocument('Group', directoryBase(req)),
    }))
    .get(`${base}/ServiceProviderConfig`, 'getConfig', (req) => ({
      body: serviceProviderConfig(directoryBase(req)),
    }));
}
