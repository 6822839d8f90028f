/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI documents and vendor JSON are untyped */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv';
import ajvFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, any>;

// CommonJS packages compiled from ES modules: Node's ESM loader hands over `module.exports`, bundlers its `default`.
type Unwrapped<T> = T extends { default: infer D } ? D : T;
const unwrap = <T>(mod: T): Unwrapped<T> => ((mod as { default?: unknown }).default ?? mod) as Unwrapped<T>;
const Ajv = unwrap(ajvModule);
const addFormats = unwrap(ajvFormatsModule);

const referenceDir = fileURLToPath(new URL('../../../shared/reference-specs/', import.meta.url));
const specsDir = fileURLToPath(new URL('../../specs/', import.meta.url));

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One operation of an OpenAPI document, with its parameters, body and responses resolved. */
export interface DocOperation {
  /** The document's operationId (`METHOD path` when it has none). */
  operationId: string;
  method: string;
  /** As written in the document, relative to its server URL. */
  pathTemplate: string;
  /** Path-level and operation-level parameters, `$ref`s resolved (the operation's win). */
  parameters: Json[];
  requestBody?: Json;
  /** Status (`'404'`, `'5XX'`, `'default'`) → resolved response object. */
  responses: Record<string, Json>;
}

/** The template with parameter names blanked: `/users/{id}` and `/users/{userId}` are one path. */
export const pathShape = (template: string) => template.replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');

/**
 * An OpenAPI document (a vendor's reference document or one of our specs/), read with the `yaml`
 * package (it also reads JSON, and the Snow users document, which is not strict YAML).
 * `validate` checks a body against the schema the document gives for a status, strictly: besides
 * the schema itself, an object may carry no property the schema does not declare (unless the schema
 * allows additional properties), so a body in another vendor's format does not pass a schema whose
 * properties are all optional.
 */
export class ApiDocument {
  readonly operations: DocOperation[] = [];
  /** The path of the server URL (`/api/v2`, `/v1`, or '' for a bare host). */
  readonly basePath: string;
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly schemaId: string;
  private readonly compiled = new Map<string, ReturnType<InstanceType<typeof Ajv>['compile']>>();

  static reference(fileName: string): ApiDocument {
    return new ApiDocument(
      `reference-specs/${fileName}`,
      parse(readFileSync(referenceDir + fileName, 'utf8')),
    );
  }

  static ours(fileName: string): ApiDocument {
    return new ApiDocument(`specs/${fileName}`, parse(readFileSync(specsDir + fileName, 'utf8')));
  }

