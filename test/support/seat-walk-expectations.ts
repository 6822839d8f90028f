import type { SnowState } from '../../simulators/snow/state.js';

/**
 * The Snow calls the seat walk (datasources/snow/seat-walk.ts) must make over the simulator's data,
 * counted from that data: the user list pages, one user-subscription read per user the walk has to
 * ask (replayed here on the simulator's own records: the first user, in list order, with the most
 * seats not yet seen; each read reveals that user's subscriptions, whose seat lists account for
 * their holders), and every seat page of every subscription. Tests compare the gateway's calls with
 * this instead of a number copied from one run.
 */
export function expectedSeatWalkCalls(snow: SnowState) {
  const { users, subscriptions } = snow.data;
  const unseen = new Map<string, number>();
  for (const user of users) if (user.seats.length > 0) unseen.set(user.id, user.seats.length);
  const byId = new Map(users.map((u) => [u.id, u]));
  const known = new Set<string>();
  let usersAsked = 0;
  while (unseen.size > 0) {
    let pick = '';
    let most = -1;
    for (const [id, n] of unseen)
      if (n > most) {
        pick = id;
        most = n;
      }
    unseen.delete(pick);
    usersAsked++;
    for (const seat of byId.get(pick)!.seats) {
      if (known.has(seat.subscription.id)) continue;
      known.add(seat.subscription.id);
      for (const held of seat.subscription.seats) {
        const left = unseen.get(held.user.id);
        if (left === undefined) continue;
        if (left <= 1) unseen.delete(held.user.id);
        else unseen.set(held.user.id, left - 1);
      }
    }
  }
  const userPages = Math.ceil(users.length / 1000);
  const consumptionPages = subscriptions.reduce(
    (sum, s) => sum + Math.max(1, Math.ceil(s.seats.length / 1000)),
    0,
  );
  return { userPages, usersAsked, consumptionPages, total: userPages + usersAsked + consumptionPages };
}
