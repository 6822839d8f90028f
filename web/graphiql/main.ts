// The browser half of the bundled GraphiQL: built by `npm run build:graphiql` (scripts/build-graphiql.ts)
// into dist/graphiql/, served by src/http/graphiql-route.ts. Everything it needs is in the bundle: no CDN.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

/** What the gateway embeds in the page (see src/http/graphiql-page.ts). */
interface PageConfig {
  endpoint: string;
  /** JSON text of the headers editor: the local admin key's Authorization header, when there is one. */
  headers: string;
  examples: { query: string; variables?: string }[];
}

const config = JSON.parse(document.getElementById('admingraph-config')!.textContent!) as PageConfig;
// The key also goes to the fetcher itself: GraphiQL's first introspection can run before the headers
// editor exists (@graphiql/react 0.34 reads the editor, not `defaultHeaders`), and without the key
// it is refused, leaving the docs and explorer empty. Headers typed in the editor still win.
const fetcher = createGraphiQLFetcher({
  url: new URL(config.endpoint, location.href).toString(),
  headers: config.headers ? (JSON.parse(config.headers) as Record<string, string>) : undefined,
});

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorerPlugin()],
    defaultHeaders: config.headers,
    defaultTabs: config.examples.map((e) => ({ ...e, headers: config.headers })),
    // Headers carry the key: keep them out of localStorage.
    shouldPersistHeaders: false,
  }),
);
