import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout the gateway runs from: the nearest folder above this module holding package.json.
 * The same module runs from `src/` under tsx and from `dist/server/src/` once built (`npm run build`),
 * so the files it reads beside the code (schema/*.graphql, the GraphiQL bundle, the saved operations,
 * the persisted-query manifest) are found from here rather than from a fixed `../` depth.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the checkout, given relative to its root. */
export const projectFile = (...segments: string[]): string => join(projectRoot, ...segments);
