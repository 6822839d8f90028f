import type { IntegrationFilter, QueryResolvers } from '../../__generated__/graphql.js';
import type { IntegrationKind, IntegrationModel, VendorName } from '../../datasources/model/index.js';
import {
  arraySource,
  concatConnection,
  type ConnectionSource,
} from '../../datasources/paging/concat-connection.js';
import type { GatewayContext } from '../../mutations/context.js';
import { reportVendorFailure } from '../partial-failure.js';

/** The kinds each vendor can hold: a vendor that cannot hold the asked kind is not called at all. */
const kindsOf: Partial<Record<VendorName, readonly IntegrationKind[]>> = {
  BETTERCLOUD: ['SAAS_APPLICATION'],
  JUMPCLOUD: ['CONNECTWISE', 'SYNCRO', 'AUTOTASK'],
};

/**
 * BetterCloud's SaaS integrations, then the JumpCloud provider's PSA integrations: both short lists
 * (one call each), read whole and filtered by kind here.
 */
function integrationSources(
  ctx: GatewayContext,
  filter: IntegrationFilter,
): ConnectionSource<IntegrationModel>[] {
  const { bettercloud, jumpcloud } = ctx.datasources;
  const kind = filter.kind ?? undefined;
  const ofKind = (list: IntegrationModel[]) =>
    kind ? list.filter((integration) => integration.kind === kind) : list;
  const lists: [VendorName, () => Promise<IntegrationModel[]>][] = [
    ['BETTERCLOUD', () => bettercloud.listIntegrations()],
    ['JUMPCLOUD', () => jumpcloud.listIntegrations()],
  ];
  return lists
    .filter(
      ([vendor]) =>
        (!filter.vendor || filter.vendor === vendor) && (!kind || kindsOf[vendor]?.includes(kind)),
    )
    .map(([vendor, load]) => arraySource(vendor, async () => ofKind(await load())));
}

export const integrationsQuery: Pick<QueryResolvers, 'integrations'> = {
  integrations: (_root, args, ctx, info) =>
    concatConnection(integrationSources(ctx, args.filter ?? {}), args, reportVendorFailure(ctx, info)),
};
