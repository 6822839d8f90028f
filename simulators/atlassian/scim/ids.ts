import type { SeededRandom } from '../../core/random.js';

/**
 * IDs drawn from a seeded sequence, 32 bits per draw. SeededRandom.uuid() draws once per hex digit,
 * which at 100,000 people costs most of the directory's build time; these are as deterministic and
 * about ten times cheaper.
 */
export function seededUuid(random: SeededRandom): string {
  const a = word(random);
  const b = word(random);
  const c = word(random);
  const d = word(random);
  const version = ((b & 0xffff0fff) | 0x4000) >>> 0; // version 4 in the third group
  const variant = ((c & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant in the fourth group
  const hb = hex8(version);
  const hc = hex8(variant);
  return `${hex8(a)}-${hb.slice(0, 4)}-${hb.slice(4)}-${hc.slice(0, 4)}-${hc.slice(4)}${hex8(d)}`;
}

/** `length` lower-case hex digits (length ≤ 24). */
export function seededHex(random: SeededRandom, length: number): string {
  let out = '';
  while (out.length < length) out += hex8(word(random));
  return out.slice(0, length);
}

function word(random: SeededRandom): number {
  return Math.floor(random.next() * 4294967296) >>> 0;
}

const byteHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return byteHex[n >>> 24] + byteHex[(n >>> 16) & 255] + byteHex[(n >>> 8) & 255] + byteHex[n & 255];
}
