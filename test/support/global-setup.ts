import { existsSync } from 'node:fs';
import { buildGraphiql, graphiqlDistDir } from '../../scripts/build-graphiql.js';

/** The browser tests load the bundled GraphiQL: build it once when it is missing (`npm ci && npm test`). */
export default async function setup(): Promise<void> {
  if (!existsSync(`${graphiqlDistDir}graphiql.js`)) await buildGraphiql();
}
