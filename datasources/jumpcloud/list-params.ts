import { BadUserInputError } from '../../common/errors.js';
import type {
  AdministratorQuery,
  IntegrationMappingQuery,
  InvoiceQuery,
  ListSort,
  ProviderOrganizationQuery,
  PsaNameQuery,
  SupportCaseQuery,
} from '../contracts.js';
import type { JumpCloudListParams } from './client.js';
import { sortParams, type JumpCloudCondition } from './filter.js';
import type { JumpCloudIntegrationType } from './types.js';

/**
 * How the graph's typed list queries become JumpCloud list parameters: the record field behind each
 * sort field, the tie-breaks that keep offset pages disjoint, the projections of mapping rows, and
 * the checks on values a client typed (filter.ts builds the conditions themselves).
 */

/** The JumpCloud record field behind each sort field of the schema. */
export const administratorSortFields: Record<NonNullable<AdministratorQuery['sort']>['field'], string> = {
  EMAIL: 'email',
  LAST_NAME: 'lastname',
};
export const organizationSortFields: Record<NonNullable<ProviderOrganizationQuery['sort']>['field'], string> =
  {
    NAME: 'name',
  };
export const invoiceSortFields: Record<NonNullable<InvoiceQuery['sort']>['field'], string> = {
  DUE_DATE: 'dueDate',
};
export const caseSortFields: Record<NonNullable<SupportCaseQuery['sort']>['field'], string> = {
  CREATED_AT: 'date',
  SUBJECT: 'subject',
  STATUS: 'status',
};
export const psaNameSortFields: Record<NonNullable<PsaNameQuery['sort']>['field'], string> = {
  NAME: 'name',
  ID: 'id',
};
export const mappingSortFields: Record<NonNullable<IntegrationMappingQuery['sort']>['field'], string> = {
  ORGANIZATION_NAME: 'organization.name',
  COMPANY_NAME: 'company.name',
  LAST_SYNC_AT: 'lastSyncDateTime',
};
/** The graph's invoice status words back to JumpCloud's (mapping.ts `toInvoiceStatus`). */
export const jumpCloudInvoiceStatuses: Record<string, string> = {
  OPEN: 'Open',
  PARTIALLY_PAID: 'Partially Paid',
  PAID: 'Paid',
};

/**
 * The mapping record fields behind the selected `IntegrationMapping` fields, per PSA (the billing
 * objects are named differently by each); `organization` and `company` always (every row names them).
 */
export function mappingProjection(type: JumpCloudIntegrationType, selected: readonly string[]): string[] {
  const byField: Record<string, Partial<Record<JumpCloudIntegrationType, string>>> = {
    agreement: { connectwise: 'agreement', autotask: 'contract' },
    addition: { connectwise: 'addition', autotask: 'service' },
    lastSyncAt: { connectwise: 'lastSyncDateTime', autotask: 'lastSyncDateTime', syncro: 'lastSyncDateTime' },
    lastSyncStatus: { connectwise: 'lastSyncStatus', autotask: 'lastSyncStatus', syncro: 'lastSyncStatus' },
    billingConfiguration: { syncro: 'billingConfigurations' },
  };
  const fields = new Set(['organization', 'company']);
  for (const name of selected) {
    const field = byField[name]?.[type];
    if (field) fields.add(field);
  }
  return [...fields].sort();
}

/** A schema sort as JumpCloud's `sort`/`sortIgnoreCase`, tied on `tieBreak` so offset pages never overlap. */
export function sortOf<F extends string>(
  sort: ListSort<F> | undefined,
  fields: Record<F, string>,
  tieBreak = 'id',
): JumpCloudListParams {
  return sort
    ? sortParams(fields[sort.field], sort.direction, { ignoreCase: sort.ignoreCase, tieBreak })
    : {};
}

/** JumpCloud due dates are calendar days: the first day whose midnight (UTC) is at or after `instant`. */
export function firstDayFrom(instant: string, argument: string): string {
  const time = Date.parse(instant);
  if (!Number.isFinite(time))
    throw new BadUserInputError(`\`filter.${argument}\` is not a date-time`, 'filter');
  const day = new Date(time).toISOString().slice(0, 10);
  return Date.parse(`${day}T00:00:00.000Z`) === time
    ? day
    : new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A condition on a value a client typed (`filter.<argument>`): one JumpCloud cannot match as asked
 * (empty, or holding a character its dialect cannot escape) is the client's mistake, not ours.
 */
export function clientCondition(
  argument: string,
  value: string,
  build: (value: string) => JumpCloudCondition,
): JumpCloudCondition {
  if (value === '') throw new BadUserInputError(`\`filter.${argument}\` must not be empty`, 'filter');
  try {
    return build(value);
  } catch (error) {
    if (error instanceof RangeError)
      throw new BadUserInputError(`\`filter.${argument}\`: ${error.message}`, 'filter');
    throw error;
  }
}