  constructor(
    readonly label: string,
    readonly doc: Json,
  ) {
    const server = String(doc.servers?.[0]?.url ?? 'http://x/').replace(/\{[^}]+\}/g, 'x');
    this.basePath = new URL(server).pathname.replace(/\/$/, '');
    for (const [pathTemplate, item] of Object.entries<Json>(doc.paths ?? {})) {
      for (const method of methods) {
        const definition = item[method];
        if (!definition) continue;
        const parameters = new Map<string, Json>();
        for (const p of [...(item.parameters ?? []), ...(definition.parameters ?? [])]) {
          const resolved = this.deref(p);
          parameters.set(`${resolved.in}:${resolved.name}`, {
            ...resolved,
            schema: this.deref(resolved.schema),
          });
        }
        this.operations.push({
          operationId: definition.operationId ?? `${method.toUpperCase()} ${pathTemplate}`,
          method: method.toUpperCase(),
          pathTemplate,
          parameters: [...parameters.values()],
          requestBody: definition.requestBody ? this.deref(definition.requestBody) : undefined,
          responses: Object.fromEntries(
            Object.entries<Json>(definition.responses ?? {}).map(([status, r]) => [status, this.deref(r)]),
          ),
        });
      }
    }
    this.schemaId = `urn:admingraph:${label}`;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    for (const format of ['int32', 'int64', 'float', 'double', 'binary', 'password'])
      this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: this.schemaId, components: this.forAjv(doc.components ?? {}) });
  }

  operationIds(): string[] {
    return this.operations.map((o) => o.operationId);
  }

  /** The operation with this method and path shape (parameter names ignored). */
  find(method: string, pathTemplate: string): DocOperation | undefined {
    const shape = pathShape(pathTemplate);
    return this.operations.find(
      (o) => o.method === method.toUpperCase() && pathShape(o.pathTemplate) === shape,
    );
  }

  /** The 4xx/5xx statuses the operation lists by number (`'5XX'` and `default` name none). */
  errorStatuses(op: DocOperation): number[] {
    return Object.keys(op.responses)
      .filter((s) => /^[45]\d\d$/.test(s))
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** Whether the document describes this status for the operation: by number or by range (`4XX`). */
  documents(op: DocOperation, status: number): boolean {
    return this.responseFor(op, status, false) !== undefined;
  }

  /**
   * The response the document gives for a status: by number, then range, then (with
   * `allowDefault`) `default`.
   */
  responseFor(op: DocOperation, status: number, allowDefault = true): Json | undefined {
    const r = op.responses;
    return r[String(status)] ?? r[`${String(status)[0]}XX`] ?? (allowDefault ? r.default : undefined);
  }

  /** The JSON schema of an answer: the media type sent, else a JSON one, else the first. */
  responseSchema(
    op: DocOperation,
    status: number,
    contentType?: string,
    allowDefault = true,
  ): Json | undefined {
    const content: Json = this.responseFor(op, status, allowDefault)?.content ?? {};
    const sent = contentType?.split(';')[0].trim();
    const media =
      (sent && content[sent]) ??
      content['application/json'] ??
      content['application/scim+json'] ??
      Object.values<Json>(content)[0];
    return media?.schema;
  }

  /**
   * Problems with an answer, none when it matches: the status must be described (`allowDefault`
   * lets `default` describe it, as for our specs) and the body must match its schema strictly.
   */
  validate(
    op: DocOperation,
    status: number,
    body: unknown,
    options: { contentType?: string; allowDefault?: boolean } = {},
  ): string[] {
    const allowDefault = options.allowDefault ?? true;
    const where = `${this.label} ${op.operationId} (${op.method} ${op.pathTemplate}) → ${status}`;
    if (!this.responseFor(op, status, allowDefault)) return [`${where}: status not described`];
    const schema = this.responseSchema(op, status, options.contentType, allowDefault);
    if (!schema) return [];
    const key = `${op.method} ${op.pathTemplate} ${status} ${options.contentType ?? ''}`;
    let validator = this.compiled.get(key);
    if (!validator) {
      validator = this.ajv.compile(this.forAjv(schema));
      this.compiled.set(key, validator);
    }
    const problems: string[] = [];
    if (!validator(body))
      for (const e of validator.errors ?? [])
        problems.push(`${where}: ${e.instancePath || '(body)'} ${e.message}`);
    for (const extra of this.undeclared(schema, body, '$'))
      problems.push(`${where}: ${extra} is not a property the schema declares`);
    return problems;
  }

  /** Resolves a local `$ref` chain. */
  deref(node: any): any {
    let current = node;
    const seen = new Set<string>();
    while (current && typeof current.$ref === 'string' && !seen.has(current.$ref)) {
      seen.add(current.$ref);
      current = current.$ref
        .replace(/^#\//, '')
        .split('/')
        .map((k: string) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc: any, k: string) => acc?.[k], this.doc);
    }
    return current;
  }

  /** Paths in `value` to properties no schema branch declares, where the schema is closed. */
  private undeclared(schema: any, value: unknown, at: string, depth = 0): string[] {
    if (depth > 20 || value === null || typeof value !== 'object') return [];
    const branches = this.branches(schema);
    if (Array.isArray(value)) {
      const items = branches.map((b) => b.items).find(Boolean);
      return items ? value.flatMap((v, i) => this.undeclared(items, v, `${at}[${i}]`, depth + 1)) : [];
    }
    const declared = new Map<string, any>();
    let open = false;
    for (const b of branches) {
      for (const [name, s] of Object.entries(b.properties ?? {}))
        if (!declared.has(name)) declared.set(name, s);
      if (b.additionalProperties !== undefined && b.additionalProperties !== false) open = true;
    }
    // A schema that names no property at all describes a free-form object.
    if (declared.size === 0) return [];
    const out: string[] = [];
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const s = declared.get(name);
      if (s === undefined) {
        if (!open) out.push(`${at}.${name}`);
      } else out.push(...this.undeclared(s, v, `${at}.${name}`, depth + 1));
    }
    return out;
  }

  /** A schema and its allOf/anyOf/oneOf members, flattened and resolved. */
  private branches(schema: any, depth = 0): Json[] {
    const s = this.deref(schema);
    if (!s || typeof s !== 'object' || depth > 10) return [];
    return [
      s,
      ...[...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap((m: Json) =>
        this.branches(m, depth + 1),
      ),
    ];
  }

  /** A copy Ajv can compile: local refs point into the registered components, OpenAPI 3.0 `nullable` becomes a type union. */
  private forAjv(node: any): any {
    if (Array.isArray(node)) return node.map((n) => this.forAjv(n));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries<any>(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out.$ref = this.schemaId + v;
      else out[k] = this.forAjv(v);
    }
    if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
    if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...out.enum, null];
    return out;
  }
}
