import { notFound } from '../../core/http-types.js';
import type { Router } from '../../core/router.js';
import { listQuery } from '../list-query.js';
import type { JumpCloudStore } from '../store.js';

/** Configured policy templates and policy group templates (https://docs.jumpcloud.com/api/2.0/index.html#tag/Policy-Group-Templates). */
export function addPolicyTemplateRoutes(router: Router, store: JumpCloudStore): void {
  router.get(
    '/api/v2/providers/{provider_id}/configuredpolicytemplates',
    'policyGroupTemplatesListConfiguredPolicyTemplates',
    (req) => {
      store.requireProvider(req);
      const page = listQuery(req, store.data.configuredPolicyTemplates, {
        fields: ['id', 'name', 'policyTemplateId'],
        projection: false,
      });
      return { body: { records: page.items, totalCount: page.totalCount } };
    },
  );

  router.get(
    '/api/v2/providers/{provider_id}/configuredpolicytemplates/{id}',
    'policyGroupTemplatesGetConfiguredPolicyTemplate',
    (req) => {
      store.requireProvider(req);
      const template = store.data.configuredPolicyTemplates.find((t) => t.id === req.params.id);
      if (!template) throw notFound(`Configured policy template ${req.params.id} not found`);
      return { body: template };
    },
  );

  router.get('/api/v2/providers/{provider_id}/policygrouptemplates', 'policyGroupTemplatesList', (req) => {
    store.requireProvider(req);
    const page = listQuery(req, store.data.policyGroupTemplates, {
      fields: ['id', 'name', 'description', 'members'],
    });
    return { body: { results: page.items, totalCount: page.totalCount } };
  });

  router.delete(
    '/api/v2/providers/{provider_id}/policygrouptemplates/{id}',
    'policyGroupTemplatesDelete',
    (req) => {
      store.requireProvider(req);
      const index = store.data.policyGroupTemplates.findIndex((t) => t.id === req.params.id);
      if (index < 0) throw notFound(`Policy group template ${req.params.id} not found`);
      store.data.policyGroupTemplates.splice(index, 1);
      return { status: 204 };
    },
  );
}
