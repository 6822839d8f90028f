import type { SeededRandom } from '../../core/random.js';

/**
 * IDs drawn 32 bits at a time: `SeededRandom.uuid()`/`hex()` draw one number per hex digit, which
 * dominates seeding at 100,000 accounts. Same seed, same IDs, like everything else here.
 */
function word(random: SeededRandom): string {
  return Math.floor(random.next() * 4294967296)
    .toString(16)
    .padStart(8, '0');
}

export function hexId(random: SeededRandom, length: number): string {
  let out = '';
  while (out.length < length) out += word(random);
  return out.slice(0, length);
}

/** A version-4-shaped UUID. */
export function uuidId(random: SeededRandom): string {
  const a = word(random);
  const b = word(random);
  const c = word(random);
  const d = word(random);
  const variant = '89ab'[parseInt(c[0], 16) & 3];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
