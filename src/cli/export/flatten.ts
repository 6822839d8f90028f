import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { fieldsOf } from './paginate-query.js';

/**
 * CSV columns from the query itself (not from the data, so every page and a resumed export agree):
 * one dotted column per leaf field of the node; nested connections are read through their
 * `edges { node }` (`mappings.company.name`), and `pageInfo` and `cursor` are left out.
 */
export function columnsOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  prefix = '',
): string[] {
  const columns: string[] = [];
  for (const field of fieldsOf(set, fragments)) {
    const key = field.alias?.value ?? field.name.value;
    if (key === 'pageInfo' || key === 'cursor') continue;
    if (!field.selectionSet) {
      columns.push(prefix + key);
      continue;
    }
    const inner = fieldsOf(field.selectionSet, fragments);
    const edges = inner.find((f) => f.name.value === 'edges');
    const node =
      edges?.selectionSet && fieldsOf(edges.selectionSet, fragments).find((f) => f.name.value === 'node');
    if (node?.selectionSet) {
      // A nested connection: its other fields (totalCount) and its nodes' fields.
      const others = { ...field.selectionSet, selections: inner.filter((f) => f !== edges) };
      columns.push(...columnsOf(others, fragments, `${prefix}${key}.`));
      columns.push(...columnsOf(node.selectionSet, fragments, `${prefix}${key}.`));
    } else columns.push(...columnsOf(field.selectionSet, fragments, `${prefix}${key}.`));
  }
  return [...new Set(columns)];
}

/** Every value at a dotted path, through lists and nested connections' `edges[].node`. */
export function valuesAt(value: unknown, path: string[]): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (path.length === 0) return [value];
  if (typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const [head, ...rest] = path;
  if (!(head in record) && Array.isArray(record.edges))
    return valuesAt(
      (record.edges as { node?: unknown }[]).map((e) => e?.node),
      path,
    );
  return valuesAt(record[head], rest);
}

function cell(values: unknown[], listSeparator: string): string {
  return values.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(listSeparator);
}

/**
 * One node as CSV rows: lists joined with `listSeparator`, or, with `explode`, one row per element of
 * that list (its columns from the element, the others repeated; a node with an empty list keeps one row).
 */
export function rowsOf(
  node: unknown,
  columns: string[],
  options: { explode?: string; listSeparator: string },
): string[][] {
  const row = (element: unknown, exploded: boolean) =>
    columns.map((column) => {
      if (exploded && column.startsWith(`${options.explode}.`))
        return cell(
          valuesAt(element, column.slice(options.explode!.length + 1).split('.')),
          options.listSeparator,
        );
      return cell(valuesAt(node, column.split('.')), options.listSeparator);
    });
  if (!options.explode) return [row(undefined, false)];
  // A nested connection explodes into its nodes.
  const elements = valuesAt(node, options.explode.split('.')).flatMap((e) =>
    e && typeof e === 'object' && Array.isArray((e as { edges?: unknown }).edges)
      ? (e as { edges: { node: unknown }[] }).edges.map((edge) => edge.node)
      : [e],
  );
  if (elements.length === 0) return [row(undefined, true)];
  return elements.map((element) => row(element, true));
}
