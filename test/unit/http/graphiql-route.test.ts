import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { graphiqlRoute, type GraphiqlRouteOptions } from '../../../src/http/graphiql-route.js';
import { exampleOperations } from '../../../src/http/graphiql-page.js';

let server: Server | undefined;
afterEach(() => server?.close());

/** The route alone on a free port; what it leaves answers 418, so a fall-through is visible. */
async function serve(options: GraphiqlRouteOptions = {}): Promise<string> {
  const route = graphiqlRoute(options);
  server = createServer((req, res) => {
    if (!route(req, res)) res.writeHead(418).end('fell through');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const html = { accept: 'text/html,application/xhtml+xml' };

describe('graphiqlRoute', () => {
  it('answers browsers at / and /graphql with the page, and leaves API clients to GraphQL', async () => {
    const url = await serve();
    for (const path of ['/', '/graphql']) {
      const res = await fetch(url + path, { headers: html });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('<script type="module" src="/graphiql/graphiql.js">');
    }
    expect((await fetch(`${url}/graphql`, { headers: { accept: 'application/json' } })).status).toBe(418);
    expect((await fetch(`${url}/elsewhere`, { headers: html })).status).toBe(418);
    expect((await fetch(`${url}/graphql`, { method: 'POST', headers: html })).status).toBe(418);
  });

  it('embeds every saved example and the admin key, escaped so no value can end the script', async () => {
    const key = 'k</script><script>alert(1)</script>';
    const page = await (await fetch(`${await serve({ adminKey: key })}/`, { headers: html })).text();
    const json = /<script id="admingraph-config" type="application\/json">(.*?)<\/script>/s.exec(page)![1];
    const config = JSON.parse(json);
    expect(JSON.parse(config.headers)).toEqual({ Authorization: `Bearer ${key}` });
    expect(config.examples.map((e: { query: string }) => e.query)).toEqual(
      exampleOperations().map((e) => e.query),
    );
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('serves the bundle, and says how to build it when it is missing', async () => {
    const url = await serve({ assetsDir: '/nonexistent' });
    const res = await fetch(`${url}/graphiql/graphiql.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:graphiql');
    server!.close();
    const built = await serve();
    const js = await fetch(`${built}/graphiql/graphiql.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${built}/graphiql/../package.json`)).status).not.toBe(200);
  });
});
