import type { SeededRandom } from '../core/random.js';
import { autotaskAlertOptions, connectWiseAlertOptions, syncroAlertOptions } from './catalog.js';
import type { AlertConfiguration, IntegrationType, TicketingAlert } from './model.js';

const pickOption = (random: SeededRandom, values: { label: string; value: number }[]) => {
  const option = random.pick(values);
  return { id: option.value, name: option.label };
};

/**
 * Each PSA type has one configuration per ticketing alert: whether JumpCloud opens a ticket for it,
 * and the PSA-specific ticket fields (ConnectWise priority/source, Autotask queue or resource, Syncro
 * status/problem type/assignee).
 */
export function buildAlertConfigurations(
  alerts: TicketingAlert[],
  random: SeededRandom,
): Record<IntegrationType, Map<string, AlertConfiguration>> {
  const result: Record<IntegrationType, Map<string, AlertConfiguration>> = {
    connectwise: new Map(),
    autotask: new Map(),
    syncro: new Map(),
  };
  for (const alert of alerts) {
    const base = {
      alertId: alert.alertId,
      id: alert.id,
      category: alert.category,
      description: alert.description,
      displayName: alert.name,
    };
    result.connectwise.set(alert.alertId, {
      ...base,
      shouldCreateTickets: random.chance(0.6),
      dueDays: random.int(1, 5),
      priority: pickOption(random, connectWiseAlertOptions.priority),
      source: pickOption(random, connectWiseAlertOptions.source),
    });
    const toResource = random.chance(0.3);
    const resource = random.pick(autotaskAlertOptions.resources);
    result.autotask.set(alert.alertId, {
      ...base,
      shouldCreateTickets: random.chance(0.5),
      destination: toResource ? 'resource' : 'queue',
      dueDays: random.int(1, 5),
      priority: pickOption(random, autotaskAlertOptions.priority),
      status: pickOption(random, autotaskAlertOptions.status),
      source: pickOption(random, autotaskAlertOptions.source),
      ...(toResource
        ? { resource: { id: resource.id, name: resource.name, role: pickOption(random, resource.roles) } }
        : { queue: pickOption(random, autotaskAlertOptions.queue) }),
    });
    const user = random.pick(syncroAlertOptions.user);
    result.syncro.set(alert.alertId, {
      ...base,
      shouldCreateTickets: random.chance(0.5),
      dueDays: random.int(1, 5),
      priority: random.pick(syncroAlertOptions.priority).label,
      status: random.pick(syncroAlertOptions.status).label,
      problemType: random.pick(syncroAlertOptions.problemType).label,
      userId: user.value,
      username: user.label,
    });
  }
  return result;
}
