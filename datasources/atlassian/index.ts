import { NotFoundError } from '../../common/errors.js';
import type { AtlassianDatasource } from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import { normalizeEmail } from '../model/index.js';
import { AtlassianAdminClient } from './client.js';
import {
  toAtlassianAccount,
  toAtlassianPolicyType,
  toAuditEvent,
  toDirectory,
  toDomain,
  toGroup,
  toGroupMembership,
  toOrganization,
  toPolicy,
  toRoleAssignment,
} from './mapping.js';
import { allAtlassianItems, atlassianCursorPage, atlassianPages } from './pagination.js';
import type { AtlassianPolicyType } from './types.js';

/**
 * The Atlassian Admin API as AdminGraph reads it. `ids` are the main organization and its
 * directory (configured, or named by the simulator): accounts, role assignments and suspension
 * live there. Every list is walked with Atlassian's cursor, 50 items a page, one page after another.
 * Identical GETs within one GraphQL request share one call (VendorClient), so e.g. an org's
 * directory list read for `directories` and for its groups' members costs one walk.
 */
export function createAtlassianDatasource(
  client: VendorClient,
  ids: { orgId: string; directoryId: string },
): AtlassianDatasource {
  const api = new AtlassianAdminClient(client);

  const directoryUsers = () =>
    allAtlassianItems((cursor) => api.getDirectoryUsers(ids.orgId, ids.directoryId, cursor));
  const rawPolicies = (orgId: string, type?: AtlassianPolicyType) =>
    allAtlassianItems((cursor) => api.getOrganizationPolicies(orgId, { cursor, type }));

  const datasource: AtlassianDatasource = {
    /**
     * The main directory's users (v2 `getDirectoryUsers`): unlike the v1 managed-accounts list they
     * carry the directory suspension, and they already hold product access and last activity, so no
     * second list is needed. Cost: ⌈N / 50⌉ sequential calls.
     */
    async listAllAccounts() {
      return (await directoryUsers()).map((user) => toAtlassianAccount(user, ids));
    },

    async eachAccountPage(take) {
      for await (const users of atlassianPages((cursor) =>
        api.getDirectoryUsers(ids.orgId, ids.directoryId, cursor),
      ))
        await take(users.map((user) => toAtlassianAccount(user, ids)));
    },

    /** Atlassian's directory API has no email filter: the (per-request shared) directory walk, filtered. */
    async findAccountsByEmail(email) {
      const wanted = normalizeEmail(email);
      return (await datasource.listAllAccounts()).filter((account) => account.normalizedEmail === wanted);
    },

    /** `getDirectoryUser` in the configured directory: one call. */
    async getAccount(accountId) {
      const user = await api.getDirectoryUser(ids.orgId, ids.directoryId, accountId);
      return user ? toAtlassianAccount(user, ids) : undefined;
    },

    configuredOrgId: ids.orgId,

    /** One page of `getOrganizationUsers` (Atlassian's cursor; it has no filter or sort). */
    async listOrganizationAccountsPage(orgId, cursor) {
      const page = await atlassianCursorPage((c) => api.getOrganizationUsers(orgId, c), cursor);
      const directoryId = orgId === ids.orgId ? ids.directoryId : '';
      return { ...page, items: page.items.map((user) => toAtlassianAccount(user, { orgId, directoryId })) };
    },

    async getDomain(orgId, domainId) {
      const domain = await api.getDomainById(orgId, domainId);
      return domain ? toDomain(domain) : undefined;
    },

    /** The organizations the token sees, of which only the configured one is served (the tenant scope). */
    async listOrganizations() {
      const orgs = await allAtlassianItems((cursor) => api.getOrganizations(cursor));
      return orgs.map(toOrganization).filter((org) => org.externalId === ids.orgId);
    },

    async getOrganization(orgId) {
      const org = await api.getOrganizationById(orgId);
      return org ? toOrganization(org) : undefined;
    },

    async listDomains(orgId) {
      return (await allAtlassianItems((cursor) => api.getOrganizationDomains(orgId, cursor))).map(toDomain);
    },

    /**
     * The org's directories (v2 `getDirectories`), each counted with `getDirectoryUserCount`.
     * Cost: ⌈D / 50⌉ calls for the list + one count per directory.
     */
    async listDirectories(orgId) {
      const directories = await allAtlassianItems((cursor) => api.getDirectories(orgId, cursor));
      // Only the configured directory is served (the tenant scope).
      return Promise.all(
        directories
          .filter((directory) => directory.directoryId === ids.directoryId)
          .map(async (directory) => {
            const count = await api.getDirectoryUserCount(orgId, directory.directoryId);
            return toDirectory(directory, count?.data.count ?? null);
          }),
      );
    },

    /** One call per account (Atlassian has no batch endpoint); the client's concurrency cap bounds the parallelism. */
    roleAssignmentsOf(accountIds) {
      return Promise.all(
        accountIds.map(async (accountId) => {
          const list = await api.getUserRoleAssignments(ids.orgId, ids.directoryId, accountId);
          return (list?.data ?? []).map(toRoleAssignment);
        }),
      );
    },

    /** `kind` pushes down as Atlassian's `type`; a kind Atlassian does not have costs no call. */
    async listPolicies(orgId, filter) {
      const type = filter.kind ? toAtlassianPolicyType(filter.kind) : undefined;
      if (filter.kind && !type && filter.kind !== 'OTHER') return [];
      const policies = (await rawPolicies(orgId, type)).map((p) => toPolicy(p, orgId));
      return filter.kind === 'OTHER' ? policies.filter((p) => p.kind === 'OTHER') : policies;
    },

    async getPolicy(orgId, policyId) {
      const policy = await api.getPolicyById(orgId, policyId);
      return policy ? toPolicy(policy, orgId) : undefined;
    },

    async listGroups(orgId) {
      return (await allAtlassianItems((cursor) => api.getOrganizationGroups(orgId, cursor))).map((g) =>
        toGroup(g, orgId),
      );
    },

    /**
     * One page of a group's members (v2 `getGroupMemberships`). Atlassian lists a group's members
     * under its directory: the configured one for the main org; for another org its first directory
     * (`getDirectories`, shared within the request). `total` is the vendor's `meta.total`, else the
     * group's `memberCount`.
     */
    async listGroupMembers(group, cursor) {
      const orgId = group.orgId ?? ids.orgId;
      const directoryId =
        orgId === ids.orgId
          ? ids.directoryId
          : (await allAtlassianItems((c) => api.getDirectories(orgId, c)))[0]?.directoryId;
      if (directoryId === undefined)
        throw new NotFoundError(`Atlassian organization ${orgId} has no directory`, 'ATLASSIAN');
      const page = await atlassianCursorPage(
        (c) => api.getGroupMemberships(orgId, directoryId, group.externalId, c),
        cursor,
      );
      const total = page.total ?? group.memberCount ?? undefined;
      return {
        ...page,
        items: page.items.map((member) => toGroupMembership(member, group)),
        ...(total === undefined ? {} : { total }),
      };
    },

    /**
     * One page of the audit log with `from`/`to` pushed down. Atlassian cannot filter by target:
     * `targetEmail` is applied to the page read, so a filtered page may hold fewer than 50 events.
     */
    async getEvent(orgId, eventId) {
      const event = await api.getEventById(orgId, eventId);
      return event ? { ...toAuditEvent(event), orgId } : undefined;
    },

    async listEventsPage(orgId, cursor, filter) {
      const { items, nextCursor, total } = await atlassianCursorPage(
        (c) =>
          api.getOrganizationEvents(orgId, {
            cursor: c,
            from: filter.from,
            to: filter.to,
            action: filter.action,
          }),
        cursor,
      );
      const target = filter.targetEmail ? normalizeEmail(filter.targetEmail) : undefined;
      const events = items
        .map((event) => ({ ...toAuditEvent(event), orgId }))
        .filter((e) => target === undefined || e.targetEmail === target);
      return {
        items: events,
        ...(nextCursor === undefined ? {} : { nextCursor }),
        // `meta.total` counts the events within `from`/`to`; a target filtered here leaves the total unknown.
        ...(total === undefined || target !== undefined ? {} : { total }),
      };
    },
  };
  return datasource;
}
