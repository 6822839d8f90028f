import { readdirSync, readFileSync } from 'node:fs';
import { projectFile } from './project-files.js';

const schemaDir = projectFile('schema') + '/';

/** The schema is the `.graphql` files in `schema/`, one per domain, read in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(schemaDir + f, 'utf8'));
}
