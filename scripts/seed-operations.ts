/**
 * Lists every operation the seed documents (../shared/seeds/) describe into specs/seed-operations.json:
 * vendor, method, path, operationId and the query parameters, so COVERAGE.md can be checked against
 * the vendors' own documents rather than against our specs (test/unit/coverage/coverage.test.ts).
 *
 * Hand-written rather than an OpenAPI parser because the seeds are not parseable documents: 000–002
 * lost their line breaks (YAML on one line), 004 is cut off mid-document, and 003 is Markdown tables.
 * 003 names no operationIds: they are taken from specs/jumpcloud.yaml by method and path (our
 * spec follows JumpCloud's names). Run: `npx tsx scripts/seed-operations.ts` (`--check` fails when
 * the committed list is stale).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = `${root}../shared/seeds/`;
const outFile = `${root}specs/seed-operations.json`;

export interface SeedOperation {
  vendor: 'BETTERCLOUD' | 'ATLASSIAN' | 'SNOW' | 'JUMPCLOUD';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  operationId: string;
  /** Query parameters the seed documents for the operation (path parameters are implied by the path). */
  queryParameters: string[];
  /** Seed files (by number) that describe it. */
  seeds: string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Query parameters declared in one operation's text, `$ref`s resolved against `components.parameters`. */
function queryParameters(text: string, components: Map<string, { name: string; in: string }>): string[] {
  const found: string[] = [];
  const inline = /- name: (\S+)(.{0,800}?) in: (\w+)/g;
  for (const m of text.matchAll(inline)) if (!m[2].includes('- name:') && m[3] === 'query') found.push(m[1]);
  for (const m of text.matchAll(/\$ref: ["']#\/components\/parameters\/([A-Za-z0-9_]+)["']/g)) {
    const p = components.get(m[1]);
    if (p?.in === 'query') found.push(p.name);
  }
  return [...new Set(found)];
}

/** An OpenAPI document flattened to one line (000–002 are; 004 is made so): keys are found by position. */
function openApiOperations(text: string, vendor: SeedOperation['vendor']): Omit<SeedOperation, 'seeds'>[] {
  const flat = text.replace(/\s+/g, ' ');
  const pathsAt = flat.indexOf(' paths: ');
  const componentsAt = flat.indexOf(' components: ', pathsAt);
  const body = flat.slice(pathsAt, componentsAt < 0 ? undefined : componentsAt);
  const components = new Map<string, { name: string; in: string }>();
  if (componentsAt >= 0) {
    const tail = flat.slice(componentsAt);
    for (const m of tail.matchAll(/ ([A-Za-z0-9_]+): name: (\S+) (?:.{0,400}? )??in: (\w+)/g))
      components.set(m[1], { name: m[2], in: m[3] });
  }
  const keys = [...body.matchAll(/ (\/[A-Za-z0-9_.{}/-]*|get|post|put|patch|delete):(?= )/g)];
  const operations: Omit<SeedOperation, 'seeds'>[] = [];
  let path: string | undefined;
  keys.forEach((key, i) => {
    const name = key[1];
    if (name.startsWith('/')) {
      path = name;
      return;
    }
    if (!path || !(METHODS as readonly string[]).includes(name)) return;
    const segment = body.slice(key.index, keys[i + 1]?.index ?? body.length);
    const operationId = /operationId: ([A-Za-z0-9_]+)/.exec(segment)?.[1];
    if (!operationId) return; // a `get:` that is not an operation key (cut document)
    operations.push({
      vendor,
      method: name.toUpperCase() as SeedOperation['method'],
      path,
      operationId,
      queryParameters: queryParameters(segment, components),
    });
  });
  return operations;
}

/** 003: each endpoint is a block of Markdown ending in a `METHOD /path` line; parameters are table rows. */
function markdownOperations(text: string): Omit<SeedOperation, 'seeds'>[] {
  const spec = parse(readFileSync(`${root}specs/jumpcloud.yaml`, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const operations: Omit<SeedOperation, 'seeds'>[] = [];
  let block: string[] = [];
  for (const line of text.split('\n')) {
    const end = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(line.trim());
    if (!end) {
      block.push(line);
      continue;
    }
    const [, method, path] = end;
    const operationId = spec.paths[path]?.[method.toLowerCase()]?.operationId;
    if (!operationId) throw new Error(`specs/jumpcloud.yaml has no operationId for ${method} ${path}`);
    const params = block
      .map((l) => /^\| ([A-Za-z0-9_]+) \| query \|/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    operations.push({
      vendor: 'JUMPCLOUD',
      method: method as SeedOperation['method'],
      path,
      operationId,
      queryParameters: [...new Set(params)],
    });
    block = [];
  }
  return operations;
}

const VENDOR_BY_TITLE: [RegExp, SeedOperation['vendor']][] = [
  [/BetterCloud/, 'BETTERCLOUD'],
  [/Snow/, 'SNOW'],
  [/Atlassian/, 'ATLASSIAN'],
  [/JumpCloud|ConnectWise/, 'JUMPCLOUD'],
];

export function seedOperations(): SeedOperation[] {
  const byKey = new Map<string, SeedOperation>();
  for (const file of readdirSync(seedDir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()) {
    const text = readFileSync(seedDir + file, 'utf8');
    const seed = file.slice(0, 3);
    const isOpenApi = /openapi: 3/.test(text);
    const head = text.slice(0, 2000);
    const vendor = VENDOR_BY_TITLE.find(([pattern]) => pattern.test(head))?.[1];
    if (!vendor) throw new Error(`${file}: cannot tell which vendor it documents`);
    const found = isOpenApi ? openApiOperations(text, vendor) : markdownOperations(text);
    if (found.length === 0) throw new Error(`${file}: no operations found`);
    for (const op of found) {
      const key = `${op.vendor} ${op.method} ${op.path}`;
      const known = byKey.get(key);
      if (known) {
        known.seeds.push(seed);
        known.queryParameters = [...new Set([...known.queryParameters, ...op.queryParameters])];
      } else byKey.set(key, { ...op, seeds: [seed] });
    }
  }
  return [...byKey.values()];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(seedOperations(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(outFile, 'utf8') !== text) {
      console.error('specs/seed-operations.json is stale: run npx tsx scripts/seed-operations.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(outFile, text);
    console.log(`specs/seed-operations.json: ${seedOperations().length} operations`);
  }
}
