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
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, onField: (field: FieldNode) => void) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') onField(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, onField);
      else visit(info.fragments[selection.name.value]?.selectionSet, onField);
    }
  };
  for (const field of info.fieldNodes)
    visit(field.selectionSet, (connectionField) => {
      if (connectionField.name.value !== 'edges') return;
      visit(connectionField.selectionSet, (edgeField) => {
        if (edgeField.name.value !== 'node') return;
        visit(edgeField.selectionSet, (nodeField) => names.add(nodeField.name.value));
      });
    });
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
