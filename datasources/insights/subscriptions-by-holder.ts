import type { ConnectionModel, SaasSubscriptionModel, SnowAccountModel, UserModel } from '../model/index.js';
import { connectionFromEdges } from '../paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../paging/cursor.js';

/**
 * The company's subscriptions, paged over the identity index's Snow accounts (by normalized email,
 * then Snow user ID), so a page costs one Snow call per holder on it, not a walk of everyone.
 * Each account's `licenseCount` (from the index) says how many seats it holds: a page loads just
 * the holders whose seats fill it, and `totalCount` is their sum (as of the index's last refresh).
 */

interface HolderCursor extends Record<string, unknown> {
  /** Normalized email of the holder of the last seat returned. */
  e: string;
  /** Their Snow user ID. */
  a: string;
  /** The seat's position in that holder's subscription list. */
  i: number;
  /** 1 when it was that holder's last seat: the next page starts at the next holder without asking again. */
  l?: 1;
}
const isHolderCursor = (v: Record<string, unknown>): v is HolderCursor =>
  typeof v.e === 'string' &&
  typeof v.a === 'string' &&
  typeof v.i === 'number' &&
  Number.isInteger(v.i) &&
  v.i >= 0 &&
  (v.l === undefined || v.l === 1);

const holderKey = (a: Pick<SnowAccountModel, 'normalizedEmail' | 'externalId'>) =>
  `${a.normalizedEmail}\u0000${a.externalId}`;

/** Snow accounts that hold seats (or might: unknown count), in paging order. */
export function snowHolders(users: readonly UserModel[]): SnowAccountModel[] {
  const accounts = users.flatMap((u) =>
    u.accounts.filter((a): a is SnowAccountModel => a.vendor === 'SNOW' && a.licenseCount !== 0),
  );
  return accounts.sort((a, b) => (holderKey(a) < holderKey(b) ? -1 : holderKey(a) > holderKey(b) ? 1 : 0));
}

/** `load` returns each account's subscriptions in order (through the request's DataLoader). */
export async function pageSubscriptionsByHolder(
  holders: readonly SnowAccountModel[],
  args: { first: number; after?: string | null },
  load: (accounts: SnowAccountModel[]) => Promise<SaasSubscriptionModel[][]>,
): Promise<ConnectionModel<SaasSubscriptionModel>> {
  let pos = 0;
  let skip = 0;
  if (args.after) {
    const cursor = decodeCursor(args.after, isHolderCursor);
    const key = holderKey({ normalizedEmail: cursor.e, externalId: cursor.a });
    while (pos < holders.length && holderKey(holders[pos]) < key) pos++;
    if (pos < holders.length && holderKey(holders[pos]) === key) {
      if (cursor.l) pos++;
      else skip = cursor.i + 1;
    }
  }
  const edges: ConnectionModel<SaasSubscriptionModel>['edges'] = [];
  // Invariant: the next seat to return is seat `skip` of `holders[pos]`.
  while (edges.length < args.first && pos < holders.length) {
    // The holders whose predicted seats fill the rest of the page (at least one).
    const batch: SnowAccountModel[] = [];
    let predicted = 0;
    for (let j = pos; j < holders.length && predicted < args.first - edges.length; j++) {
      batch.push(holders[j]);
      predicted += Math.max(0, (holders[j].licenseCount ?? 1) - (j === pos ? skip : 0));
    }
    const lists = await load(batch);
    for (let k = 0; k < batch.length && edges.length < args.first; k++) {
      const account = batch[k];
      const subscriptions = lists[k];
      let i = skip;
      for (; i < subscriptions.length && edges.length < args.first; i++) {
        // A user's own list does not name the holder: the account does.
        const node = subscriptions[i].userEmail
          ? subscriptions[i]
          : { ...subscriptions[i], userEmail: account.normalizedEmail };
        const last = i === subscriptions.length - 1 ? { l: 1 } : {};
        edges.push({
          cursor: encodeCursor({ e: account.normalizedEmail, a: account.externalId, i, ...last }),
          node,
        });
      }
      if (i < subscriptions.length) {
        skip = i;
        break;
      }
      pos++;
      skip = 0;
    }
  }
  // Every holder left holds seats (those counted 0 are not listed): more to come.
  const hasNextPage = pos < holders.length;
  return connectionFromEdges(edges, {
    hasNextPage,
    // Positions run forward over the holders only: no `last`/`before`, so no page is reported behind.
    hasPreviousPage: false,
    totalCount: holders.reduce((sum, h) => sum + (h.licenseCount ?? 0), 0),
  });
}
