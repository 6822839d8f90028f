import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type FieldDefinitionNode, type GraphQLSchema } from 'graphql';
import { ForbiddenError } from '../../common/errors.js';
import { roleAllows, type Principal, type Role } from '../../common/principal.js';

/**
 * The one place roles are enforced: every field's least role comes from the `@requires(role:)`
 * directive (schema/access.graphql), else from its root type (Query: viewer, Mutation: admin, so a
 * new mutation is admin-only until someone decides otherwise). The field's resolver is wrapped so a
 * caller below that role gets `FORBIDDEN` before the resolver runs: no validation read, no vendor
 * call. The role is appended to the field's description, so GraphiQL and schema.graphql show it.
 */
const rootDefaults: Record<string, Role> = { Query: 'viewer', Mutation: 'admin' };

const roleNames: Record<string, Role> = { VIEWER: 'viewer', OPERATOR: 'operator', ADMIN: 'admin' };

/**
 * The least role a field needs, or undefined for fields that inherit their parent's check. Read from
 * the field's SDL node alone (no `instanceof`), so it works on a schema from any copy of graphql-js
 * (vitest loads a second one for test code).
 */
function requiredRole(field: { astNode?: FieldDefinitionNode | null }, typeName: string): Role | undefined {
  const argument = field.astNode?.directives
    ?.find((d) => d.name.value === 'requires')
    ?.arguments?.find((a) => a.name.value === 'role');
  const marked = argument?.value.kind === 'EnumValue' ? argument.value.value : undefined;
  return marked ? roleNames[marked] : rootDefaults[typeName];
}

const roleNote = (role: Role) => `Requires the \`${role}\` role.`;

function describeRole<T extends { description?: string | null }>(field: T, role: Role): T {
  return {
    ...field,
    description: field.description ? `${field.description}\n\n${roleNote(role)}` : roleNote(role),
  };
}

/**
 * Each field's role appended to its description, in place (what `npm run codegen` prints into
 * schema.graphql); for a freshly built schema that only gets printed.
 */
export function describeAccessRoles(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue;
    for (const field of Object.values(type.getFields())) {
      const role = requiredRole(field, type.name);
      if (role) field.description = describeRole(field, role).description;
    }
  }
  return schema;
}

/** The schema with roles described and enforced: the gateway serves this one. */
export function enforceAccessRoles(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const role = requiredRole(field, typeName);
      if (!role) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...describeRole(field, role),
        resolve(source, args, context: { principal: Principal }, info) {
          if (!roleAllows(context.principal.role, role))
            throw new ForbiddenError(
              `${typeName}.${fieldName} requires the ${role} role; this caller is ${context.principal.role}`,
              role.toUpperCase(),
            );
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
