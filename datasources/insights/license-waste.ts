import { BadUserInputError } from '../../common/errors.js';
import type {
  ConnectionModel,
  LicenseWasteModel,
  MoneyModel,
  SaasSubscriptionModel,
  UserModel,
  WasteReason,
} from '../model/index.js';
import { buildConnection } from '../paging/build-connection.js';
import { decodeCursor, encodeCursor } from '../paging/cursor.js';
import { pageWindow, type BidirectionalArgs } from '../paging/page-window.js';
import type { IdentitySnapshot } from '../identity/build-identity.js';
import { holderLookup, type HolderLookup } from './holders.js';
import type { PaidSeats } from './paid-seat-store.js';

/**
 * License waste: paid seats whose holder is suspended or deprovisioned in any vendor account, or
 * that went unused for longer than a threshold. Pure functions over the seats and the identity
 * index, so the whole computation is unit-tested without a vendor.
 */

export const DAY_MS = 86_400_000;
/** `licenseWaste`'s default threshold, and the one `spend` uses for its potential savings. */
export const DEFAULT_INACTIVE_DAYS = 60;

export interface WasteOptions {
  inactiveDays: number;
  /** Epoch milliseconds the inactivity is measured against. */
  now: number;
}

export function validateInactiveDays(inactiveDays: number): number {
  if (!Number.isInteger(inactiveDays) || inactiveDays < 0)
    throw new BadUserInputError(`\`inactiveDays\` must be 0 or more, got ${inactiveDays}`, 'inactiveDays');
  return inactiveDays;
}

/** An `inactiveDays` argument: the default window when absent, an error when negative or fractional. */
export function inactiveDaysArg(inactiveDays: number | null | undefined): number {
  return validateInactiveDays(inactiveDays ?? DEFAULT_INACTIVE_DAYS);
}

/** Whole days since `iso` (null when never). */
export function daysSince(iso: string | null, now: number): number | null {
  if (iso === null) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : Math.max(0, Math.floor((now - at) / DAY_MS));
}

/**
 * Why a seat is waste (empty when it is not), in the enum's order. Inactive means never used, or
 * last used more than `inactiveDays` × 24 h before `now`.
 */
export function wasteReasons(
  seat: Pick<SaasSubscriptionModel, 'lastActiveAt'>,
  holder: Pick<UserModel, 'accounts'> | undefined,
  options: WasteOptions,
): WasteReason[] {
  const reasons: WasteReason[] = [];
  const states = new Set(holder?.accounts.map((a) => a.status));
  if (states.has('SUSPENDED')) reasons.push('HOLDER_SUSPENDED');
  if (states.has('DEPROVISIONED')) reasons.push('HOLDER_DEPROVISIONED');
  const lastUse = seat.lastActiveAt === null ? NaN : Date.parse(seat.lastActiveAt);
  if (Number.isNaN(lastUse) || options.now - lastUse > options.inactiveDays * DAY_MS)
    reasons.push('INACTIVE');
  return reasons;
}

export const toCents = (amount: number | null | undefined) => Math.round((amount ?? 0) * 100);

/** Most expensive first, then by subscription ID and holder: a total order, so pages never overlap. */
export function compareWaste(a: LicenseWasteModel, b: LicenseWasteModel): number {
  return compareKeys(wasteKey(a), wasteKey(b));
}

/** Every wasted paid seat, sorted (see `compareWaste`). */
export function findLicenseWaste(
  seats: readonly SaasSubscriptionModel[],
  holderOf: HolderLookup,
  options: WasteOptions,
): LicenseWasteModel[] {
  const waste: LicenseWasteModel[] = [];
  for (const subscription of seats) {
    if (toCents(subscription.monthlyCost) <= 0) continue;
    const reasons = wasteReasons(subscription, holderOf(subscription), options);
    if (reasons.length > 0) waste.push({ subscription, reasons });
  }
  return waste.sort(compareWaste);
}

