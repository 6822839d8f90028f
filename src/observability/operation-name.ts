import { getOperationAST, type DocumentNode } from 'graphql';

/** The operation's name; a request that failed validation has no resolved operation, but its name is still in the document. */
export function operationNameOf(request: {
  operationName?: string | null;
  request: { operationName?: string | null };
  document?: DocumentNode;
}): string | undefined {
  return (
    request.operationName ??
    request.request.operationName ??
    (request.document ? getOperationAST(request.document)?.name?.value : undefined) ??
    undefined
  );
}
