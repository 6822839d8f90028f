/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and vendor JSON in tests is untyped */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import requestValidatorModule from 'openapi-request-validator';
import responseValidatorModule from 'openapi-response-validator';
import { parse } from 'yaml';

type Json = Record<string, any>;

// CommonJS packages compiled from ES modules: Node's ESM loader hands over `module.exports`, bundlers its `default`.
type Unwrapped<T> = T extends { default: infer D } ? D : T;
const unwrap = <T>(mod: T): Unwrapped<T> => ((mod as { default?: unknown }).default ?? mod) as Unwrapped<T>;
const OpenAPIRequestValidator = unwrap(requestValidatorModule);
const OpenAPIResponseValidator = unwrap(responseValidatorModule);

interface SpecOperation {
  operationId: string;
  method: string;
  pathTemplate: string;
  pattern: RegExp;
  specificity: number;
  definition: Json;
  pathParameters: Json[];
}

export interface ObservedExchange {
  method: string;
  /** Path as sent to the simulator, with the spec's server base path (e.g. `/api/v2/providers/x`). */
  path: string;
  query?: Record<string, string | string[]>;
  requestBody?: unknown;
  /** The request's content type (default `application/json`). */
  requestContentType?: string;
  status: number;
  responseBody: unknown;
}

const specsDir = fileURLToPath(new URL('../../specs/', import.meta.url));

/**
 * One of our OpenAPI documents, used to check what a simulator really answered.
 * Every exchange is validated (request and response) and recorded, so a suite can assert at
 * its end that each operation in the spec was exercised with a success status.
 */
export class OpenApiContract {
  readonly basePath: string;
  private readonly operations: SpecOperation[];
  private readonly covered = new Set<string>();

  constructor(
    readonly fileName: string,
    private readonly spec: Json = parse(readFileSync(specsDir + fileName, 'utf8')),
  ) {
    this.basePath = new URL(spec.servers?.[0]?.url ?? 'http://x/').pathname.replace(/\/$/, '');
    this.operations = [];
    for (const [pathTemplate, item] of Object.entries<Json>(spec.paths ?? {})) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const definition = item[method];
        if (!definition) continue;
        const segments = pathTemplate.split('/').filter(Boolean);
        const regex = segments.map((s) => s.replace(/\{[^}]+\}/g, '[^/]+')).join('/');
        this.operations.push({
          operationId: definition.operationId,
          method: method.toUpperCase(),
          pathTemplate,
          pattern: new RegExp(`^/${regex}/?$`),
          specificity: segments.filter((s) => !s.includes('{')).length,
          definition,
          pathParameters: item.parameters ?? [],
        });
      }
    }
    this.operations.sort((a, b) => b.specificity - a.specificity);
  }

  operationIds(): string[] {
    return this.operations.map((o) => o.operationId);
  }

  /** Operations never seen answering 2xx: what the contract suite still has to call. */
  uncovered(): string[] {
    return this.operationIds().filter((id) => !this.covered.has(id));
  }

  /** Validates one exchange against the spec; returns the operationId or throws a readable error. */
  check(exchange: ObservedExchange): string {
    const relative = exchange.path.startsWith(this.basePath)
      ? exchange.path.slice(this.basePath.length)
      : exchange.path;
    const op = this.operations.find(
      (o) => o.method === exchange.method.toUpperCase() && o.pattern.test(relative),
    );
    if (!op) throw new Error(`${this.fileName}: no operation for ${exchange.method} ${relative}`);
    const where = `${this.fileName} ${op.operationId} (${op.method} ${op.pathTemplate}) → ${exchange.status}`;

    const responses: Json = op.definition.responses ?? {};
    const declared =
      responses[String(exchange.status)] ?? responses[`${String(exchange.status)[0]}XX`] ?? responses.default;
    if (!declared) throw new Error(`${where}: status not declared in the spec`);
    const resolved = this.deref(declared);
    const content = resolved.content ?? {};
    const mediaType =
      content['application/json'] ?? content['application/scim+json'] ?? Object.values<Json>(content)[0];
    if (mediaType?.schema && exchange.status !== 204 && typeof exchange.responseBody !== 'string') {
      const validator = new OpenAPIResponseValidator({
        responses: { [String(exchange.status)]: { schema: mediaType.schema } },
        components: this.spec.components,
      });
      const result = validator.validateResponse(String(exchange.status), exchange.responseBody);
      if (result)
        throw new Error(
          `${where}: response does not match the spec: ${JSON.stringify(result.errors, null, 1)}`,
        );
    }

    if (exchange.status < 400 && (exchange.requestBody !== undefined || exchange.query)) {
      const requestBody = op.definition.requestBody ? this.deref(op.definition.requestBody) : undefined;
      const queryParameters = [...op.pathParameters, ...(op.definition.parameters ?? [])]
        .map((p: Json) => this.deref(p))
        .filter((p: Json) => p.in === 'query');
      const validator = new OpenAPIRequestValidator({
        parameters: queryParameters,
        requestBody,
        componentSchemas: this.spec.components?.schemas,
      } as never);
      const errors = validator.validateRequest({
        body: exchange.requestBody,
        query: coerceQuery(exchange.query ?? {}, queryParameters, (node) => this.deref(node)),
        // The body type sent: an operation documenting only another one (Snow's merge patch) must get that one.
        headers: { 'content-type': exchange.requestContentType ?? 'application/json' },
        params: {},
      });
      if (errors)
        throw new Error(
          `${where}: request the simulator accepted does not match the spec: ${JSON.stringify(errors.errors, null, 1)}`,
        );
    }

    if (exchange.status >= 200 && exchange.status < 300) this.covered.add(op.operationId);
    return op.operationId;
  }

  private deref(node: Json): Json {
    let current = node;
    while (current && typeof current.$ref === 'string') {
      const path = current.$ref.replace(/^#\//, '').split('/');
      current = path.reduce((acc: Json, key: string) => acc?.[key], this.spec);
    }
    return current;
  }
}

