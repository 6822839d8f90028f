import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../../mutations/context.js';
import { fetchNode } from '../query/node.js';
import { usersQuery } from '../query/users.js';

type ReferenceResolver = (
  reference: Record<string, unknown>,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;
type UserResolver = (
  root: object,
  args: { email: string },
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Federation reference resolvers (`_entities`): a router hands AdminGraph `{ __typename, email }`
 * for a User and `{ __typename, id }` for every other Node, and they resolve as `user(email:)` and
 * `node(id:)` do, over the same loaders and identity index. An ID of another type is no such entity.
 */
export function referenceResolvers(
  entityTypes: readonly string[],
): Record<string, { __resolveReference: ReferenceResolver }> {
  const user: ReferenceResolver = (reference, ctx, info) =>
    (usersQuery.user as UserResolver)({}, { email: String(reference.email) }, ctx, info);
  const node =
    (type: string): ReferenceResolver =>
    async (reference, ctx) => {
      const found = await fetchNode(String(reference.id), ctx);
      return found?.__typename === type ? found : null;
    };
  return Object.fromEntries(
    entityTypes.map((type) => [type, { __resolveReference: type === 'User' ? user : node(type) }]),
  );
}
