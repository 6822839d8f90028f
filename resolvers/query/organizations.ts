import type { QueryResolvers } from '../../__generated__/graphql.js';
import type { OrganizationModel } from '../../datasources/model/index.js';
import {
  arraySource,
  concatConnection,
  type ConnectionSource,
} from '../../datasources/paging/concat-connection.js';
import type { GatewayContext } from '../../mutations/context.js';
import { reportVendorFailure } from '../partial-failure.js';

/** Atlassian organizations (a short list, read whole), then JumpCloud's client organizations (paged by the vendor). */
function organizationSources(ctx: GatewayContext): ConnectionSource<OrganizationModel>[] {
  const { atlassian, jumpcloud } = ctx.datasources;
  return [
    arraySource<OrganizationModel>('ATLASSIAN', () => atlassian.listOrganizations()),
    { name: 'JUMPCLOUD', fetchWindow: (offset, limit) => jumpcloud.listOrganizations(offset, limit) },
  ];
}

export const organizationsQuery: Pick<QueryResolvers, 'organizations'> = {
  organizations: (_root, args, ctx, info) => {
    const sources = organizationSources(ctx).filter((s) => !args.vendor || s.name === args.vendor);
    return concatConnection(sources, args, reportVendorFailure(ctx, info));
  },
};
