import { badRequest, notFound } from '../../core/http-types.js';
import { objectBody } from '../../core/query-params.js';
import type { Router } from '../../core/router.js';
import {
  optionalInteger,
  optionalObject,
  optionalString,
  requiredBoolean,
  requiredObject,
  requiredString,
  type Body,
} from '../body-fields.js';
import { autotaskAlertOptions, connectWiseAlertOptions, syncroAlertOptions } from '../catalog.js';
import type { AlertConfiguration, IntegrationType } from '../model.js';
import type { JumpCloudStore } from '../store.js';

type Option = { label: string; value: number };

/**
 * Ticketing alerts and, per PSA, how each alert becomes a ticket
 * (https://docs.jumpcloud.com/api/2.0/index.html#tag/Providers/operation/connectwise_updateAlertConfiguration).
 * A configuration's PSA references (priority, queue, status...) must be values from that PSA's options list.
 */
export function addAlertRoutes(router: Router, store: JumpCloudStore): void {
  router.get(
    '/api/v2/providers/{provider_id}/integrations/ticketing/alerts',
    'mtpIntegrationRetrieveAlerts',
    (req) => {
      store.requireProvider(req);
      return {
        body: {
          records: store.data.ticketingAlerts.map(({ id, name, description, category }) => ({
            id,
            name,
            description,
            category,
          })),
        },
      };
    },
  );

  const optionsBody: Record<IntegrationType, unknown> = {
    connectwise: {
      records: Object.entries(connectWiseAlertOptions).map(([name, values]) => ({ name, values })),
    },
    autotask: {
      options: (['priority', 'queue', 'source', 'status'] as const).map((name) => ({
        name,
        values: autotaskAlertOptions[name],
      })),
      resources: autotaskAlertOptions.resources,
    },
    syncro: { records: Object.entries(syncroAlertOptions).map(([name, values]) => ({ name, values })) },
  };

  for (const type of ['connectwise', 'autotask', 'syncro'] as const) {
    const base = `/api/v2/providers/{provider_id}/integrations/${type}/alerts`;
    router.get(`${base}/configuration`, `${type}RetrieveAllAlertConfigurations`, (req) => {
      store.requireProvider(req);
      store.requireIntegrationOfType(type);
      return { body: { records: [...store.data.alertConfigurations[type].values()] } };
    });

    router.get(`${base}/configuration/options`, `${type}RetrieveAllAlertConfigurationOptions`, (req) => {
      store.requireProvider(req);
      store.requireIntegrationOfType(type);
      return { body: optionsBody[type] };
    });

    router.put(`${base}/{alert_UUID}/configuration`, `${type}UpdateAlertConfiguration`, (req) => {
      store.requireProvider(req);
      store.requireIntegrationOfType(type);
      const current = store.data.alertConfigurations[type].get(req.params.alert_UUID);
      if (!current) throw notFound(`Ticketing alert ${req.params.alert_UUID} not found`);
      const body = objectBody(req);
      const { alertId: _alertId, ...stored } = {
        ...alertIdentity(current),
        ...readConfiguration[type](body),
      };
      const updated: AlertConfiguration = { alertId: current.alertId, ...stored };
      store.data.alertConfigurations[type].set(req.params.alert_UUID, updated);
      return { body: stored };
    });
  }
}

/** The alert's own fields, which a PUT keeps; everything else is replaced by the request. */
function alertIdentity(current: AlertConfiguration) {
  const { alertId, id, category, description, displayName } = current;
  return { alertId, id, category, description, displayName };
}

function optionRef(
  body: Body,
  key: string,
  options: Option[],
  required: boolean,
): { id: number; name: string } | undefined {
  const ref = required ? requiredObject(body, key) : optionalObject(body, key);
  if (!ref) return undefined;
  const id = optionalInteger(ref, 'id');
  const option = options.find((o) => o.value === id);
  if (!option) throw badRequest(`"${key}.id" must be one of ${options.map((o) => o.value).join(', ')}`);
  return { id: option.value, name: option.label };
}

function optionLabel(body: Body, key: string, options: Option[], required: boolean): string | undefined {
  const value = required ? requiredString(body, key) : optionalString(body, key);
  if (value === undefined) return undefined;
  if (!options.some((o) => o.label === value))
    throw badRequest(`"${key}" must be one of: ${options.map((o) => o.label).join(', ')}`);
  return value;
}

const dropUndefined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

const readConfiguration: Record<
  IntegrationType,
  (body: Body) => Record<string, unknown> & { shouldCreateTickets: boolean }
> = {
  connectwise: (body) => ({
    shouldCreateTickets: requiredBoolean(body, 'shouldCreateTickets'),
    ...dropUndefined({
      dueDays: optionalInteger(body, 'dueDays', 0),
      priority: optionRef(body, 'priority', connectWiseAlertOptions.priority, false),
      source: optionRef(body, 'source', connectWiseAlertOptions.source, false),
    }),
  }),
  // Autotask: a ticket goes to a queue or to a resource (with the role it works under).
  autotask: (body) => {
    const destination = requiredString(body, 'destination');
    if (destination !== 'queue' && destination !== 'resource')
      throw badRequest('"destination" must be "queue" or "resource"');
    const common = {
      shouldCreateTickets: requiredBoolean(body, 'shouldCreateTickets'),
      destination,
      dueDays: (() => {
        const days = optionalInteger(body, 'dueDays', 0);
        if (days === undefined) throw badRequest('"dueDays" is required');
        return days;
      })(),
      priority: optionRef(body, 'priority', autotaskAlertOptions.priority, true),
      status: optionRef(body, 'status', autotaskAlertOptions.status, true),
      ...dropUndefined({ source: optionRef(body, 'source', autotaskAlertOptions.source, false) }),
    };
    if (destination === 'queue') {
      const queue = optionRef(body, 'queue', autotaskAlertOptions.queue, false);
      if (!queue) throw badRequest('"queue.id" is required when destination is queue');
      return { ...common, queue };
    }
    const resourceRef = requiredObject(body, 'resource');
    const resource = autotaskAlertOptions.resources.find((r) => r.id === resourceRef.id);
    if (!resource)
      throw badRequest(
        `"resource.id" must be one of ${autotaskAlertOptions.resources.map((r) => r.id).join(', ')}`,
      );
    const role = optionRef(resourceRef, 'role', resource.roles, true)!;
    return { ...common, resource: { id: resource.id, name: resource.name, role } };
  },
  syncro: (body) => {
    const userId = body.userId;
    const user = userId === undefined ? undefined : syncroAlertOptions.user.find((u) => u.value === userId);
    if (userId !== undefined && !user)
      throw badRequest(`"userId" must be one of ${syncroAlertOptions.user.map((u) => u.value).join(', ')}`);
    return {
      shouldCreateTickets: requiredBoolean(body, 'shouldCreateTickets'),
      problemType: optionLabel(body, 'problemType', syncroAlertOptions.problemType, true),
      ...dropUndefined({
        dueDays: optionalInteger(body, 'dueDays', 0),
        priority: optionLabel(body, 'priority', syncroAlertOptions.priority, false),
        status: optionLabel(body, 'status', syncroAlertOptions.status, false),
        userId: user?.value,
        username: user?.label,
      }),
    };
  },
};
