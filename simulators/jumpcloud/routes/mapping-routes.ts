import { badRequest } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import type { Router } from '../../core/router.js';
import {
  optionalBoolean,
  optionalObject,
  requiredObject,
  requiredString,
  type Body,
} from '../body-fields.js';
import { listQuery } from '../list-query.js';
import {
  integrationTypes,
  type IdName,
  type IntegrationMapping,
  type IntegrationType,
  type JumpCloudIntegration,
} from '../model.js';
import type { JumpCloudStore } from '../store.js';

const mappingFields: Record<IntegrationType, string[]> = {
  connectwise: [
    'organization',
    'organization.id',
    'organization.name',
    'company',
    'company.id',
    'company.name',
    'agreement',
    'agreement.id',
    'agreement.name',
    'addition',
    'addition.id',
    'addition.name',
    'lastSyncDateTime',
    'lastSyncStatus',
  ],
  autotask: [
    'organization',
    'organization.id',
    'organization.name',
    'company',
    'company.id',
    'company.name',
    'contract',
    'contract.id',
    'contract.name',
    'service',
    'service.id',
    'service.name',
    'lastSyncDateTime',
    'lastSyncStatus',
  ],
  syncro: [
    'organization',
    'organization.id',
    'organization.name',
    'company',
    'company.id',
    'company.name',
    'billingConfigurations',
    'lastSyncDateTime',
    'lastSyncStatus',
  ],
};

/**
 * Mapping tables: which JumpCloud organization bills to which PSA company (and ConnectWise
 * agreement/addition, Autotask contract/service, Syncro schedule/line item).
 * https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers/operation/connectwise_patchMappings
 * A PATCH is all or nothing: every row is checked before any is applied, so a bad row leaves the table as it was.
 */
export function addMappingRoutes(router: Router, store: JumpCloudStore): void {
  for (const type of integrationTypes) {
    router.get(`/api/v2/integrations/${type}/{UUID}/mappings`, `${type}RetrieveMappings`, (req) => {
      const integration = store.integration(type, req.params.UUID);
      const page = listQuery(req, [...integration.mappings.values()], { fields: mappingFields[type] });
      return { body: { records: page.items, totalCount: page.totalCount } };
    });

    router.patch(`/api/v2/integrations/${type}/{UUID}/mappings`, `${type}PatchMappings`, (req) => {
      const integration = store.integration(type, req.params.UUID);
      const body = objectBody(req);
      if (!Array.isArray(body.data)) throw badRequest('"data" must be an array of mapping rows');
      const seen = new Set<string>();
      const changes = body.data.map((row: unknown, index: number) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row))
          throw badRequest(`data[${index}] must be an object`);
        const change = readRow(store, integration, row as Body, index);
        if (seen.has(change.organizationId))
          throw badRequest(`data[${index}]: organization ${change.organizationId} appears twice`);
        seen.add(change.organizationId);
        return change;
      });
      for (const change of changes) {
        if (change.mapping) integration.mappings.set(change.organizationId, change.mapping);
        else integration.mappings.delete(change.organizationId);
      }
      return { status: 204 };
    });
  }
}

interface RowChange {
  organizationId: string;
  /** Undefined for a delete. */
  mapping?: IntegrationMapping;
}

