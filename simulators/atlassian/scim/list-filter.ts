import { scimError } from './errors.js';

export interface EqualityFilter {
  /** The attribute as the directory spells it (one of the allowed names). */
  attribute: string;
  value: string;
}

const filterPattern = /^\s*([A-Za-z][\w.:-]*)\s+([A-Za-z]+)\s+("(?:[^"\\]|\\.)*")\s*$/;

/**
 * Atlassian supports exactly one filter form: `<attribute> eq "<value>"`, on userName or externalId
 * for users and displayName for groups ("Filtering is supported with a single exact match (`eq`)").
 * Any other operator, attribute, `and`/`or`, or broken syntax is a 400 `invalidFilter` (RFC 7644 §3.4.2.2).
 */
export function parseEqualityFilter(
  raw: string | null,
  allowed: readonly string[],
  coreSchema: string,
): EqualityFilter | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const m = filterPattern.exec(raw);
  if (!m) throw invalidFilter(`Filter "${raw}" is not of the form: attribute eq "value"`);
  const [, rawAttribute, operator, quoted] = m;
  const name = rawAttribute.toLowerCase().startsWith(`${coreSchema.toLowerCase()}:`)
    ? rawAttribute.slice(coreSchema.length + 1)
    : rawAttribute;
  const attribute = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
  if (!attribute)
    throw invalidFilter(`Filtering on "${rawAttribute}" is not supported; use ${allowed.join(' or ')}`);
  if (operator.toLowerCase() !== 'eq')
    throw invalidFilter(`Operator "${operator}" is not supported; only "eq"`);
  return { attribute, value: JSON.parse(quoted) as string };
}

function invalidFilter(detail: string) {
  return scimError(400, detail, 'invalidFilter');
}
