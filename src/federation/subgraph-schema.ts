import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import {
  buildSchema,
  isInterfaceType,
  Kind,
  parse,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { referenceResolvers } from '../../resolvers/federation/references.js';
import { resolvers } from '../../resolvers/index.js';
import { loadTypeDefs } from '../type-defs.js';

/** Federation 2 as AdminGraph speaks it: the spec version and the directives it uses. */
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** Which field keys each entity: a person is one by email across vendors; everything else by its global ID. */
export const entityKey = (type: string) => (type === 'User' ? 'email' : 'id');

/** Every object type implementing `Node` is an entity. */
export function entityTypes(sources: string[]): string[] {
  const schema = buildSchema(sources.join('\n'));
  const node = schema.getType('Node');
  return isInterfaceType(node) ? schema.getImplementations(node).objects.map((t) => t.name) : [];
}

/** The schema's SDL with `@key` on every entity's definition and the Federation 2 `@link`. */
export function subgraphTypeDefs(sources: string[], entities: readonly string[]): DocumentNode {
  const keyed = new Set(entities);
  const key = (type: string): DirectiveNode => ({
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'fields' },
        value: { kind: Kind.STRING, value: entityKey(type) },
      },
    ],
  });
  return visit(parse([LINK, ...sources].join('\n')), {
    ObjectTypeDefinition: (definition) =>
      keyed.has(definition.name.value)
        ? { ...definition, directives: [...(definition.directives ?? []), key(definition.name.value)] }
        : undefined,
  });
}

/**
 * The same schema as an Apollo Federation 2 subgraph (`_service`, `_entities`), served at
 * `/subgraph` for a router; `/` keeps serving the plain schema, unchanged for normal clients.
 */
export function createSubgraphSchema(): GraphQLSchema {
  const sources = loadTypeDefs();
  const entities = entityTypes(sources);
  const references = referenceResolvers(entities);
  const map = { ...resolvers } as Record<string, object>;
  for (const [type, reference] of Object.entries(references)) map[type] = { ...map[type], ...reference };
  return buildSubgraphSchema({
    typeDefs: subgraphTypeDefs(sources, entities),
    resolvers: map as GraphQLResolverMap<unknown>,
  });
}
