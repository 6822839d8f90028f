import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed frontend client example: graphql-codegen's client preset turns the `graphql(...)` calls
 * in src/ into typed documents, and writes the persisted-operations manifest (operation hash → text,
 * the allowlist a gateway can serve). Run from the repository root by `npm run codegen`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/web-client/src/**/*.ts', '!examples/web-client/src/__generated__/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/web-client/src/__generated__/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        // Documents as strings with their hash: what a fetch-based client sends, no graphql runtime needed.
        documentMode: 'string',
        // NodeNext resolution: generated imports carry their .js extension.
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
