import type { SimRequest } from '../../core/http-types.js';
import { invalidValue } from './errors.js';
import { ENTERPRISE_USER_SCHEMA, USER_SCHEMA } from './schema-urns.js';

type Resource = Record<string, unknown>;

interface AttributeRef {
  attribute: string;
  subAttribute?: string;
}

export interface Projection {
  mode: 'include' | 'exclude';
  refs: AttributeRef[];
}

/** Returned whatever the client asks (RFC 7643 §2.4 "returned: always"). */
const alwaysReturned = new Set(['id', 'schemas']);

/**
 * `attributes` / `excludedAttributes` on the user endpoints (RFC 7644 §3.4.2.5), e.g.
 * `userName,emails.value` or `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department`.
 * The doc calls the two "mutually exclusive": both at once is a 400.
 */
export function projectionFromQuery(req: SimRequest): Projection | undefined {
  const include = req.query.get('attributes');
  const exclude = req.query.get('excludedAttributes');
  if (include && exclude) throw invalidValue('"attributes" and "excludedAttributes" are mutually exclusive');
  const list = include || exclude;
  if (!list) return undefined;
  return {
    mode: include ? 'include' : 'exclude',
    refs: list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(attributeRef),
  };
}

export function applyProjection(resource: Resource, projection: Projection | undefined): Resource {
  if (!projection) return resource;
  if (projection.mode === 'exclude') {
    const out: Resource = { ...resource };
    for (const ref of projection.refs) {
      const key = findKey(out, ref.attribute);
      if (!key || alwaysReturned.has(key)) continue;
      if (ref.subAttribute) out[key] = mapSub(out[key], (item) => omit(item, ref.subAttribute!));
      else delete out[key];
    }
    return out;
  }
  const out: Resource = {};
  for (const key of alwaysReturned) if (key in resource) out[key] = resource[key];
  for (const ref of projection.refs) {
    const key = findKey(resource, ref.attribute);
    if (!key) continue;
    if (!ref.subAttribute) {
      out[key] = resource[key];
      continue;
    }
    const picked = mapSub(resource[key], (item) => pick(item, ref.subAttribute!));
    // Two sub-attributes of one attribute (`name.givenName,name.familyName`) merge into one value.
    out[key] = key in out ? mergePicked(out[key], picked) : picked;
  }
  return out;
}

function attributeRef(text: string): AttributeRef {
  const lower = text.toLowerCase();
  if (lower.startsWith(ENTERPRISE_USER_SCHEMA.toLowerCase())) {
    const sub = text.slice(ENTERPRISE_USER_SCHEMA.length + 1);
    return { attribute: ENTERPRISE_USER_SCHEMA, subAttribute: sub || undefined };
  }
  const local = lower.startsWith(`${USER_SCHEMA.toLowerCase()}:`) ? text.slice(USER_SCHEMA.length + 1) : text;
  const [attribute, subAttribute] = local.split('.', 2);
  return { attribute, subAttribute };
}

function findKey(resource: Resource, attribute: string): string | undefined {
  const wanted = attribute.toLowerCase();
  return Object.keys(resource).find((k) => k.toLowerCase() === wanted);
}

function mapSub(value: unknown, fn: (item: Resource) => Resource): unknown {
  if (Array.isArray(value)) return value.map((item) => (isResource(item) ? fn(item) : item));
  return isResource(value) ? fn(value) : value;
}

function pick(item: Resource, sub: string): Resource {
  const key = findKey(item, sub);
  return key ? { [key]: item[key] } : {};
}

function omit(item: Resource, sub: string): Resource {
  const key = findKey(item, sub);
  if (!key) return item;
  const copy = { ...item };
  delete copy[key];
  return copy;
}

function mergePicked(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b))
    return a.map((item, i) => ({ ...(item as Resource), ...(b[i] as Resource) }));
  if (isResource(a) && isResource(b)) return { ...a, ...b };
  return b;
}

function isResource(value: unknown): value is Resource {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
