import {
  jumpCloudUpdateAlertConfiguration,
  type JumpCloudAlertOption,
  type JumpCloudAlertResource,
  type JumpCloudIntegrationType,
} from '../../datasources/writes.js';
import type { AlertConfigurationModel } from '../../datasources/model/index.js';
import { canonicalJson } from '../input-hash.js';
import type { MutationDefinition, MutationInput } from '../pipeline.js';
import { alreadyDone, plannedCall } from '../plan.js';
import { userError, type UserErrorModel } from '../user-errors.js';
import {
  findPsaIntegration,
  inputField,
  jumpCloudWriteReads,
  psaNames,
  type PsaIntegration,
} from './psa-integration.js';

/** `UpdateAlertConfigurationInput`. */
export interface UpdateAlertConfigurationInput extends MutationInput {
  integrationId: string;
  alertId: string;
  shouldCreateTickets?: boolean | null;
  dueDays?: number | null;
  priority?: string | null;
  source?: string | null;
  status?: string | null;
  problemType?: string | null;
  assignee?: string | null;
  queue?: string | null;
  resource?: string | null;
  resourceRole?: string | null;
}

type OptionField =
  'priority' | 'source' | 'status' | 'problemType' | 'assignee' | 'queue' | 'resource' | 'resourceRole';

/** The input fields each PSA's alert configuration has. */
const fieldsOf: Record<JumpCloudIntegrationType, readonly OptionField[]> = {
  connectwise: ['priority', 'source'],
  syncro: ['priority', 'status', 'problemType', 'assignee'],
  autotask: ['priority', 'source', 'status', 'queue', 'resource', 'resourceRole'],
};

/** The fields of each PSA's PUT request (ConnectWise/Syncro/AutotaskTicketingAlertConfigurationRequest): the rest of a stored configuration is its identity. */
const requestFields: Record<JumpCloudIntegrationType, readonly string[]> = {
  connectwise: ['shouldCreateTickets', 'dueDays', 'priority', 'source'],
  syncro: ['shouldCreateTickets', 'problemType', 'dueDays', 'priority', 'status', 'userId', 'username'],
  autotask: [
    'shouldCreateTickets',
    'destination',
    'dueDays',
    'priority',
    'queue',
    'resource',
    'source',
    'status',
  ],
};

/** Fields a PUT must carry, after merging with the current configuration. */
const requiredFields: Record<JumpCloudIntegrationType, readonly string[]> = {
  connectwise: ['shouldCreateTickets'],
  syncro: ['shouldCreateTickets', 'problemType'],
  autotask: ['shouldCreateTickets', 'destination', 'dueDays', 'priority', 'status'],
};

/** Which option list (by JumpCloud's name) an input field's names come from. */
const optionListOf: Partial<Record<OptionField, string>> = {
  priority: 'priority',
  source: 'source',
  status: 'status',
  problemType: 'problemType',
  assignee: 'user',
  queue: 'queue',
};

interface AlertTarget {
  psa: PsaIntegration;
  alertId: string;
  request: Record<string, unknown>;
  unchanged: boolean;
}

