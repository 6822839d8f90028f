import type { AccountModel } from '../model/index.js';

export type UserStatus = 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED' | 'MIXED';

/** A person's overall state: the accounts' common state, or MIXED when they disagree. Never stored. */
export function deriveUserStatus(accounts: readonly Pick<AccountModel, 'status'>[]): UserStatus {
  const states = new Set(accounts.map((a) => a.status));
  if (states.size === 1) return [...states][0];
  return 'MIXED';
}

/** A person's most recent activity in any vendor (ISO), null when no vendor reports one. */
export function lastActiveOf(user: {
  accounts: readonly Pick<AccountModel, 'lastActiveAt'>[];
}): string | null {
  return user.accounts.reduce<string | null>(
    (latest, a) => (a.lastActiveAt && (!latest || a.lastActiveAt > latest) ? a.lastActiveAt : latest),
    null,
  );
}
