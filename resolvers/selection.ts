import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names a client selected on the nodes of the connection this resolver answers
 * (`edges { node { … } }` and `nodes { … }`), through inline fragments and named fragments. Used
 * to send a vendor's projection parameter (JumpCloud `fields`) for only what will be shown.
 * Hand-walked: graphql-js has no helper for it and the walk is a dozen lines. Directives
 * (`@include`/`@skip`) are not evaluated: a field under one counts as selected, which only widens
 * the projection.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  return selectedFields(info, ['edges', 'node']);
}

/** The field names selected at `path` below this resolver's field (`[]`: its own selection, e.g. a list's items). */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, onField: (field: FieldNode) => void) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') onField(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, onField);
      else visit(info.fragments[selection.name.value]?.selectionSet, onField);
    }
  };
  const walk = (set: SelectionSetNode | undefined, depth: number) =>
    visit(set, (field) => {
      if (depth === path.length) names.add(field.name.value);
      else if (field.name.value === path[depth]) walk(field.selectionSet, depth + 1);
    });
  for (const field of info.fieldNodes) walk(field.selectionSet, 0);
  return names;
}

/**
 * The vendor fields behind the selected GraphQL fields (`map` names, per GraphQL field, the vendor
 * fields it is read from), or undefined when a selected field is not in `map` (then nothing is
 * projected) or nothing is selected on the nodes.
 */
export function projection(
  selected: Set<string>,
  map: Record<string, readonly string[]>,
): string[] | undefined {
  const fields = new Set<string>();
  for (const name of selected) {
    if (name === '__typename') continue;
    const vendor = map[name];
    if (!vendor) return undefined;
    vendor.forEach((f) => fields.add(f));
  }
  return fields.size ? [...fields].sort() : undefined;
}
