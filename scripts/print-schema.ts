import { writeFileSync } from 'node:fs';
import { loadTypeDefs } from '../src/type-defs.js';
import { printSdl } from './schema-sdl.js';

/** `npm run codegen` step: publishes the schema as one SDL file, `schema.graphql` (committed; CI fails when stale). */
writeFileSync(new URL('../schema.graphql', import.meta.url), printSdl(loadTypeDefs()));
