import type { PolicyFilter, QueryResolvers } from '../../__generated__/graphql.js';
import type { PolicyKind, PolicyModel } from '../../datasources/model/index.js';
import {
  arraySource,
  concatConnection,
  type ConnectionSource,
} from '../../datasources/paging/concat-connection.js';
import type { GatewayContext } from '../../mutations/context.js';
import { reportVendorFailure } from '../partial-failure.js';

/** Kinds only JumpCloud has; every other kind but OTHER is Atlassian's. */
const jumpCloudKinds: readonly PolicyKind[] = ['POLICY_TEMPLATE', 'POLICY_GROUP_TEMPLATE'];

/**
 * Atlassian policies of every org (`kind` pushed down as `type`), then JumpCloud's policy templates
 * (one list, filtered here). A vendor that cannot hold the asked kind is not called at all.
 */
function policySources(ctx: GatewayContext, filter: PolicyFilter): ConnectionSource<PolicyModel>[] {
  const { atlassian, jumpcloud } = ctx.datasources;
  const kind = filter.kind ?? undefined;
  const sources: ConnectionSource<PolicyModel>[] = [];
  const wants = (vendor: PolicyModel['vendor']) => !filter.vendor || filter.vendor === vendor;
  if (wants('ATLASSIAN') && (!kind || !jumpCloudKinds.includes(kind)))
    sources.push(
      arraySource('ATLASSIAN', async () => {
        const orgs = await atlassian.listOrganizations();
        return (
          await Promise.all(orgs.map((org) => atlassian.listPolicies(org.externalId, { kind })))
        ).flat();
      }),
    );
  if (wants('JUMPCLOUD') && (!kind || kind === 'OTHER' || jumpCloudKinds.includes(kind)))
    sources.push(
      arraySource('JUMPCLOUD', async () =>
        (await jumpcloud.listPolicies()).filter((p) => !kind || p.kind === kind),
      ),
    );
  return sources;
}

export const policiesQuery: Pick<QueryResolvers, 'policies'> = {
  policies: (_root, args, ctx, info) =>
    concatConnection(policySources(ctx, args.filter ?? {}), args, reportVendorFailure(ctx, info)),
};
