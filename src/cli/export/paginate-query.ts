import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The one connection an export pages through, found by its `pageInfo { hasNextPage endCursor }`. */
export interface PagedQuery {
  /** The query with `after` (and `first`, when the query set none) bound to variables. */
  query: string;
  /** The variable that carries the cursor. */
  afterVariable: string;
  /** The variable that carries the page size, when the query set none. */
  firstVariable?: string;
  /** Response keys from `data` down to the connection. */
  path: string[];
  /** The node's selection set (for CSV columns) and the document's fragments. */
  nodeSelection: SelectionSetNode;
  fragments: Map<string, FragmentDefinitionNode>;
  /** `edges { node }` or `nodes`. */
  shape: 'edges' | 'nodes';
}

const responseKey = (f: FieldNode) => f.alias?.value ?? f.name.value;

/** Fields of a selection set, through inline fragments and fragment spreads. */
export function fieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments);
    const fragment = fragments.get(s.name.value);
    if (!fragment) throw new Error(`Fragment ${s.name.value} is not defined`);
    return fieldsOf(fragment.selectionSet, fragments);
  });
}

function isConnection(field: FieldNode, fragments: Map<string, FragmentDefinitionNode>): boolean {
  if (!field.selectionSet) return false;
  const pageInfo = fieldsOf(field.selectionSet, fragments).find((f) => f.name.value === 'pageInfo');
  if (!pageInfo?.selectionSet) return false;
  const names = new Set(fieldsOf(pageInfo.selectionSet, fragments).map((f) => f.name.value));
  return names.has('hasNextPage') && names.has('endCursor');
}

/**
 * Finds the connection to page (the shallowest field selecting `pageInfo { hasNextPage endCursor }`;
 * exactly one at that depth) and binds its `after` to a variable, so each page is the same query with
 * the previous page's `endCursor`.
 */
export function pagedQuery(source: string): PagedQuery {
  const document = parse(source);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1)
    throw new Error(`The query must hold exactly one operation (found ${operations.length})`);
  const operation = operations[0];
  if (operation.operation !== 'query') throw new Error('Only queries can be exported');
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );

  // Breadth first: the shallowest connections win; nested ones (a node's own connections) are columns.
  let level: { field: FieldNode; path: string[] }[] = fieldsOf(operation.selectionSet, fragments).map(
    (f) => ({
      field: f,
      path: [responseKey(f)],
    }),
  );
  let found: { field: FieldNode; path: string[] }[] = [];
  while (level.length > 0 && found.length === 0) {
    found = level.filter((l) => isConnection(l.field, fragments));
    level = level.flatMap((l) =>
      l.field.selectionSet
        ? fieldsOf(l.field.selectionSet, fragments).map((f) => ({
            field: f,
            path: [...l.path, responseKey(f)],
          }))
        : [],
    );
  }
  if (found.length === 0)
    throw new Error('No connection to page through: select `pageInfo { hasNextPage endCursor }` on it');
  if (found.length > 1)
    throw new Error(
      `Several connections to page through (${found.map((f) => f.path.join('.')).join(', ')}): export one`,
    );
  const target = found[0].field;

  const connectionFields = fieldsOf(target.selectionSet!, fragments);
  const edges = connectionFields.find((f) => f.name.value === 'edges');
  const edgeNode =
    edges?.selectionSet && fieldsOf(edges.selectionSet, fragments).find((f) => f.name.value === 'node');
  const nodes = connectionFields.find((f) => f.name.value === 'nodes');
  const nodeField = edgeNode || nodes;
  if (!nodeField?.selectionSet)
    throw new Error('Select the rows as `edges { node { ... } }` (or `nodes { ... }`)');

  const declared = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  const argVariable = (name: string) => {
    const arg = target.arguments?.find((a) => a.name.value === name);
    return arg?.value.kind === Kind.VARIABLE ? arg.value.name.value : undefined;
  };
  const hasArg = (name: string) => target.arguments?.some((a) => a.name.value === name) ?? false;
  const afterVariable = argVariable('after') ?? 'admingraphAfter';
  const firstVariable = hasArg('first') ? undefined : 'admingraphFirst';
  const newVariables = [
    ...(declared.has(afterVariable) ? [] : [{ name: afterVariable, type: 'String' }]),
    ...(firstVariable ? [{ name: firstVariable, type: 'Int' }] : []),
  ];

  const rewritten: DocumentNode = visit(document, {
    OperationDefinition(node) {
      return {
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          ...newVariables.map((v) => ({
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: v.name } },
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: v.type } },
          })),
        ],
      } as OperationDefinitionNode;
    },
    Field(node) {
      if (node !== target) return undefined;
      const bind = (name: string, variable: string) => ({
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: name },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable } },
      });
      const args = (node.arguments ?? []).filter((a) => a.name.value !== 'after');
      return {
        ...node,
        arguments: [
          ...args,
          bind('after', afterVariable),
          ...(firstVariable ? [bind('first', firstVariable)] : []),
        ],
      };
    },
  });

  return {
    query: print(rewritten),
    afterVariable,
    firstVariable,
    path: found[0].path,
    nodeSelection: nodeField.selectionSet,
    fragments,
    shape: nodeField === nodes ? 'nodes' : 'edges',
  };
}
