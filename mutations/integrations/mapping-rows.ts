import type { JumpCloudMappingRow, JumpCloudIdName } from '../../datasources/writes.js';
import type { GatewayContext } from '../context.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import {
  inputField,
  jumpCloudWriteReads,
  organizationExternalId,
  psaNames,
  type PsaIntegration,
} from './psa-integration.js';

/** `IntegrationMappingRowInput`. */
export interface MappingRowInput {
  organizationId: string;
  companyId?: string | null;
  agreementId?: string | null;
  additionId?: string | null;
  /** Syncro only: the schedule and line item to bill on. */
  billingConfiguration?: { scheduleId: number; lineItemId: number } | null;
  delete?: boolean | null;
}

/** The billing objects a row may name: ConnectWise agreements/additions, Autotask contracts/services. */
interface BillingCatalog {
  /** Agreement (contract) ID → its company ID. */
  agreements: Map<string, string>;
  /** Agreement (contract) ID → the IDs of its additions (services). */
  additions: Map<string, Set<string>>;
}

const given = (value: string | null | undefined): value is string => value !== undefined && value !== null;

/**
 * Checks every row against JumpCloud before anything is sent (the vendor would answer one 400 for
 * the first bad row; here each bad row gets its own userError with its path), and builds the PATCH
 * rows. Reads, in parallel and only what the rows need: the provider's organizations, the PSA's
 * companies, the current mappings (for deletes), agreements or contracts and services (for billing),
 * and the additions of each ConnectWise agreement named with an addition.
 */
