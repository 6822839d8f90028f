import type { PrivilegedHolderResolvers } from '../__generated__/graphql.js';
import { deriveUserStatus, lastActiveOf } from '../datasources/identity/user-status.js';

export const PrivilegedHolder: PrivilegedHolderResolvers = {
  status: (holder) => deriveUserStatus(holder.user.accounts),
  lastActiveAt: (holder) => lastActiveOf(holder.user),
};
