import type { SeededRandom } from '../core/random.js';

/** JumpCloud object IDs are MongoDB ObjectIds: 24 lower-case hex characters. */
export const objectId = (random: SeededRandom): string => random.hex(24);

export const isObjectId = (value: string): boolean => /^[0-9a-f]{24}$/.test(value);

/** PSA records (companies, agreements, contracts) carry the PSA's numeric IDs, as strings in JumpCloud's API. */
export function numericIds(start: number, count: number, random: SeededRandom): string[] {
  const ids: string[] = [];
  let next = start;
  for (let i = 0; i < count; i++) {
    next += random.int(1, 9);
    ids.push(String(next));
  }
  return ids;
}
