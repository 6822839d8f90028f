import { NotFoundError } from '../../common/errors.js';
import type { ScimDatasource } from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import { AtlassianScimClient, scimEq } from './client.js';
import { toScimGroup, toScimIdentity, toScimMembership } from './mapping.js';
import { allScimItems, eachScimPage, readScimWindow, scimPageQuery } from './pagination.js';

/**
 * Atlassian's SCIM provisioning API for one directory: the identity provider's view of the
 * Atlassian accounts (userName, active, groups). Lists page by `startIndex`/`count` (100 at most).
 */
export function createScimDatasource(client: VendorClient, ids: { directoryId: string }): ScimDatasource {
  const api = new AtlassianScimClient(client, ids.directoryId);

  return {
    /** Every user with its group references: ⌈N / 100⌉ calls, all but the first in parallel. */
    async listAllIdentities() {
      return (await allScimItems((page) => api.getUsers(page))).map(toScimIdentity);
    },

    eachIdentityPage(take) {
      return eachScimPage(
        (page) => api.getUsers(page),
        (users) => take(users.map(toScimIdentity)),
      );
    },

    /** `userName eq` pushed down (case-insensitive at Atlassian): one call. */
    async findIdentityByEmail(email) {
      const page = await api.getUsers({ ...scimPageQuery(0, 1), filter: scimEq('userName', email.trim()) });
      const user = page.Resources?.[0];
      return user ? toScimIdentity(user) : undefined;
    },

    /** `name` pushed down as `displayName eq` (case-insensitive at Atlassian): one call per 100 groups. */
    async listGroups(offset, limit, filter) {
      const query = filter.name !== undefined ? { filter: scimEq('displayName', filter.name) } : {};
      const window = await readScimWindow(offset, limit, (page) => api.getGroups({ ...page, ...query }));
      return { items: window.items.map(toScimGroup), total: window.total };
    },

    async getGroup(groupId) {
      const group = await api.getGroup(groupId);
      return group ? toScimGroup(group) : undefined;
    },

    /** SCIM embeds members in the group: one call (shared by every page of one request). */
    async listGroupMembers(groupId, offset, limit) {
      const raw = await api.getGroup(groupId);
      if (!raw) throw new NotFoundError(`SCIM group ${groupId} does not exist`, 'ATLASSIAN');
      const group = toScimGroup(raw);
      const members = raw.members ?? [];
      return {
        items: members.slice(offset, offset + limit).map((m) => toScimMembership(m, group)),
        total: members.length,
      };
    },
  };
}
