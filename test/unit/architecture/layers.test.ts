import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The floors of the house: each folder imports only from its own floor and the ones below it
 * (common ← datasources ← mutations ← resolvers ← src). Simulators stand apart: only the assembly
 * (`src/`, which starts them for the embedded default), tests and benchmarks may import them, and
 * they import no product code. Every relative import of every product file is resolved and checked.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));

const floors = ['common', 'datasources', 'mutations', 'resolvers', 'src'] as const;
type Floor = (typeof floors)[number];
const rank = (floor: Floor) => floors.indexOf(floor);

/** Which floor a repository path belongs to (`__generated__/graphql.ts` is the resolvers' types). */
function floorOf(relativePath: string): Floor | 'simulators' | 'generated-vendors' | undefined {
  const [top] = relativePath.split('/');
  if (relativePath === '__generated__/graphql.ts') return 'resolvers';
  if (relativePath.startsWith('__generated__/vendors/')) return 'generated-vendors';
  if (top === 'simulators') return 'simulators';
  return (floors as readonly string[]).includes(top) ? (top as Floor) : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? sourceFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    path.relative(root, path.resolve(path.dirname(path.join(root, file)), m[1])).replace(/\.js$/, '.ts'),
  );
}

/** The imports that run against the floors, as `importer → imported` lines. */
function upwardImports(edges: [file: string, target: string][]): string[] {
  const wrong: string[] = [];
  for (const [file, target] of edges) {
    const from = floorOf(file);
    const to = floorOf(target);
    if (from === undefined || to === undefined || to === 'generated-vendors') continue;
    const allowed =
      from === 'simulators'
        ? to === 'simulators'
        : to === 'simulators'
          ? from === 'src'
          : from !== 'generated-vendors' && rank(to) <= rank(from);
    if (!allowed) wrong.push(`${file} → ${target}`);
  }
  return wrong;
}

const edgesOf = (files: string[]) =>
  files.flatMap((file) => relativeImports(file).map((target): [string, string] => [file, target]));

describe('the layering of the house', () => {
  const productFiles = [...floors, 'simulators', '__generated__'].flatMap(sourceFiles);

  it('finds the product files of every floor', () => {
    for (const floor of floors) expect(productFiles.some((f) => f.startsWith(`${floor}/`))).toBe(true);
  });

  it('has no import that runs back up a floor, and none into or out of the simulators', () => {
    expect(upwardImports(edgesOf(productFiles))).toEqual([]);
  });

  it('keeps common/ free of every other folder of ours', () => {
    const outward = sourceFiles('common').flatMap((file) =>
      relativeImports(file)
        .filter((target) => !target.startsWith('common/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(outward).toEqual([]);
  });

  it('reaches the vendors from mutations/ only through the contracts, the write facade and the shared layers', () => {
    const vendorFolder = /^datasources\/(bettercloud|atlassian|scim|snow|jumpcloud)\//;
    const bypassing = sourceFiles('mutations').flatMap((file) =>
      relativeImports(file)
        .filter((target) => vendorFolder.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(bypassing).toEqual([]);
  });

  it('flags each kind of wrong import (the check itself can fail)', () => {
    expect(
      upwardImports([
        ['datasources/http/vendor-client.ts', 'src/gateway.ts'],
        ['common/errors.ts', 'datasources/model/index.ts'],
        ['mutations/pipeline.ts', 'resolvers/index.ts'],
        ['simulators/core/server.ts', 'datasources/model/index.ts'],
        ['resolvers/User.ts', 'simulators/index.ts'],
        ['resolvers/User.ts', 'mutations/context.ts'],
        ['src/start.ts', 'simulators/index.ts'],
      ]),
    ).toEqual([
      'datasources/http/vendor-client.ts → src/gateway.ts',
      'common/errors.ts → datasources/model/index.ts',
      'mutations/pipeline.ts → resolvers/index.ts',
      'simulators/core/server.ts → datasources/model/index.ts',
      'resolvers/User.ts → simulators/index.ts',
    ]);
  });
});