const pick = (record: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(
    keys.filter((k) => record[k] !== undefined && record[k] !== null).map((k) => [k, record[k]]),
  );

/**
 * The PUT replaces an alert's whole ticket configuration, so the request is the current one (read
 * from JumpCloud) with the given fields changed. Option names are matched against the PSA's
 * configuration options and sent as JumpCloud wants them: `{id, name}` for ConnectWise and Autotask,
 * the label for Syncro.
 */
function buildRequest(
  type: JumpCloudIntegrationType,
  input: UpdateAlertConfigurationInput,
  current: Record<string, unknown>,
  options: JumpCloudAlertOption[],
  resources: JumpCloudAlertResource[],
): { request: Record<string, unknown> } | { errors: UserErrorModel[] } {
  const errors: UserErrorModel[] = [];
  const request: Record<string, unknown> = pick(current, requestFields[type]);
  const given = (field: OptionField) => input[field] !== undefined && input[field] !== null;

  for (const field of [
    'priority',
    'source',
    'status',
    'problemType',
    'assignee',
    'queue',
    'resource',
    'resourceRole',
  ] as const)
    if (given(field) && !fieldsOf[type].includes(field))
      errors.push(
        userError(
          inputField(field),
          `${psaNames[type]} alert configurations have no ${field}`,
          'NOT_APPLICABLE',
        ),
      );
  if (input.dueDays !== undefined && input.dueDays !== null && input.dueDays < 0)
    errors.push(userError(inputField('dueDays'), 'dueDays cannot be negative', 'INVALID_VALUE'));
  if (given('queue') && given('resource'))
    errors.push(
      userError(
        inputField('resource'),
        'A ticket goes to a queue or to a resource, not both',
        'INVALID_INPUT',
      ),
    );
  if (errors.length) return { errors };

  const choose = (field: OptionField, values: { label: string; value: number }[]) => {
    const name = input[field]!;
    const found = values.find((v) => v.label.toLowerCase() === name.trim().toLowerCase());
    if (!found)
      errors.push(
        userError(
          inputField(field),
          `"${name}" is not a ${psaNames[type]} ${field}: use one of ${values.map((v) => `"${v.label}"`).join(', ')}`,
          'UNKNOWN_OPTION',
        ),
      );
    return found;
  };
  if (input.shouldCreateTickets !== undefined && input.shouldCreateTickets !== null)
    request.shouldCreateTickets = input.shouldCreateTickets;
  if (input.dueDays !== undefined && input.dueDays !== null) request.dueDays = input.dueDays;
  for (const field of fieldsOf[type]) {
    const list = optionListOf[field];
    if (!list || !given(field)) continue;
    const option = choose(field, options.find((o) => o.name === list)?.values ?? []);
    if (!option) continue;
    if (type === 'syncro' && field === 'assignee')
      Object.assign(request, { userId: option.value, username: option.label });
    else if (type === 'syncro') request[field] = option.label;
    else request[field] = { id: option.value, name: option.label };
    if (field === 'queue') Object.assign(request, { destination: 'queue', resource: undefined });
  }
  if (type === 'autotask' && (given('resource') || given('resourceRole'))) {
    const currentResource = request.resource as { id?: number } | undefined;
    const resource = given('resource')
      ? (() => {
          const found = resources.find((r) => r.name.toLowerCase() === input.resource!.trim().toLowerCase());
          if (!found)
            errors.push(
              userError(
                inputField('resource'),
                `"${input.resource}" is not an Autotask resource: use one of ${resources.map((r) => `"${r.name}"`).join(', ')}`,
                'UNKNOWN_OPTION',
              ),
            );
          return found;
        })()
      : resources.find((r) => r.id === currentResource?.id);
    if (!given('resourceRole'))
      errors.push(
        userError(
          inputField('resourceRole'),
          'Give the role the resource works the ticket under',
          'REQUIRED',
        ),
      );
    else if (resource) {
      const role = choose('resourceRole', resource.roles);
      if (role)
        Object.assign(request, {
          destination: 'resource',
          queue: undefined,
          resource: { id: resource.id, name: resource.name, role: { id: role.value, name: role.label } },
        });
    } else if (!given('resource'))
      errors.push(
        userError(
          inputField('resource'),
          'The ticket goes to a queue now: name the resource too',
          'REQUIRED',
        ),
      );
  }
  for (const field of requiredFields[type])
    if (request[field] === undefined && errors.length === 0)
      errors.push(
        userError(inputField(field), `${psaNames[type]} needs ${field} for this alert`, 'REQUIRED'),
      );
  return errors.length ? { errors } : { request: pick(request, requestFields[type]) };
}

/** How one ticketing alert becomes a ticket in a PSA (per PSA type: shared by its integrations). */
export const updateAlertConfigurationMutation: MutationDefinition<
  UpdateAlertConfigurationInput,
  AlertTarget,
  AlertConfigurationModel
> = {
  name: 'updateAlertConfiguration',
  async prepare(input, ctx) {
    const found = await findPsaIntegration(input.integrationId, inputField('integrationId'), ctx);
    if (!found.ok) return { ok: false, userErrors: found.errors };
    const psa = found.value;
    const reads = jumpCloudWriteReads(ctx);
    const [configurations, { options, resources }] = await Promise.all([
      reads.alertConfigurations(psa.type),
      reads.alertOptions(psa.type),
    ]);
    const current = configurations.find((c) => c.alertId === input.alertId);
    if (!current)
      return {
        ok: false,
        userErrors: [
          userError(
            inputField('alertId'),
            `${psaNames[psa.type]} has no ticketing alert ${input.alertId}`,
            'UNKNOWN_ALERT',
          ),
        ],
      };
    const built = buildRequest(psa.type, input, current as Record<string, unknown>, options, resources);
    if ('errors' in built) return { ok: false, userErrors: built.errors };
    const unchanged =
      canonicalJson(built.request) ===
      canonicalJson(pick(current as Record<string, unknown>, requestFields[psa.type]));
    return { ok: true, target: { psa, alertId: input.alertId, request: built.request, unchanged } };
  },
  plan({ psa, alertId, request, unchanged }, _input, ctx) {
    const on = {
      api: 'jumpcloud' as const,
      externalId: alertId,
      description: `Change how ticketing alert ${alertId} opens ${psaNames[psa.type]} tickets`,
    };
    return {
      steps: [
        unchanged
          ? alreadyDone(on, `Ticketing alert ${alertId} already has this ${psaNames[psa.type]} configuration`)
          : plannedCall(
              on,
              jumpCloudUpdateAlertConfiguration(
                ctx.mutations.tenantIds.jumpcloud.providerId,
                psa.type,
                alertId,
                request,
              ),
            ),
      ],
    };
  },
  async reread({ psa, alertId }, ctx) {
    const all = await ctx.datasources.jumpcloud.alertConfigurations(psa.integration);
    return all.find((c) => c.id === alertId) ?? null;
  },
};
