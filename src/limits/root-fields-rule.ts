import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * At most `max` fields at the root of each operation, counted through fragments. Our own because
 * graphql-armor has no root-field limit (its aliases limit counts only aliased fields, and
 * `{ a: users b: users }`-style fan-out over distinct root fields passes it).
 */
export function maxRootFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const count = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + 1;
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, seen);
        if (seen.has(selection.name.value)) return total;
        seen.add(selection.name.value);
        const fragment = context.getFragment(selection.name.value);
        return fragment ? total + count(fragment.selectionSet, seen) : total;
      }, 0);
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Set());
        if (found > max)
          context.reportError(
            new GraphQLError(`Root field limit of ${max} exceeded, found ${found}.`, { nodes: [operation] }),
          );
      },
    };
  };
}
