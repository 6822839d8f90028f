import type { Resolvers } from '../__generated__/graphql.js';
import { Account, AtlassianAccount, BetterCloudAccount, JumpCloudAccount, SnowAccount } from './Account.js';
import { nodeQuery } from './query/node.js';
import { usersQuery } from './query/users.js';
import { DateTime, JSONScalar } from './scalars.js';
import { User } from './User.js';

/** The resolver map: one module per GraphQL type, root fields grouped by domain under `query/`. */
export const resolvers: Resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    ...nodeQuery,
    ...usersQuery,
  },
  User,
  Account,
  BetterCloudAccount,
  AtlassianAccount,
  SnowAccount,
  JumpCloudAccount,
};
