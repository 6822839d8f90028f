import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { LimitSettings } from './limit-settings.js';
import { maxRootFieldsRule } from './root-fields-rule.js';

/** graphql-armor prefixes its messages as if they were parse errors; they are limits. */
const withoutPrefix = (message: string) => message.replace(/^Syntax Error: /, '');

/** Armor reports through callbacks when told not to throw (a throw would abort validation). */
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(withoutPrefix(error.message))),
  ],
};

/** The shape limits (depth, aliases, root fields, directives): graphql-armor's rules, plus our root-field rule. */
export function shapeRules(settings: LimitSettings): ValidationRule[] {
  return [
    maxDepthRule({ n: settings.maxDepth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: settings.maxAliases, ...report }),
    maxDirectivesRule({ n: settings.maxDirectives, ...report }),
    maxRootFieldsRule(settings.maxRootFields),
  ] as ValidationRule[];
}
