import type { MoneyModel } from '../datasources/model/index.js';

/** Snow reports costs in the tenant's currency; the simulators and our models use USD. */
export const DEFAULT_CURRENCY = 'USD';

export function money(amount: number | null | undefined, currency = DEFAULT_CURRENCY): MoneyModel | null {
  return amount === null || amount === undefined
    ? null
    : { amount: Math.round(amount * 100) / 100, currency };
}
