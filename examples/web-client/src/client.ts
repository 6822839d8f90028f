import type { TypedDocumentString } from './__generated__/graphql.js';

export interface ClientOptions {
  url: string;
  /** An AdminGraph API key, sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
}

export class GraphqlError extends Error {
  constructor(readonly errors: { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/**
 * Runs a typed document: the variables and the answer are typed from the schema. The request also
 * names the operation's persisted-document hash (`documentId`, as GraphQL servers with persisted
 * documents read it), so a gateway serving the manifest (src/__generated__/persisted-documents.json)
 * can allow only known operations; the text goes along until one does.
 */
export async function execute<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const res = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
    body: JSON.stringify({
      documentId: document.__meta__?.hash,
      query: document.toString(),
      variables,
    }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: GraphqlError['errors'] };
  if (!body.data) throw new GraphqlError(body.errors ?? [{ message: `HTTP ${res.status}` }]);
  return body.data;
}
