import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { describeAccessRoles } from '../src/auth/access-roles.js';

/** The schema of SDL sources (one per domain file, `extend type` allowed), each field's access role in its description, sorted so its text is stable. */
export function schemaFromSources(sources: string[]): GraphQLSchema {
  return lexicographicSortSchema(describeAccessRoles(buildSchema(sources.join('\n'))));
}

/** The published SDL: every type, field and description, in name order. */
export const printSdl = (sources: string[]) => printSchema(schemaFromSources(sources)) + '\n';
