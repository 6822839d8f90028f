import { BadUserInputError, NotFoundError, vendorBadResponse } from '../../common/errors.js';
import { isEmailAddress } from '../../common/validation.js';
import type { BetterCloudDatasource } from '../contracts.js';
import type { VendorClient } from '../http/vendor-client.js';
import { normalizeEmail, type GroupMembershipModel, type GroupModel } from '../model/index.js';
import { BetterCloudClient } from './client.js';
import {
  toAuditEvent,
  toBetterCloudAccount,
  toGroup,
  toIntegration,
  toBetterCloudWorkflowStatus,
  toBetterCloudUserStatus,
  toMembership,
  toWorkflow,
} from './mapping.js';
import {
  allBetterCloudItems,
  eachBetterCloudPage,
  BETTERCLOUD_MAX_PER_PAGE,
  betterCloudOffsetWindow,
  betterCloudWindow,
} from './pagination.js';

/**
 * The BetterCloud Platform API v1 as AdminGraph reads it. One instance per GraphQL request: the
 * groups it has seen and the membership index below live as long as the request, never longer.
 * Identical GETs within the request share one call (VendorClient).
 */
export function createBetterCloudDatasource(client: VendorClient): BetterCloudDatasource {
  const api = new BetterCloudClient(client);
  /** Groups already read by this request, so a group's member list does not fetch the group again. */
  const knownGroups = new Map<string, GroupModel>();
  let membershipIndex: Promise<Map<string, GroupMembershipModel[]>> | undefined;

  const remember = (group: GroupModel) => {
    knownGroups.set(group.externalId, group);
    return group;
  };

  async function groupById(groupId: string): Promise<GroupModel | undefined> {
    const known = knownGroups.get(groupId);
    if (known) return known;
    const answer = await api.getGroup(groupId);
    return answer ? remember(toGroup(answer.data)) : undefined;
  }

  /**
   * BetterCloud has no "groups of a user" endpoint: the only way to a person's groups is every
   * group's member list. Cost: ⌈G / 100⌉ calls for the groups, then G member lists in parallel
   * (bounded by the client's concurrency cap): G + ⌈G / 100⌉ calls, once per request however many
   * people are asked about.
   */
  async function buildMembershipIndex(): Promise<Map<string, GroupMembershipModel[]>> {
    const groups = (await allBetterCloudItems((page, perPage) => api.listGroups(page, perPage))).map((g) =>
      remember(toGroup(g)),
    );
    const memberLists = await Promise.all(groups.map((group) => api.listGroupMembers(group.externalId)));
    const byEmail = new Map<string, GroupMembershipModel[]>();
    groups.forEach((group, i) => {
      // A group deleted between the two reads (404) simply has no members left.
      for (const member of memberLists[i]?.data ?? []) {
        const membership = toMembership(member, group);
        const list = byEmail.get(membership.email);
        if (list) list.push(membership);
        else byEmail.set(membership.email, [membership]);
      }
    });
    return byEmail;
  }

  const datasource: BetterCloudDatasource = {
    /** `listUsers` with `per_page=100`: ⌈N / 100⌉ calls, the first alone, the rest in parallel. */
    async listAllAccounts() {
      return (await allBetterCloudItems((page, perPage) => api.listUsers(page, perPage))).map(
        toBetterCloudAccount,
      );
    },

    eachAccountPage(take) {
      return eachBetterCloudPage(
        (page, perPage) => api.listUsers(page, perPage),
        (users) => take(users.map(toBetterCloudAccount)),
      );
    },

    /** `listUsers?email=` (BetterCloud matches case-insensitively): one call; a non-address costs none. */
    async findAccountsByEmail(email) {
      const wanted = normalizeEmail(email);
      if (!isEmailAddress(wanted)) return [];
      const { items } = betterCloudWindow(
        await api.listUsers(1, BETTERCLOUD_MAX_PER_PAGE, { email: wanted }),
      );
      return items.map(toBetterCloudAccount).filter((account) => account.normalizedEmail === wanted);
    },

    /** `getUser`: one call; undefined when BetterCloud does not know the ID. */
    async getAccount(externalId) {
      const answer = await api.getUser(externalId);
      return answer ? toBetterCloudAccount(answer.data) : undefined;
    },

    /**
     * `listUsers?email=&status=`: both pushed down (one call a window when it lines up with a page).
     * BetterCloud has no other user filter and no sort: asking for one is a BAD_USER_INPUT.
     */
    async listAccounts(offset, limit, query) {
      const unsupported = (
        ['emailContains', 'department', 'lastActiveAfter', 'lastActiveBefore'] as const
      ).find((key) => query[key] !== undefined);
      if (unsupported)
        throw new BadUserInputError(`BetterCloud cannot filter users by \`${unsupported}\``, 'filter');
      if (query.sort) throw new BadUserInputError('BetterCloud cannot sort users', 'sort');
      const email = query.email === undefined ? undefined : normalizeEmail(query.email);
      if (email !== undefined && !isEmailAddress(email))
        throw new BadUserInputError(`"${query.email}" is not an email address`, 'filter');
      const status = toBetterCloudUserStatus(query.status);
      const window = await betterCloudOffsetWindow(offset, limit, (page, perPage) =>
        api.listUsers(page, perPage, { email, status }),
      );
      return { items: window.items.map(toBetterCloudAccount), total: window.total };
    },

    /** One call when the window lines up with a page (sequential paging), else the covering pages (at most 2). */
    async listGroups(offset, limit) {
      const window = await betterCloudOffsetWindow(offset, limit, (page, perPage) =>
        api.listGroups(page, perPage),
      );
      return { items: window.items.map((g) => remember(toGroup(g))), total: window.total };
    },

    getGroup: groupById,

    /**
     * The member list is not paginated at BetterCloud: one call, sliced here. The group itself
     * (each membership carries it) costs one more call, in parallel, unless this request read it already.
     */
    async listGroupMembers(groupId, offset, limit) {
      const [group, members] = await Promise.all([groupById(groupId), api.listGroupMembers(groupId)]);
      if (!group || !members) throw new NotFoundError(`BetterCloud has no group ${groupId}`, 'BETTERCLOUD');
      return {
        items: members.data.slice(offset, offset + limit).map((member) => toMembership(member, group)),
        total: members.data.length,
      };
    },

    /** See buildMembershipIndex: G + ⌈G / 100⌉ calls per request, whatever the number of emails. */
    async membershipsOf(emails) {
      const index = await (membershipIndex ??= buildMembershipIndex());
      return emails.map((email) => index.get(normalizeEmail(email)) ?? []);
    },

    async listWorkflows(offset, limit, query = {}) {
      const status = toBetterCloudWorkflowStatus(query.status);
      const window = await betterCloudOffsetWindow(offset, limit, (page, perPage) =>
        api.listWorkflows(page, perPage, { status }),
      );
      return { items: window.items.map(toWorkflow), total: window.total };
    },

    async getWorkflow(workflowId) {
      const answer = await api.getWorkflow(workflowId);
      return answer ? toWorkflow(answer.data) : undefined;
    },

    /**
     * Newest first, `from`/`to` pushed down. BetterCloud filters events by target user ID, not by
     * email: `targetEmail` first finds the user (`listUsers?email=`, one call, shared within the
     * request), then filters with `user_id`; a known `targetUserId` skips the lookup. Someone with no
     * BetterCloud user has no events (no second call).
     */
    async listEvents(offset, limit, filter) {
      let userId = filter.targetUserId;
      if (userId === undefined && filter.targetEmail !== undefined) {
        userId = (await datasource.findAccountsByEmail(filter.targetEmail))[0]?.externalId;
        if (userId === undefined) return { items: [], total: 0 };
      }
      const window = await betterCloudOffsetWindow(offset, limit, (page, perPage) =>
        api.listEvents(page, perPage, { from: filter.from, to: filter.to, type: filter.action, userId }),
      );
      return { items: window.items.map(toAuditEvent), total: window.total };
    },

    /** One call: the list is short and not paginated. */
    async listIntegrations() {
      const answer = await api.listIntegrations();
      if (!Array.isArray(answer?.data))
        throw vendorBadResponse('BETTERCLOUD', 'an integration list without `data`');
      return answer.data.map(toIntegration);
    },

    /** One call (the events of one instant fit in a page of 100): BetterCloud has no event-by-ID endpoint. */
    async findEvent(eventId, occurredAt) {
      const window = await betterCloudOffsetWindow(0, 100, (page, perPage) =>
        api.listEvents(page, perPage, { from: occurredAt, to: occurredAt }),
      );
      return window.items.map(toAuditEvent).find((event) => event.externalId === eventId);
    },
  };
  return datasource;
}
