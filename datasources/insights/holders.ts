import type { IdentitySnapshot } from '../identity/build-identity.js';
import type { SaasSubscriptionModel, UserModel } from '../model/index.js';

/** Finds the person holding a seat in the identity index. */
export type HolderLookup = (
  seat: Pick<SaasSubscriptionModel, 'userEmail' | 'snowUserId'>,
) => UserModel | undefined;

const bySnowIdCache = new WeakMap<object, Map<string, UserModel>>();

/**
 * By the seat's normalized email; seats read from a user's own subscription list may not carry it
 * (Snow does not name the holder there), so they are found by their Snow user ID instead.
 */
export function holderLookup(snapshot: Pick<IdentitySnapshot, 'users' | 'byEmail'>): HolderLookup {
  const bySnowId = () => {
    let map = bySnowIdCache.get(snapshot);
    if (!map) {
      map = new Map();
      for (const user of snapshot.users)
        for (const a of user.accounts) if (a.vendor === 'SNOW') map.set(a.externalId, user);
      bySnowIdCache.set(snapshot, map);
    }
    return map;
  };
  return (seat) =>
    (seat.userEmail ? snapshot.byEmail.get(seat.userEmail) : undefined) ?? bySnowId().get(seat.snowUserId);
}

/** The holder's department: from the first of their accounts (vendor order) that has one. */
export function departmentOf(holder: UserModel | undefined): string | null {
  return holder?.accounts.map((a) => a.department).find((d) => d !== null && d !== '') ?? null;
}
