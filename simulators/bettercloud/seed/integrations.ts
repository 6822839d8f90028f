import type { Company } from '../../company/company.js';
import type { SeededRandom } from '../../core/random.js';
import type { BetterCloudIntegration } from '../types.js';
import { DAY_MS, type EventDraft } from './drafts.js';

export interface SeededIntegrations {
  integrations: BetterCloudIntegration[];
  events: EventDraft[];
}

/** The SaaS applications connected to the company's BetterCloud, identity providers first. */
const applications: readonly (readonly [name: string, type: string])[] = [
  ['Google Workspace', 'google_workspace'],
  ['Slack', 'slack'],
  ['Okta', 'okta'],
  ['Microsoft 365', 'microsoft_365'],
  ['Zoom', 'zoom'],
  ['Salesforce', 'salesforce'],
  ['Box', 'box'],
  ['Dropbox', 'dropbox'],
  ['GitHub', 'github'],
  ['Atlassian', 'atlassian'],
  ['Zendesk', 'zendesk'],
  ['DocuSign', 'docusign'],
];

/**
 * IDs follow the vendor's `int-g001` form: the type's first letter and a counter per letter.
 * One secondary application is in error (expired OAuth grant) and another was disconnected.
 */
export function seedIntegrations(
  company: Company,
  adminEmails: string[],
  random: SeededRandom,
): SeededIntegrations {
  const nowMs = company.config.now.getTime();
  const perLetter = new Map<string, number>();
  const [broken, dropped] = random.sample(['zoom', 'box', 'dropbox', 'zendesk', 'docusign'], 2);
  const events: EventDraft[] = [];
  const integrations = applications.map(([name, type]): BetterCloudIntegration => {
    const letter = type[0];
    const n = (perLetter.get(letter) ?? 0) + 1;
    perLetter.set(letter, n);
    const connectedAtMs = nowMs - random.int(200, 1500) * DAY_MS;
    const actor = random.pick(adminEmails);
    events.push({
      type: 'integration.connected',
      actorEmail: actor,
      targetEmail: null,
      description: `${name} connected`,
      occurredAtMs: connectedAtMs,
    });
    const status = type === broken ? 'error' : type === dropped ? 'disconnected' : 'connected';
    if (status === 'error')
      events.push({
        type: 'integration.error',
        actorEmail: null,
        targetEmail: null,
        description: `${name}: authorization expired, reconnect required`,
        occurredAtMs: nowMs - random.int(1, 10) * DAY_MS,
      });
    if (status === 'disconnected')
      events.push({
        type: 'integration.disconnected',
        actorEmail: actor,
        targetEmail: null,
        description: `${name} disconnected`,
        occurredAtMs: nowMs - random.int(20, 150) * DAY_MS,
      });
    return {
      id: `int-${letter}${String(n).padStart(3, '0')}`,
      name,
      type,
      status,
      connected_at: status === 'disconnected' ? null : new Date(connectedAtMs).toISOString(),
    };
  });
  return { integrations, events };
}