/** The company's waste under one window, worked out once per seat walk and identity snapshot. */
export function licenseWasteOf(
  paid: PaidSeats,
  identity: Pick<IdentitySnapshot, 'users' | 'byEmail'>,
  inactiveDays: number,
  now: number,
): LicenseWasteList {
  return paid.remember(identity, `waste:${inactiveDays}`, now, (at) =>
    licenseWasteList(findLicenseWaste(paid.seats, holderLookup(identity), { inactiveDays, now: at })),
  );
}

export interface LicenseWasteConnectionModel extends ConnectionModel<LicenseWasteModel> {
  totalMonthlyCost: MoneyModel;
}

interface WasteKey extends Record<string, unknown> {
  /** Monthly cost in cents. */
  c: number;
  /** Snow subscription ID. */
  s: string;
  /** Snow user ID of the holder. */
  u: string;
}
const isWasteKey = (v: Record<string, unknown>): v is WasteKey =>
  typeof v.c === 'number' && Number.isInteger(v.c) && typeof v.s === 'string' && typeof v.u === 'string';

const wasteKey = (w: LicenseWasteModel): WasteKey => ({
  c: toCents(w.subscription.monthlyCost),
  s: w.subscription.externalId,
  u: w.subscription.snowUserId,
});

function compareKeys(a: WasteKey, b: WasteKey): number {
  if (a.c !== b.c) return b.c - a.c;
  if (a.s !== b.s) return a.s < b.s ? -1 : 1;
  return a.u < b.u ? -1 : a.u > b.u ? 1 : 0;
}

/** Validates the `after`/`before` cursors of `licenseWaste` (before any vendor call is spent on a bad one). */
export function parseWasteCursor(
  cursor: string | null | undefined,
  argument: 'after' | 'before' = 'after',
): WasteKey | undefined {
  return cursor ? decodeCursor(cursor, isWasteKey, argument) : undefined;
}

/** The sorted waste of one seat walk, with its total worked out once (pages reuse both). */
export interface LicenseWasteList {
  items: readonly LicenseWasteModel[];
  totalCents: number;
  currency: string;
}

export function licenseWasteList(items: readonly LicenseWasteModel[]): LicenseWasteList {
  return {
    items,
    totalCents: items.reduce((sum, w) => sum + toCents(w.subscription.monthlyCost), 0),
    currency: items[0]?.subscription.currency ?? 'USD',
  };
}

/** How many items sort before `key` (or at it, `inclusive`): a binary search over the sorted list. */
function countBelow(items: readonly LicenseWasteModel[], key: WasteKey, inclusive: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareKeys(wasteKey(items[mid]), key);
    if (order < 0 || (inclusive && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of the sorted waste, with totals over all of it. Cursors are the item's sort key
 * (keyset), so a page stays right when seats are added or reclaimed between requests, and the
 * list pages both ways (`after`/`first`, `before`/`last`).
 */
export function pageLicenseWaste(
  waste: LicenseWasteList | readonly LicenseWasteModel[],
  args: BidirectionalArgs,
): LicenseWasteConnectionModel {
  const list = 'items' in waste ? waste : licenseWasteList(waste);
  const after = parseWasteCursor(args.after);
  const before = parseWasteCursor(args.before, 'before');
  const from = after ? countBelow(list.items, after, true) : 0;
  const to = before ? countBelow(list.items, before, false) : list.items.length;
  const window = pageWindow(list.items.length, { from, to }, args);
  return {
    ...buildConnection({
      items: list.items.slice(window.start, window.end),
      cursorOf: (node) => encodeCursor(wasteKey(node)),
      hasNextPage: window.hasNextPage,
      hasPreviousPage: window.hasPreviousPage,
      totalCount: list.items.length,
    }),
    totalMonthlyCost: { amount: list.totalCents / 100, currency: list.currency },
  };
}
