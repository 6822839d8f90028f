import { badRequest, notFound } from '../../core/http-types.js';
import type { SimRequest } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import { SeededRandom } from '../../core/random.js';
import type { Router } from '../../core/router.js';
import { optionalBoolean } from '../body-fields.js';
import { integrationView, readConfigBody, rejectDuplicate, verifyWithPsa } from '../integration-config.js';
import { listQuery } from '../list-query.js';
import { integrationTypes, type IntegrationType, type JumpCloudIntegration } from '../model.js';
import { newIntegration } from '../seed.js';
import type { JumpCloudStore } from '../store.js';

const MAX_COMPANY_TYPE_IDS = 150;

/**
 * PSA integrations: create/read/update/delete per type, the PSA's companies and billing objects,
 * settings, and recent sync errors (https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers).
 * Operation IDs are JumpCloud's (`connectwise_getConfiguration`) in camelCase.
 */
export function addIntegrationRoutes(router: Router, store: JumpCloudStore): void {
  router.get('/api/v2/providers/{provider_id}/integrations', 'providersRetrieveIntegrations', (req) => {
    store.requireProvider(req);
    const rows = store.data.integrations.map((i) => ({ integrationId: i.id, type: i.type }));
    const page = listQuery(req, rows, { fields: ['integrationId', 'type'], projection: false });
    return { body: { records: page.items, totalCount: page.totalCount } };
  });

  router.get(
    '/api/v2/integrations/{integration_type}/{UUID}/errors',
    'mtpIntegrationRetrieveSyncErrors',
    (req) => {
      const type = req.params.integration_type as IntegrationType;
      if (!integrationTypes.includes(type))
        throw badRequest(
          `Unknown integration type "${req.params.integration_type}" (use ${integrationTypes.join(', ')})`,
        );
      const integration = store.integration(type, req.params.UUID);
      const records = integration.syncErrors.slice().sort((a, b) => (a.timestamp < b.timestamp ? 1 : -1));
      return { body: { records, totalCount: records.length } };
    },
  );

  for (const type of integrationTypes) addConfigurationRoutes(router, store, type);
  addConnectWiseCatalogRoutes(router, store);
  addAutotaskCatalogRoutes(router, store);

  router.get(
    '/api/v2/integrations/syncro/{UUID}/billing_mapping_configuration_options',
    'syncroRetrieveBillingMappingConfigurationOptions',
    (req) => {
      const integration = store.integration('syncro', req.params.UUID);
      const page = listQuery(req, integration.billingOptions, { fields: ['name'] });
      return { body: { options: page.items } };
    },
  );
}

function addConfigurationRoutes(router: Router, store: JumpCloudStore, type: IntegrationType): void {
  // Operation IDs are JumpCloud's `<type>_<verb>` in camelCase: connectwiseGetConfiguration, syncroGetConfiguration, ...
  const name = type;
  router.post(`/api/v2/providers/{provider_id}/integrations/${type}`, `${name}CreateConfiguration`, (req) => {
    store.requireProvider(req);
    const { config, credentials } = readConfigBody(type, objectBody(req), 'create');
    verifyWithPsa(type, config);
    rejectDuplicate(type, config, store.data.integrations);
    const random = new SeededRandom(store.seed).fork(`integration-created-${++store.writeSequence}`);
    const integration = newIntegration(
      type,
      random.uuid(),
      config,
      random,
      store.organizationNames(),
      credentials,
    );
    integration.isMspAuthConfigured = true;
    store.data.integrations.push(integration);
    return { status: 201, body: { integrationId: integration.id } };
  });

  router.get(`/api/v2/integrations/${type}/{UUID}`, `${name}GetConfiguration`, (req) => ({
    body: integrationView(store.integration(type, req.params.UUID)),
  }));

  router.patch(`/api/v2/integrations/${type}/{UUID}`, `${name}UpdateConfiguration`, (req) => {
    const integration = store.integration(type, req.params.UUID);
    const { config, credentials } = readConfigBody(type, objectBody(req), 'update');
    const merged = { ...integration.config, ...config };
    verifyWithPsa(type, merged);
    rejectDuplicate(type, merged, store.data.integrations, integration.id);
    integration.config = merged;
    integration.credentials = { ...integration.credentials, ...credentials };
    integration.isMspAuthConfigured = true;
    return { body: integrationView(integration) };
  });

  router.delete(`/api/v2/integrations/${type}/{UUID}`, `${name}DeleteConfiguration`, (req) => {
    const integration = store.integration(type, req.params.UUID);
    store.data.integrations = store.data.integrations.filter((i) => i !== integration);
    return { status: 204 };
  });

  router.get(`/api/v2/integrations/${type}/{UUID}/settings`, `${name}RetrieveSettings`, (req) => ({
    body: store.integration(type, req.params.UUID).settings,
  }));

  router.patch(`/api/v2/integrations/${type}/{UUID}/settings`, `${name}PatchSettings`, (req) => {
    const integration = store.integration(type, req.params.UUID);
    const body = objectBody(req);
    const automaticTicketing = optionalBoolean(body, 'automaticTicketing');
    const companyTypeIds =
      type === 'syncro' ? undefined : readCompanyTypeIds(body.companyTypeIds, integration);
    if (type === 'syncro' && body.companyTypeIds !== undefined)
      throw badRequest('Syncro settings have no companyTypeIds');
    if (automaticTicketing !== undefined) integration.settings.automaticTicketing = automaticTicketing;
    if (companyTypeIds !== undefined) integration.settings.companyTypeIds = companyTypeIds;
    return { body: integration.settings };
  });

  router.get(`/api/v2/integrations/${type}/{UUID}/companies`, `${name}RetrieveCompanies`, (req) => {
    const integration = store.integration(type, req.params.UUID);
    const page = listQuery(req, integration.companies, { fields: ['id', 'name'] });
    return { body: { records: page.items, totalCount: page.totalCount } };
  });

  if (type !== 'syncro')
    router.get(`/api/v2/integrations/${type}/{UUID}/companytypes`, `${name}RetrieveCompanyTypes`, (req) => {
      const { companyTypes } = store.integration(type, req.params.UUID);
      return { body: { records: companyTypes, totalCount: companyTypes.length } };
    });
}

