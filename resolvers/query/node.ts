import type { QueryResolvers } from '../../__generated__/graphql.js';
import { normalizeEmail } from '../../datasources/model/index.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { checkNodeId } from '../../common/node-id-formats.js';
import type { GatewayContext } from '../../mutations/context.js';
import { fromGlobalId } from '../../common/global-id.js';
import { personByEmail } from '../person.js';

type Fetched = { __typename: string } & object;

const accountTypeByVendor = {
  BETTERCLOUD: 'BetterCloudAccount',
  ATLASSIAN: 'AtlassianAccount',
  SNOW: 'SnowAccount',
  JUMPCLOUD: 'JumpCloudAccount',
} as const;

const tag = <T extends object>(typename: string, value: T | undefined | null): Fetched | null =>
  value ? { ...value, __typename: typename } : null;

/** Fetches the object a global ID names, tagged with its GraphQL type for `Node` resolution. */
export async function fetchNode(id: string, ctx: GatewayContext): Promise<Fetched | null> {
  // Format and tenant first: a malformed part or another org's ID never reaches a vendor.
  const checked = checkNodeId(id, ctx.mutations.tenantIds);
  if (!checked.ok)
    throw checked.code === 'NOT_FOUND'
      ? new NotFoundError(checked.message)
      : new BadUserInputError(checked.message, 'id');
  const { type, parts } = fromGlobalId(id);
  const ds = ctx.datasources;
  const [a, b, c] = parts;
  switch (type) {
    case 'User':
      // The person by email: from the index once built, else each vendor asked by email.
      return tag('User', await personByEmail(ctx, normalizeEmail(a)));
    case 'Account': {
      // Each vendor's by-ID read: BetterCloud getUser, Atlassian getDirectoryUser, Snow users/{id}; JumpCloud `id:eq`.
      const typename = accountTypeByVendor[a as keyof typeof accountTypeByVendor];
      if (!typename || !b) break;
      const source = {
        BETTERCLOUD: ds.bettercloud,
        ATLASSIAN: ds.atlassian,
        SNOW: ds.snow,
        JUMPCLOUD: ds.jumpcloud,
      }[a as keyof typeof accountTypeByVendor];
      return tag(typename, await source.getAccount(b));
    }
    case 'Group':
      if (a === 'BETTERCLOUD') return tag('Group', await ds.bettercloud.getGroup(b));
      if (a === 'SCIM') return tag('Group', await ds.scim.getGroup(b));
      if (a === 'ATLASSIAN' && c)
        return tag(
          'Group',
          (await ds.atlassian.listGroups(c)).find((g) => g.externalId === b),
        );
      break;
    case 'Workflow':
      return tag('Workflow', await ds.bettercloud.getWorkflow(a));
    case 'Policy':
      if (a === 'ATLASSIAN' && c) return tag('Policy', await ds.atlassian.getPolicy(c, b));
      // The template's kind (third part) picks JumpCloud's by-ID read; IDs made before it was added scan the lists.
      if (a === 'JUMPCLOUD') return tag('Policy', await ds.jumpcloud.getPolicy(b, c));
      break;
    case 'Integration':
      if (a === 'BETTERCLOUD')
        return tag(
          'Integration',
          (await ds.bettercloud.listIntegrations()).find((i) => i.externalId === b),
        );
      if (a === 'JUMPCLOUD') return tag('Integration', await ds.jumpcloud.getIntegration(b));
      break;
    case 'Organization':
      if (a === 'ATLASSIAN') return tag('AtlassianOrganization', await ds.atlassian.getOrganization(b));
      if (a === 'JUMPCLOUD')
        return tag(
          'ProviderOrganization',
          (await ds.jumpcloud.listAllOrganizations()).find((o) => o.externalId === b),
        );
      break;
    case 'Provider': {
      const provider = await ds.jumpcloud.getProvider();
      return tag('Provider', provider.externalId === a ? provider : null);
    }
    case 'SaasSubscription':
      return tag(
        'SaasSubscription',
        (await ctx.loaders.subscriptionsBySnowUser.load(a)).find((s) => s.externalId === b),
      );
    case 'Application': {
      const { items } = await ds.snow.listApplications(0, 10_000);
      return tag(
        'Application',
        items.find((app) => app.externalId === a),
      );
    }
    case 'AuditEvent':
      // [vendor, event id, occurredAt, Atlassian org]: what each vendor needs to find the event with one call.
      if (a === 'ATLASSIAN' && parts[3]) return tag('AuditEvent', await ds.atlassian.getEvent(parts[3], b));
      if (a === 'BETTERCLOUD' && c) return tag('AuditEvent', await ds.bettercloud.findEvent(b, c));
      break;
  }
  throw new BadUserInputError(`"${id}" is not an AdminGraph ID`, 'id');
}

export const nodeQuery: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_root, args, ctx) => fetchNode(args.id, ctx) as never,
  nodes: (_root, args, ctx) => {
    if (args.ids.length > 100) throw new BadUserInputError('`ids` takes at most 100 IDs', 'ids');
    // One failing vendor nulls only its own entries.
    return Promise.all(
      args.ids.map((id) => fetchNode(id, ctx).catch((error: unknown) => error as Error)),
    ) as never;
  },
};
