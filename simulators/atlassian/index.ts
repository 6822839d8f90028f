import type { Company } from '../company/company.js';
import type { VendorSimulator } from '../core/surface.js';
import { createAdminSurface } from './admin-surface.js';
import { createScimDirectory, createScimSurface } from './scim/index.js';
import { scimActor, scimLocation } from './seed/events.js';
import { AtlassianState } from './state.js';
import { restoreMember, suspendMember } from './user-writes.js';

/**
 * Atlassian on one port (4102): SCIM provisioning under `/scim/` (bound to the main organization's
 * directory) and the Admin API everywhere else. A SCIM deactivation suspends the account in that
 * directory and a reactivation restores it, as Atlassian's provisioning does, with audit events.
 */
export function createAtlassianSimulator(company: Company): VendorSimulator {
  const state = new AtlassianState(company);
  // The directory ID is derived from the seed, so it is the same after every reset.
  const scim = createScimDirectory(company, state.mainOrg.directory.id);
  scim.onActiveChanged((email, active) => applyScimActiveChange(state, email, active));

  return {
    vendor: 'atlassian',
    defaultPort: 4102,
    surfaces: [createScimSurface(scim), createAdminSurface(state)],
    state: {
      reset() {
        state.reset();
        scim.reset();
      },
      info() {
        return {
          orgs: state.orgs.map((org) => ({
            id: org.id,
            name: org.name,
            directoryIds: [org.directory.id],
            counts: {
              users: org.directory.members.length,
              suspendedUsers: org.directory.members.filter((m) => m.suspended).length,
              domains: org.domains.length,
              policies: org.policies.length,
              groups: org.groups.length,
              events: org.events.length,
            },
          })),
          mainOrgId: state.mainOrg.id,
          mainDirectoryId: state.mainOrg.directory.id,
          accounts: state.accountsByEmail.size,
          scim: scim.info(),
        };
      },
    },
  };
}

function applyScimActiveChange(state: AtlassianState, email: string, active: boolean): void {
  const org = state.mainOrg;
  const account = state.accountsByEmail.get(email.trim().toLowerCase());
  const member = account && org.directory.byAccountId.get(account.accountId);
  if (!member) return;
  const origin = { actor: scimActor, location: scimLocation };
  if (!active && !member.suspended) suspendMember(state, org, member, origin);
  if (active && member.suspended && member.account.status === 'active')
    restoreMember(state, org, member, origin);
}
