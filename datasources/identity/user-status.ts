import type { AccountModel } from '../model/index.js';

export type UserStatus = 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED' | 'MIXED';

/** A person's overall state: the accounts' common state, or MIXED when they disagree. Never stored. */
export function deriveUserStatus(accounts: readonly Pick<AccountModel, 'status'>[]): UserStatus {
  const states = new Set(accounts.map((a) => a.status));
  if (states.size === 1) return [...states][0];
  return 'MIXED';
}
