import type { HTTPGraphQLRequest } from '@apollo/server';
import { PersistedQueryNotAllowedError } from '../../common/errors.js';
import { compactText, type PersistedOperations } from './manifest.js';

/** Looks at a GraphQL HTTP request before Apollo does: the request to run, or why it may not run. */
export type RequestGate = (request: HTTPGraphQLRequest) => HTTPGraphQLRequest | PersistedQueryNotAllowedError;

/** The parts of a GraphQL request that name its operation, from a POST body or GET parameters. */
interface NamedOperation {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/**
 * Allowlist mode: only operations of the manifest run. A request names one by `documentId`
 * (graphql-codegen clients, examples/web-client) or `extensions.persistedQuery.sha256Hash` (APQ
 * clients), and then the registered text runs, whatever text came along (graphql-codegen registers
 * its own normalized print of a document, which a client's text need not match); or a request sends
 * a registered text (compared without GraphQL's ignored characters). The gate puts the registered text in `query` and removes the persisted-query extension, so Apollo runs
 * exactly what was registered; anything else is refused with PERSISTED_QUERY_NOT_ALLOWED before
 * parsing. Implemented in front of Apollo because a plugin cannot answer before Apollo's own
 * persisted-query step, which would report a missing hash as PERSISTED_QUERY_NOT_FOUND.
 */
export function allowlistGate(operations: PersistedOperations): RequestGate {
  const decide = (named: NamedOperation): { query: string } | PersistedQueryNotAllowedError | undefined => {
    const id = named.documentId ?? named.extensions?.persistedQuery?.sha256Hash;
    if (id !== undefined) {
      const text = typeof id === 'string' ? operations.byId.get(id) : undefined;
      if (text === undefined)
        return new PersistedQueryNotAllowedError(
          `No registered operation has the id ${JSON.stringify(id)}: this gateway runs only the operations of its manifest`,
        );
      return { query: text };
    }
    if (typeof named.query === 'string' && operations.texts.has(compactText(named.query)))
      return { query: named.query };
    if (named.query === undefined) return undefined;
    return new PersistedQueryNotAllowedError(
      'This gateway runs only registered operations: send the `documentId` of an operation of its manifest',
    );
  };

  return (request) => {
    if (request.method === 'GET') {
      const params = new URLSearchParams(request.search);
      let extensions: NamedOperation['extensions'];
      try {
        extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
      } catch {
        return new PersistedQueryNotAllowedError('The `extensions` parameter is not JSON');
      }
      const decision = decide({
        query: params.get('query') ?? undefined,
        documentId: params.get('documentId') ?? undefined,
        extensions,
      });
      if (decision === undefined || decision instanceof PersistedQueryNotAllowedError)
        return decision ?? request;
      params.set('query', decision.query);
      params.delete('documentId');
      const rest = withoutPersistedQuery(extensions);
      if (rest) params.set('extensions', JSON.stringify(rest));
      else params.delete('extensions');
      return { ...request, search: `?${params}` };
    }
    // Batches (arrays) and non-JSON bodies go on to Apollo, which refuses them itself.
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body))
      return request;
    const body = request.body as NamedOperation & Record<string, unknown>;
    const decision = decide(body);
    if (decision === undefined || decision instanceof PersistedQueryNotAllowedError)
      return decision ?? request;
    const { documentId: _documentId, extensions, ...rest } = body;
    const others = withoutPersistedQuery(extensions);
    return {
      ...request,
      body: { ...rest, query: decision.query, ...(others ? { extensions: others } : {}) },
    };
  };
}

function withoutPersistedQuery(extensions: NamedOperation['extensions']) {
  if (!extensions) return undefined;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
