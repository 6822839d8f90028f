import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The static cost of an operation, GitHub's node-limit model: every object the query can return
 * costs 1, and a list multiplies what it holds by how many it may hold: a connection by its `first`
 * (its default page size when unset), `nodes(ids:)` by the number of IDs, any other list of objects
 * by an assumed size. Nested lists multiply through, so `User → groups → members → user` cycles are
 * priced by what they could fetch, not trusted. Leaves cost nothing; each mutation adds a fixed cost
 * (a write fans out to vendors and is audited); introspection is free. graphql-query-complexity walks the document
 * (fragments, `@skip`/`@include`, interfaces and unions take their dearest type).
 */
export interface CostSettings {
  /** The size assumed for a list of objects without `first` (`User.groups`, `SnowAccount.subscriptions`). */
  assumedListSize: number;
  /** Added for each mutation field. */
  mutationCost: number;
}

/** A connection's `edges` list holds the connection's `first` items: the connection field already multiplied. */
const PRICED_BY_PARENT = new Set(['edges']);

function ownCost(
  args: Record<string, unknown>,
  isList: boolean,
  fieldName: string,
  childComplexity: number,
  settings: CostSettings,
) {
  // A connection: itself, plus `first` times what one item costs (its edge's node and what hangs off it).
  if (typeof args.first === 'number') return 1 + Math.max(0, args.first) * childComplexity;
  if (PRICED_BY_PARENT.has(fieldName)) return childComplexity;
  // Any other list holds objects: `nodes(ids:)` one per ID, the rest the assumed size.
  if (isList)
    return (Array.isArray(args.ids) ? args.ids.length : settings.assumedListSize) * (1 + childComplexity);
  return 1 + childComplexity;
}

export function costEstimator(schema: GraphQLSchema, settings: CostSettings): ComplexityEstimator {
  const mutationType = schema.getMutationType();
  return ({ type, field, args, childComplexity }) => {
    // Introspection reads the schema in memory: free, so GraphiQL's deep introspection query always runs.
    if (field.name.startsWith('__')) return 0;
    if (!isCompositeType(getNamedType(field.type))) return 0;
    const own = ownCost(args, isListType(getNullableType(field.type)), field.name, childComplexity, settings);
    return type === mutationType ? own + settings.mutationCost : own;
  };
}

/**
 * The operation's cost with these variables. The walker itself is bounded (graphql-query-complexity
 * stops past `maxQueryNodes` evaluated nodes), so a fragment bomb cannot make pricing the heavy part.
 */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  settings: CostSettings;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    operationName: options.operationName ?? undefined,
    variables: options.variables,
    estimators: [costEstimator(options.schema, options.settings)],
  });
}