function readRow(
  store: JumpCloudStore,
  integration: JumpCloudIntegration,
  row: Body,
  index: number,
): RowChange {
  const at = `data[${index}]`;
  const organizationRef = requiredObject(row, 'organization');
  const organizationId = requiredString(organizationRef, 'id');
  const organization = store.data.organizations.find((o) => o.id === organizationId);
  if (!organization) throw badRequest(`${at}: unknown organization ${organizationId}`);
  if (optionalBoolean(row, 'delete')) {
    if (!integration.mappings.has(organizationId))
      throw badRequest(`${at}: organization ${organizationId} has no mapping to delete`);
    return { organizationId };
  }

  const companyId = requiredString(requiredObject(row, 'company'), 'id');
  const company = integration.companies.find((c) => c.id === companyId);
  if (!company)
    throw badRequest(`${at}: ${integration.type} integration ${integration.id} has no company ${companyId}`);
  const mapping: IntegrationMapping = {
    organization: { id: organization.id, name: organization.name },
    company: { ...company },
  };

  if (integration.type === 'connectwise') {
    const agreementId = refId(row, 'agreement');
    const additionId = refId(row, 'addition');
    if (additionId && !agreementId) throw badRequest(`${at}: an addition needs its agreement`);
    if (agreementId) {
      const agreement = integration.agreements.find(
        (a) => a.id === agreementId && a.companyId === company.id,
      );
      if (!agreement) throw badRequest(`${at}: company ${company.id} has no agreement ${agreementId}`);
      mapping.agreement = { id: agreement.id, name: agreement.name };
      if (additionId)
        mapping.addition = pick(
          integration.additions.get(agreement.id) ?? [],
          additionId,
          `${at}: agreement ${agreement.id} has no addition`,
        );
    }
  }
  if (integration.type === 'autotask') {
    const contractId = refId(row, 'contract');
    const serviceId = refId(row, 'service');
    if (serviceId && !contractId) throw badRequest(`${at}: a service needs its contract`);
    if (contractId) {
      const contract = integration.contracts.find((c) => c.id === contractId && c.companyId === company.id);
      if (!contract) throw badRequest(`${at}: company ${company.id} has no contract ${contractId}`);
      mapping.contract = { id: contract.id, name: contract.name };
      if (serviceId) {
        const service = integration.services.find((s) => s.id === serviceId && s.contractId === contract.id);
        if (!service) throw badRequest(`${at}: contract ${contract.id} has no service ${serviceId}`);
        mapping.service = { id: service.id, name: service.name, nonBillableUsers: 0 };
      }
    }
  }
  if (integration.type === 'syncro') {
    const billing = optionalObject(row, 'billingConfigurations');
    if (billing) mapping.billingConfigurations = readSyncroBilling(integration, billing, at);
  }
  return { organizationId, mapping };
}

/** The `id` of an optional `{id, name}` reference; `{}` (the reference's "none") reads as absent. */
function refId(row: Body, key: string): string | undefined {
  const ref = optionalObject(row, key);
  if (!ref || ref.id === undefined) return undefined;
  if (typeof ref.id !== 'string' || ref.id === '') throw badRequest(`"${key}.id" must be a non-empty string`);
  return ref.id;
}

function pick(items: IdName[], id: string, message: string): IdName {
  const found = items.find((i) => i.id === id);
  if (!found) throw badRequest(`${message} ${id}`);
  return { id: found.id, name: found.name };
}

/** Syncro billing: `fields.schedule_id.value` must be one of the PSA's schedules, `line_item_id` one of its lines. */
function readSyncroBilling(
  integration: JumpCloudIntegration,
  billing: Body,
  at: string,
): IntegrationMapping['billingConfigurations'] {
  const fields = requiredObject(billing, 'fields');
  const valueOf = (key: string) => {
    const field = optionalObject(fields, key);
    return field?.value;
  };
  const scheduleId = Number(valueOf('schedule_id'));
  const schedule = integration.billingOptions[0]?.values.find((s) => s.value === scheduleId);
  if (!schedule) throw badRequest(`${at}: unknown Syncro schedule ${String(valueOf('schedule_id'))}`);
  const lineId = Number(valueOf('line_item_id'));
  const line = schedule.lines?.find((l) => l.value === lineId);
  if (!line)
    throw badRequest(`${at}: schedule ${schedule.value} has no line item ${String(valueOf('line_item_id'))}`);
  return {
    fields: {
      schedule_id: { value: schedule.value },
      schedule_name: { value: schedule.label },
      line_item_id: { value: line.value },
      line_item_name: { value: line.label },
    },
  };
}
