import type { GroupFilter, QueryResolvers } from '../../__generated__/graphql.js';
import type { GroupModel } from '../../datasources/model/index.js';
import {
  arraySource,
  concatConnection,
  type ConnectionSource,
} from '../../datasources/paging/concat-connection.js';
import { allPagesByOffset } from '../../datasources/paging/page-number-window.js';
import type { GatewayContext } from '../../mutations/context.js';
import { reportVendorFailure } from '../partial-failure.js';

/** Group names match as SCIM's `displayName eq` does: exactly, ignoring case. */
const nameMatches = (name: string | undefined) => (group: GroupModel) =>
  name === undefined || group.name.toLowerCase() === name.toLowerCase();

/**
 * The group lists in order BetterCloud, Atlassian (every org), SCIM. Only SCIM can filter by name;
 * BetterCloud and Atlassian are then walked whole (100 and 50 a page) and matched here.
 */
function groupSources(ctx: GatewayContext, filter: GroupFilter): ConnectionSource<GroupModel>[] {
  const { bettercloud, atlassian, scim } = ctx.datasources;
  const name = filter.name ?? undefined;
  const sources: Record<GroupModel['source'], ConnectionSource<GroupModel>> = {
    BETTERCLOUD:
      name === undefined
        ? { name: 'BETTERCLOUD', fetchWindow: (offset, limit) => bettercloud.listGroups(offset, limit) }
        : arraySource('BETTERCLOUD', async () =>
            (await allPagesByOffset(100, (offset, limit) => bettercloud.listGroups(offset, limit))).filter(
              nameMatches(name),
            ),
          ),
    ATLASSIAN: arraySource('ATLASSIAN', async () => {
      const orgs = await atlassian.listOrganizations();
      const lists = await Promise.all(orgs.map((org) => atlassian.listGroups(org.externalId)));
      return lists.flat().filter(nameMatches(name));
    }),
    SCIM: { name: 'SCIM', fetchWindow: (offset, limit) => scim.listGroups(offset, limit, { name }) },
  };
  const order: GroupModel['source'][] = ['BETTERCLOUD', 'ATLASSIAN', 'SCIM'];
  return order
    .filter((source) => !filter.source || filter.source === source)
    .map((source) => sources[source]);
}

export const groupsQuery: Pick<QueryResolvers, 'groups'> = {
  groups: (_root, args, ctx, info) =>
    concatConnection(groupSources(ctx, args.filter ?? {}), args, reportVendorFailure(ctx, info)),
};
