import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripIgnoredCharacters } from 'graphql';
import { z } from 'zod';

/**
 * The registered operations of allowlist mode, read from a manifest file in either of the two
 * shapes clients produce: graphql-codegen's client preset (`persisted-documents.json`, an object of
 * operation hash → text, as examples/web-client writes it) or Apollo's persisted query manifest
 * (`{ format: "apollo-persisted-query-manifest", operations: [{ id, body }] }`). Each operation is
 * found by its manifest id and by the SHA-256 of its text, so APQ-style clients sending
 * `extensions.persistedQuery.sha256Hash` are served too.
 */
export interface PersistedOperations {
  /** Operation text by manifest id and by SHA-256 of the text. */
  byId: ReadonlyMap<string, string>;
  /** Every registered text without GraphQL's ignored characters, for clients that send the full query. */
  texts: ReadonlySet<string>;
}

const codegenManifest = z.record(z.string().min(1), z.string().min(1));
const apolloManifest = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({ id: z.string().min(1), body: z.string().min(1) })),
});

/** Without whitespace, commas and comments; text that is not GraphQL stays as it is (and matches nothing sent). */
export function compactText(text: string): string {
  try {
    return stripIgnoredCharacters(text);
  } catch {
    return text;
  }
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function parsePersistedOperations(json: unknown): PersistedOperations {
  const apollo = apolloManifest.safeParse(json);
  const entries: [string, string][] = apollo.success
    ? apollo.data.operations.map((op) => [op.id, op.body])
    : Object.entries(codegenManifest.parse(json));
  const byId = new Map<string, string>();
  for (const [id, text] of entries) {
    byId.set(id, text);
    byId.set(sha256Hex(text), text);
  }
  return { byId, texts: new Set(entries.map(([, text]) => compactText(text))) };
}

/** Reads a manifest file; a missing or malformed one stops the gateway at start with its path named. */
export function loadPersistedOperations(path: string): PersistedOperations {
  try {
    return parsePersistedOperations(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(
      `ADMINGRAPH_PERSISTED_QUERIES=allowlist needs a manifest of operations at ${path}: ${(error as Error).message}`,
    );
  }
}
