import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The schema of SDL sources (one per domain file, `extend type` allowed), sorted so its text is stable. */
export function schemaFromSources(sources: string[]): GraphQLSchema {
  return lexicographicSortSchema(buildSchema(sources.join('\n')));
}

/** The published SDL: every type, field and description, in name order. */
export const printSdl = (sources: string[]) => printSchema(schemaFromSources(sources)) + '\n';
