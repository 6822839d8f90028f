import type { Company } from '../../company/company.js';
import { SeededRandom } from '../../core/random.js';
import type {
  BetterCloudGroup,
  BetterCloudIntegration,
  BetterCloudWorkflow,
  StoredEvent,
  StoredRun,
} from '../types.js';
import { toStoredEvents } from './drafts.js';
import { seedGroups, type Membership } from './groups.js';
import { seedIntegrations } from './integrations.js';
import { seedUsers, type SeededUser } from './users.js';
import { seedWorkflows } from './workflows.js';

export interface BetterCloudSeed {
  users: SeededUser[];
  adminEmails: string[];
  groups: BetterCloudGroup[];
  memberships: Map<string, Membership>;
  workflows: BetterCloudWorkflow[];
  runs: StoredRun[];
  /** Oldest first: the feed answers newest first by reading from the end. */
  events: StoredEvent[];
  integrations: BetterCloudIntegration[];
}

/** Everything BetterCloud holds for the company, deterministic from its seed. */
export function seedBetterCloud(company: Company): BetterCloudSeed {
  const random = new SeededRandom(company.config.seed).fork('bettercloud');
  const users = seedUsers(company, random.fork('users'));
  const groups = seedGroups(company, users.users, random.fork('groups'));
  const workflows = seedWorkflows(company, users.users, users.adminEmails, random.fork('workflows'));
  const integrations = seedIntegrations(company, users.adminEmails, random.fork('integrations'));
  return {
    users: users.users,
    adminEmails: users.adminEmails,
    groups: groups.groups,
    memberships: groups.memberships,
    workflows: workflows.workflows,
    runs: workflows.runs,
    events: toStoredEvents([...users.events, ...groups.events, ...workflows.events, ...integrations.events]),
    integrations: integrations.integrations,
  };
}