/**
 * Query strings arrive as text: turn each value into the type its parameter declares ("5" for an
 * integer, a lone value for an array), as an HTTP framework would, before checking it against the schema.
 */
function coerceQuery(
  query: Record<string, string | string[]>,
  parameters: Json[],
  deref: (node: Json) => Json,
) {
  const coerceScalar = (value: string, schema: Json): unknown => {
    if (
      (schema.type === 'integer' || schema.type === 'number') &&
      value.trim() !== '' &&
      !Number.isNaN(Number(value))
    )
      return Number(value);
    if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
    return value;
  };
  const out: Record<string, unknown> = { ...query };
  for (const parameter of parameters) {
    const raw = query[parameter.name];
    if (raw === undefined) continue;
    const schema = deref(parameter.schema ?? {});
    if (schema.type === 'array') {
      const items = deref(schema.items ?? {});
      out[parameter.name] = (Array.isArray(raw) ? raw : [raw]).map((v) => coerceScalar(v, items));
    } else {
      out[parameter.name] = Array.isArray(raw)
        ? raw.map((v) => coerceScalar(v, schema))
        : coerceScalar(raw, schema);
    }
  }
  return out;
}

/** Calls a simulator, validates the exchange against the contract and returns status and body. */
export async function contractCall(
  contract: OpenApiContract,
  baseUrl: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {},
): Promise<{ status: number; body: any; operationId: string }> {
  const url = new URL(baseUrl + path);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  // Validate every query parameter sent, whether given in `query` or written into `path`.
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  const isJson = /json/.test(response.headers.get('content-type') ?? 'application/json');
  const body = text && isJson ? JSON.parse(text) : text || undefined;
  const operationId = contract.check({
    method,
    path: url.pathname,
    query: Object.keys(query).length ? query : undefined,
    requestBody: options.body,
    requestContentType: Object.entries(options.headers ?? {}).find(
      ([k]) => k.toLowerCase() === 'content-type',
    )?.[1],
    status: response.status,
    responseBody: body,
  });
  return { status: response.status, body, operationId };
}
