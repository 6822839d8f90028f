import { existsSync, readFileSync } from 'node:fs';
import { projectFile } from '../project-files.js';
import { graphiqlPage } from './graphiql-page.js';
import { pathOf, type RouteHandler } from './route.js';

export interface GraphiqlRouteOptions {
  /** The local admin key, pre-filled as `Authorization: Bearer <key>` in the headers editor of pages asked for by a loopback host name. */
  adminKey?: string;
  /** The built bundle (default: dist/graphiql/, from `npm run build:graphiql`). */
  assetsDir?: string;
}

const assetsPath = '/graphiql/';
const assetTypes: Record<string, string> = {
  'graphiql.js': 'text/javascript; charset=utf-8',
  'graphiql.css': 'text/css; charset=utf-8',
};

/**
 * GraphiQL for browsers: `GET /` and `GET /graphql` asking for HTML get the page (API clients asking for
 * JSON still reach GraphQL), `/graphiql/*` the bundled assets. The page's endpoint is the path it was
 * loaded from, so it works behind any prefix-preserving proxy.
 */
export function graphiqlRoute(options: GraphiqlRouteOptions = {}): RouteHandler {
  const assetsDir = options.assetsDir ?? projectFile('dist', 'graphiql');
  const assets = new Map<string, Buffer>();
  const asset = (name: string): Buffer | undefined => {
    if (!assets.has(name)) {
      const file = `${assetsDir}/${name}`;
      if (!existsSync(file)) return undefined;
      assets.set(name, readFileSync(file));
    }
    return assets.get(name);
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = pathOf(req);
    if (path.startsWith(assetsPath)) {
      const name = path.slice(assetsPath.length);
      const body = assetTypes[name] ? asset(name) : undefined;
      if (!body) {
        res
          .writeHead(404, { 'content-type': 'text/plain' })
          .end(name in assetTypes ? 'GraphiQL is not built: run `npm run build:graphiql`.\n' : 'Not found\n');
        return true;
      }
      res.writeHead(200, { 'content-type': assetTypes[name], 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (!wantsHtml || (path !== '/' && path !== '/graphql')) return false;
    const adminKey = isLoopbackHost(req.headers.host) ? options.adminKey : undefined;
    const page = graphiqlPage({ endpoint: path, assetsPath, adminKey });
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The page carries the admin key: never cache it; allow only our own scripts and styles.
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:",
    });
    res.end(req.method === 'HEAD' ? undefined : page);
    return true;
  };
}

/**
 * The page is served without authentication (it is how one starts), so it carries the admin key
 * only to a browser that asked for it by a loopback name: not to another machine, and not to a
 * page of another site that rebinds its own DNS name to 127.0.0.1 (its Host header names that site).
 */
function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.split(':')[0];
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
