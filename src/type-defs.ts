import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));

/** The schema is the `.graphql` files in `schema/`, one per domain, read in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(schemaDir + f, 'utf8'));
}
