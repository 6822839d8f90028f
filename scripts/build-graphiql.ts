import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles web/graphiql/main.ts (GraphiQL, React, the explorer plugin, their CSS) into dist/graphiql/,
 * which src/http/graphiql-route.ts serves: the page works on a network without internet.
 * `--if-missing` (used by `prestart` and the tests' global setup) skips the build when a bundle exists.
 */
export const graphiqlDistDir = fileURLToPath(new URL('../dist/graphiql/', import.meta.url));

export async function buildGraphiql(): Promise<void> {
  await build({
    entryPoints: { graphiql: fileURLToPath(new URL('../web/graphiql/main.ts', import.meta.url)) },
    outdir: graphiqlDistDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { existsSync } = await import('node:fs');
  if (process.argv.includes('--if-missing') && existsSync(`${graphiqlDistDir}graphiql.js`)) process.exit(0);
  await buildGraphiql();
  console.log(`GraphiQL built into ${graphiqlDistDir}`);
}
