import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/type-defs.js';

/** Every type a query can reach carries a `@cacheControl` decision (schema/cache-control.graphql). */
describe('cache-control hints', () => {
  it('gives every type reachable from Query a hint', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const reachable = new Set<string>();
    const walk = (type: GraphQLNamedType) => {
      if (reachable.has(type.name) || !isCompositeType(type)) return;
      reachable.add(type.name);
      if (isUnionType(type)) type.getTypes().forEach(walk);
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(walk);
      if (isObjectType(type) || isInterfaceType(type))
        for (const field of Object.values(type.getFields())) walk(getNamedType(field.type));
    };
    for (const field of Object.values(schema.getQueryType()!.getFields())) walk(getNamedType(field.type));

    const hinted = (name: string) => {
      const type = schema.getType(name)!;
      return [type.astNode, ...type.extensionASTNodes].some((node) =>
        node?.directives?.some((d) => d.name.value === 'cacheControl'),
      );
    };
    expect(reachable.size).toBeGreaterThan(50);
    expect([...reachable].filter((name) => !hinted(name))).toEqual([]);
  });
});
