import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/type-defs.js';

/** GraphiQL shows descriptions to users: every type, field, argument and enum value has one. */
describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      // Root types are described by their fields; `extend type` cannot carry a description.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field)
            for (const arg of field.args)
              if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('exposes no field that could carry an integration credential', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const outputFields = Object.values(schema.getTypeMap())
      .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'))
      .flatMap((t) =>
        Object.keys((t as { getFields(): Record<string, unknown> }).getFields()).map((f) => `${t.name}.${f}`),
      );
    expect(outputFields.filter((f) => /privateKey|apiToken|secret|password/i.test(f))).toEqual([]);
  });
});