export async function checkMappingRows(
  psa: PsaIntegration,
  rows: readonly MappingRowInput[],
  ctx: GatewayContext,
): Promise<{ ok: true; rows: JumpCloudMappingRow[] } | { ok: false; errors: UserErrorModel[] }> {
  const errors: UserErrorModel[] = [];
  const at = (i: number, field: string) => inputField('rows', i, field);
  if (rows.length === 0)
    return { ok: false, errors: [userError(inputField('rows'), 'Give at least one row', 'INVALID_INPUT')] };

  // Shape first: what no read can fix.
  const organizationIds = rows.map((row, i) => {
    const named = organizationExternalId(row.organizationId, ctx.mutations.tenantIds);
    if ('error' in named) errors.push(userError(at(i, 'organizationId'), named.error, 'INVALID_ID'));
    return 'id' in named ? named.id : undefined;
  });
  rows.forEach((row, i) => {
    if (row.delete) {
      for (const field of ['companyId', 'agreementId', 'additionId'] as const)
        if (given(row[field]))
          errors.push(userError(at(i, field), `A delete row takes only organizationId`, 'INVALID_INPUT'));
      if (row.billingConfiguration)
        errors.push(
          userError(at(i, 'billingConfiguration'), `A delete row takes only organizationId`, 'INVALID_INPUT'),
        );
      return;
    }
    if (row.billingConfiguration && psa.type !== 'syncro')
      errors.push(
        userError(
          at(i, 'billingConfiguration'),
          `Only Syncro bills on schedules: give agreementId/additionId for ${psaNames[psa.type]}`,
          'NOT_APPLICABLE',
        ),
      );
    if (!given(row.companyId) || row.companyId.trim() === '')
      errors.push(userError(at(i, 'companyId'), 'companyId is required unless delete is true', 'REQUIRED'));
    if (psa.type === 'syncro') {
      for (const field of ['agreementId', 'additionId'] as const)
        if (given(row[field]))
          errors.push(
            userError(
              at(i, field),
              `Syncro has no agreements or additions: leave ${field} out`,
              'NOT_APPLICABLE',
            ),
          );
    } else if (given(row.additionId) && !given(row.agreementId))
      errors.push(
        userError(at(i, 'additionId'), `An addition needs its agreement: give agreementId too`, 'REQUIRED'),
      );
  });

  const reads = jumpCloudWriteReads(ctx);
  const writes = rows.filter((row) => !row.delete);
  const billed = psa.type !== 'syncro' && writes.some((row) => given(row.agreementId));
  const syncroBilled = psa.type === 'syncro' && writes.some((row) => row.billingConfiguration);
  const [organizations, companies, mappings, catalog, schedules] = await Promise.all([
    ctx.datasources.jumpcloud.listAllOrganizations(),
    writes.length ? reads.companies(psa.type, psa.uuid) : Promise.resolve([] as JumpCloudIdName[]),
    rows.some((row) => row.delete) ? reads.mappings(psa.type, psa.uuid) : Promise.resolve([]),
    billed
      ? billingCatalog(psa, rows, ctx)
      : Promise.resolve<BillingCatalog>({ agreements: new Map(), additions: new Map() }),
    // Syncro's first option list holds the schedules (the simulator and JumpCloud's docs agree).
    syncroBilled ? reads.syncroBillingOptions(psa.uuid).then((lists) => lists[0]?.values ?? []) : [],
  ]);
  const knownOrganizations = new Set(organizations.map((o) => o.externalId));
  const mapped = new Set(mappings.map((m) => m.organization?.id));
  const knownCompanies = new Set(companies.map((c) => String(c.id)));
  const agreementWord = psa.type === 'autotask' ? 'contract' : 'agreement';
  const additionWord = psa.type === 'autotask' ? 'service' : 'addition';
  const name = `${psaNames[psa.type]} integration ${psa.uuid}`;

  const seen = new Map<string, number>();
  const out: JumpCloudMappingRow[] = [];
  rows.forEach((row, i) => {
    const organizationId = organizationIds[i];
    if (organizationId === undefined) return;
    if (!knownOrganizations.has(organizationId))
      errors.push(
        userError(
          at(i, 'organizationId'),
          `The provider has no organization ${organizationId}`,
          'UNKNOWN_ORGANIZATION',
        ),
      );
    if (seen.has(organizationId))
      errors.push(
        userError(
          at(i, 'organizationId'),
          `Organization ${organizationId} is already in row ${seen.get(organizationId)}: one row per organization`,
          'DUPLICATE_ORGANIZATION',
        ),
      );
    seen.set(organizationId, i);
    if (row.delete) {
      if (knownOrganizations.has(organizationId) && !mapped.has(organizationId))
        errors.push(
          userError(
            at(i, 'organizationId'),
            `Organization ${organizationId} has no mapping in ${name} to delete`,
            'NO_MAPPING',
          ),
        );
      out.push({ organization: { id: organizationId }, delete: true });
      return;
    }
    const companyId = row.companyId?.trim();
    if (!companyId) return;
    if (!knownCompanies.has(companyId)) {
      errors.push(userError(at(i, 'companyId'), `${name} has no company ${companyId}`, 'UNKNOWN_COMPANY'));
      return;
    }
    const written: Record<string, unknown> = {
      organization: { id: organizationId },
      company: { id: companyId },
    };
    if (given(row.agreementId) && psa.type !== 'syncro') {
      const owner = catalog.agreements.get(row.agreementId);
      if (owner !== companyId) {
        errors.push(
          userError(
            at(i, 'agreementId'),
            owner === undefined
              ? `${name} has no ${agreementWord} ${row.agreementId}`
              : `${agreementWord} ${row.agreementId} belongs to company ${owner}, not ${companyId}`,
            'UNKNOWN_AGREEMENT',
          ),
        );
        return;
      }
      written[agreementWord] = { id: row.agreementId };
      if (given(row.additionId)) {
        if (!catalog.additions.get(row.agreementId)?.has(row.additionId)) {
          errors.push(
            userError(
              at(i, 'additionId'),
              `${agreementWord} ${row.agreementId} has no ${additionWord} ${row.additionId}`,
              'UNKNOWN_ADDITION',
            ),
          );
          return;
        }
        written[additionWord] = { id: row.additionId };
      }
    }
    if (row.billingConfiguration && psa.type === 'syncro') {
      const { scheduleId, lineItemId } = row.billingConfiguration;
      const schedule = schedules.find((s) => s.value === scheduleId);
      const line = schedule?.lines?.find((l) => l.value === lineItemId);
      if (!schedule || !line) {
        errors.push(
          userError(
            at(i, 'billingConfiguration'),
            !schedule
              ? `${name} has no billing schedule ${scheduleId}`
              : `Schedule ${scheduleId} has no line item ${lineItemId}`,
            'UNKNOWN_BILLING_OPTION',
          ),
        );
        return;
      }
      written.billingConfigurations = {
        fields: {
          schedule_id: { value: schedule.value },
          schedule_name: { value: schedule.label },
          line_item_id: { value: line.value },
          line_item_name: { value: line.label },
        },
      };
    }
    out.push(written as JumpCloudMappingRow);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows: out };
}

/**
 * ConnectWise: the agreement list, then the additions of each agreement a row names with an addition
 * (one call each; only agreements of the integration, so no 404). Autotask: contracts and every
 * service, in parallel.
 */
async function billingCatalog(
  psa: PsaIntegration,
  rows: readonly MappingRowInput[],
  ctx: GatewayContext,
): Promise<BillingCatalog> {
  const reads = jumpCloudWriteReads(ctx);
  if (psa.type === 'autotask') {
    const [contracts, services] = await Promise.all([
      reads.autotaskContracts(psa.uuid),
      reads.autotaskServices(psa.uuid),
    ]);
    const additions = new Map<string, Set<string>>();
    for (const service of services)
      additions.set(
        String(service.contractId),
        (additions.get(String(service.contractId)) ?? new Set()).add(String(service.id)),
      );
    return { agreements: new Map(contracts.map((c) => [String(c.id), String(c.companyId)])), additions };
  }
  const agreementList = await reads.connectWiseAgreements(psa.uuid);
  const agreements = new Map(agreementList.map((a) => [String(a.id), String(a.companyId)]));
  const named = [
    ...new Set(
      rows
        .filter((row) => !row.delete && given(row.agreementId) && given(row.additionId))
        .map((row) => row.agreementId!)
        .filter((id) => agreements.has(id)),
    ),
  ];
  const lists = await Promise.all(named.map((id) => reads.connectWiseAdditions(psa.uuid, id)));
  return {
    agreements,
    additions: new Map(named.map((id, i) => [id, new Set(lists[i].map((a) => String(a.id)))])),
  };
}
