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
import type { HolderLookup } from './holders.js';

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

/** Validates an `after` cursor of `licenseWaste` (before any vendor call is spent on a bad one). */
export function parseWasteCursor(after: string | null | undefined): WasteKey | undefined {
  return after ? decodeCursor(after, isWasteKey) : undefined;
}

/**
 * One page of the sorted waste, with totals over all of it. The cursor is the last item's sort key
 * (keyset), so a page stays right when seats are added or reclaimed between requests.
 */
export function pageLicenseWaste(
  waste: readonly LicenseWasteModel[],
  args: { first: number; after?: string | null },
): LicenseWasteConnectionModel {
  let start = 0;
  const after = parseWasteCursor(args.after);
  if (after) {
    while (start < waste.length && compareKeys(wasteKey(waste[start]), after) <= 0) start++;
  }
  const page = waste.slice(start, start + args.first);
  const cents = waste.reduce((sum, w) => sum + toCents(w.subscription.monthlyCost), 0);
  return {
    ...buildConnection({
      items: page,
      cursorOf: (node) => encodeCursor(wasteKey(node)),
      hasNextPage: start + page.length < waste.length,
      hasPreviousPage: start > 0,
      totalCount: waste.length,
    }),
    totalMonthlyCost: { amount: cents / 100, currency: waste[0]?.subscription.currency ?? 'USD' },
  };
}
