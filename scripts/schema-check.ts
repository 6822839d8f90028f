import { readFileSync, readdirSync } from 'node:fs';
import { breakingChanges, intendedBreakingChanges, unintended } from './breaking-changes.js';

/**
 * CI's breaking-change check: the published `schema.graphql` against the last released SDL
 * (`releases/<version>.graphql`, the highest version). A breaking change fails unless
 * CHANGELOG.md's Unreleased section lists it under "### Breaking".
 */
const root = new URL('../', import.meta.url);
const byVersion = (a: string, b: string) =>
  a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
const released = readdirSync(new URL('releases/', root))
  .filter((f) => f.endsWith('.graphql'))
  .sort(byVersion)
  .at(-1);
if (!released) throw new Error('No released SDL in releases/');

const changes = await breakingChanges(
  readFileSync(new URL(`releases/${released}`, root), 'utf8'),
  readFileSync(new URL('schema.graphql', root), 'utf8'),
);
const intended = intendedBreakingChanges(readFileSync(new URL('CHANGELOG.md', root), 'utf8'));
const failing = unintended(changes, intended);

console.log(
  `Schema against releases/${released}: ${changes.length} breaking change(s), ${failing.length} not listed in CHANGELOG.md.`,
);
for (const change of changes)
  console.log(`  ${failing.includes(change) ? 'UNLISTED' : 'listed  '} ${change.path}: ${change.message}`);
if (failing.length > 0) {
  console.error(
    'List each intended breaking change under "## Unreleased" → "### Breaking" in CHANGELOG.md as "- `Coordinate`: why".',
  );
  process.exit(1);
}
