import { readdirSync, readFileSync } from 'node:fs';
import { projectFile } from '../project-files.js';

const operationsDir = projectFile('examples', 'operations') + '/';

/** The saved example operations (examples/operations/*.graphql), one GraphiQL tab each, in use-case order. */
export function exampleOperations(): { name: string; query: string }[] {
  const order = [
    'person-profile',
    'offboarding-dry-run',
    'offboarding-gaps',
    'privileged-access',
    'orphaned-accounts',
    'changes',
    'license-waste-and-spend',
    'integration-mappings',
    'people-costs',
  ];
  const files = readdirSync(operationsDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''))
    .sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return files.map((name) => ({ name, query: readFileSync(`${operationsDir}${name}.graphql`, 'utf8') }));
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}

/** `<` escaped so no text in the JSON can close the script element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The GraphiQL HTML page: the bundle's assets from this gateway, and its settings inline. */
export function graphiqlPage(options: { endpoint: string; assetsPath: string; adminKey?: string }): string {
  const headers = options.adminKey
    ? JSON.stringify({ Authorization: `Bearer ${options.adminKey}` }, null, 2)
    : '';
  const config = {
    endpoint: options.endpoint,
    headers,
    examples: exampleOperations().map((e) => ({ query: e.query })),
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>AdminGraph GraphiQL</title>
    <link rel="stylesheet" href="${options.assetsPath}graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script id="admingraph-config" type="application/json">${jsonForScript(config)}</script>
    <script type="module" src="${options.assetsPath}graphiql.js"></script>
  </body>
</html>
`;
}