/** Company type IDs must name types the PSA has; JumpCloud keeps at most 150. */
function readCompanyTypeIds(raw: unknown, integration: JumpCloudIntegration): number[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'number' || !Number.isInteger(id)))
    throw badRequest('"companyTypeIds" must be an array of integers');
  if (raw.length > MAX_COMPANY_TYPE_IDS)
    throw badRequest(`"companyTypeIds" takes at most ${MAX_COMPANY_TYPE_IDS} IDs`);
  const unknown = (raw as number[]).filter((id) => !integration.companyTypes.some((t) => t.id === id));
  if (unknown.length) throw badRequest(`Unknown company type IDs: ${unknown.join(', ')}`);
  return [...new Set(raw as number[])];
}

function addConnectWiseCatalogRoutes(router: Router, store: JumpCloudStore): void {
  router.get('/api/v2/integrations/connectwise/{UUID}/agreements', 'connectwiseRetrieveAgreements', (req) => {
    const integration = store.integration('connectwise', req.params.UUID);
    const page = listQuery(req, integration.agreements, { fields: ['id', 'name', 'companyId'] });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  router.get(
    '/api/v2/integrations/connectwise/{UUID}/agreements/{agreement_ID}/additions',
    'connectwiseRetrieveAdditions',
    (req: SimRequest) => {
      const integration = store.integration('connectwise', req.params.UUID);
      const additions = integration.additions.get(req.params.agreement_ID);
      if (!additions) throw notFound(`Agreement ${req.params.agreement_ID} not found`);
      const page = listQuery(req, additions, { fields: ['id', 'name'] });
      return { body: { results: page.items, totalCount: page.totalCount } };
    },
  );
}

function addAutotaskCatalogRoutes(router: Router, store: JumpCloudStore): void {
  router.get('/api/v2/integrations/autotask/{UUID}/contracts', 'autotaskRetrieveContracts', (req) => {
    const integration = store.integration('autotask', req.params.UUID);
    const page = listQuery(req, integration.contracts, { fields: ['id', 'name', 'companyId'] });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  router.get('/api/v2/integrations/autotask/{UUID}/contracts/services', 'autotaskRetrieveServices', (req) => {
    const integration = store.integration('autotask', req.params.UUID);
    const page = listQuery(req, integration.services, { fields: ['id', 'name', 'contractId'] });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  router.get(
    '/api/v2/integrations/autotask/{UUID}/contracts/fields',
    'autotaskRetrieveContractsFields',
    (req) => {
      const { contractFields } = store.integration('autotask', req.params.UUID);
      return { body: { results: contractFields, totalCount: contractFields.length } };
    },
  );
}
