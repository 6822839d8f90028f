/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI documents and vendor JSON are untyped */
import type { RunningSimulator } from '../../simulators/core/server.js';
import { type ApiDocument, type DocOperation } from './api-document.js';
import { simControl } from './simulators.js';

type Json = Record<string, any>;

/**
 * Error statuses of a simulated vendor API, checked against the vendor's reference document
 * (../shared/reference-specs/) and our spec (specs/). For every operation of our spec (which covers
 * every simulator route) this provokes what the document lets a client get wrong: no or wrong
 * credentials (401), a rate limit and an outage (429 and 5xx, through `/__sim/faults`), each path ID
 * unknown (404) or another tenant's (403), each typed query parameter given a value of the wrong
 * kind, a required one left out, and a request body of the wrong type or not JSON at all (400).
 * Each answer's status must be the expected one and its body must match, strictly, the reference
 * document's schema for that status where the reference lists the status for the operation, and
 * our spec's in every case (where the reference is silent, our spec says what the vendor does).
 */
export interface ErrorSurface {
  /** For test names: "JumpCloud API v2". */
  name: string;
  sim: () => RunningSimulator;
  /** The vendor's document; its operations are matched to ours by method and path. */
  reference: ApiDocument;
  ours: ApiDocument;
  /** Path prefix the simulator serves the documents' paths under (`/api/v2`, `/v1`, ''). */
  simBasePath: string;
  /** Headers that authenticate. */
  auth: Record<string, string>;
  /** Header sets that must be refused with 401: none, wrong. */
  badCredentials: Record<string, string>[];
  /** A valid value for a path parameter; `before` is the path up to it, earlier parameters filled in. */
  pathValue(name: string, before: string): string;
  /** Another tenant's ID for this parameter (answered 403), when the vendor has such IDs. */
  foreignPathValue?(name: string, before: string): string | undefined;
  /** A request body that passes validation, for probes that must get past it to the path's IDs. */
  validBody?(op: DocOperation): unknown;
  /** A query value that is malformed in the vendor's query language (filter, sort, fields). */
  malformedQuery: string;
  /** Conditions a document cannot name generically (a duplicate, a PSA refusing credentials). */
  extraProbes?: (op: DocOperation, path: string) => Promise<Probe[]> | Probe[];
  /**
   * Statuses the reference lists that the simulator does not produce, with the reason; each entry
   * must match at least one operation (a stale entry fails).
   */
  notSimulated?: { status: number; operations: RegExp; reason: string }[];
  /**
   * Statuses whose reference schema is not the contract (the document contradicts itself or the
   * vendor's API, and our spec says so in a comment): answers are checked against our spec only.
   * Each entry must match a provoked answer (a stale entry fails).
   */
  departures?: { status: number; operations: RegExp; reason: string }[];
}

export interface Probe {
  /** What is wrong with the request, for failure messages. */
  condition: string;
  expect: number;
  method?: string;
  /** Simulator path (with the base path); the operation's valid path when absent. */
  path?: string;
  query?: [string, string][];
  headers?: Record<string, string>;
  /** JSON body, or a raw string sent as is. */
  body?: unknown;
  rawBody?: string;
  /** Faults to set just before the request (the next request is the probe). */
  faults?: Json;
  check?: (answer: Answer) => string | undefined;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** An ID of the same shape as `value` that names nothing: hex digits rotated, numbers pushed past the seed. */
export function unknownId(value: string): string {
  if (/^\d+$/.test(value)) return `${value}0000`;
  const rotated = value.replace(/[0-9a-f]/gi, (c) => {
    const lower = c.toLowerCase();
    const next = ((parseInt(lower, 16) + 1) % 16).toString(16);
    return c === lower ? next : next.toUpperCase();
  });
  return rotated === value ? `${value}x` : rotated;
}

/** Query parameter names whose values are a vendor's query language rather than a typed value. */
const queryLanguageParams = new Set(['filter', 'sort', 'sortIgnoreCase', 'fields']);

/** The value of the wrong kind for a typed query parameter, or undefined when any value is valid. */
function invalidQueryValue(parameter: Json, surface: ErrorSurface): string | undefined {
  const schema = parameter.schema ?? {};
  const items = schema.type === 'array' ? (schema.items ?? {}) : schema;
  if (parameter.name === 'cursor') return '!!not-a-cursor!!';
  if (queryLanguageParams.has(parameter.name)) return surface.malformedQuery;
  if (Array.isArray(items.enum)) return 'not-a-valid-value';
  if (items.type === 'integer' || items.type === 'number') return 'abc';
  if (items.format === 'date-time' || items.format === 'date') return 'not-a-date';
  if (items.format === 'email') return 'not-an-email';
  return undefined;
}

/** Reference and our parameters of an operation, by `in:name` (ours fill what the reference lacks). */
function parametersOf(reference: DocOperation | undefined, ours: DocOperation): Json[] {
  const byKey = new Map<string, Json>();
  for (const p of ours.parameters) byKey.set(`${p.in}:${p.name}`, p);
  for (const p of reference?.parameters ?? []) {
    const mine = byKey.get(`${p.in}:${p.name}`);
    // Our spec may type a parameter the reference leaves a plain string (an enum of integration types).
    byKey.set(`${p.in}:${p.name}`, mine?.schema?.enum && !p.schema?.enum ? mine : p);
  }
  return [...byKey.values()];
}

const hasBody = (reference: DocOperation | undefined, ours: DocOperation) =>
  Boolean(ours.requestBody ?? reference?.requestBody);

/** The body of the wrong JSON type for the operation's request schema. */
function wrongTypeBody(surface: ErrorSurface, op: DocOperation): unknown {
  const content: Json = op.requestBody?.content ?? {};
  const schema = surface.ours.deref(Object.values<Json>(content)[0]?.schema ?? {});
  return schema?.type === 'array' ? { not: 'a list' } : ['not', 'an', 'object'];
}

/** The operation's path with valid values, and each path parameter's position. */
function fillPath(surface: ErrorSurface, template: string, replace?: { name: string; value: string }) {
  let filled = '';
  const names: string[] = [];
  for (const part of template.split(/(\{[^}]+\})/)) {
    const m = /^\{([^}]+)\}$/.exec(part);
    if (!m) {
      filled += part;
      continue;
    }
    names.push(m[1]);
    const value =
      replace && replace.name === m[1]
        ? replace.value
        : surface.pathValue(m[1], surface.simBasePath + filled);
    filled += encodeURIComponent(value).replace(/%2C/gi, ',');
  }
  return { path: surface.simBasePath + filled, names };
}

/** Every probe of one operation of our spec. */
export async function probesFor(
  surface: ErrorSurface,
  ours: DocOperation,
  reference: DocOperation | undefined,
): Promise<Probe[]> {
  const { path, names } = fillPath(surface, ours.pathTemplate);
  const parameters = parametersOf(reference, ours);
  const body = hasBody(reference, ours) ? surface.validBody?.(ours) : undefined;
  const probes: Probe[] = [];

  for (const headers of surface.badCredentials)
    probes.push({
      condition: Object.keys(headers).length
        ? `wrong credentials ${JSON.stringify(headers)}`
        : 'no credentials',
      expect: 401,
      headers,
    });

  probes.push({
    condition: 'rate limited',
    expect: 429,
    faults: { rateLimitNext: 1, retryAfterSeconds: 7 },
    check: (a) =>
      a.headers.get('retry-after') === '7'
        ? undefined
        : `Retry-After is ${a.headers.get('retry-after')}, expected 7`,
  });
  const outages = new Set([503, ...(reference ? surface.reference.errorStatuses(reference) : [])]);
  for (const status of [...outages].filter((s) => s >= 500).sort())
    probes.push({
      condition: `vendor outage ${status}`,
      expect: status,
      faults: { errorNext: 1, errorStatus: status },
    });

  for (const name of names) {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    const valueBefore = surface.pathValue(name, pathBefore(surface, ours.pathTemplate, name));
    if (Array.isArray(parameter?.schema?.enum)) {
      probes.push({
        condition: `path parameter ${name} outside its enum`,
        expect: 400,
        path: fillPath(surface, ours.pathTemplate, { name, value: 'not-a-valid-value' }).path,
        body,
      });
      continue;
    }
    probes.push({
      condition: `unknown ${name}`,
      expect: 404,
      path: fillPath(surface, ours.pathTemplate, { name, value: unknownId(valueBefore) }).path,
      body,
    });
    const foreign = surface.foreignPathValue?.(name, pathBefore(surface, ours.pathTemplate, name));
    if (foreign)
      probes.push({
        condition: `another tenant's ${name}`,
        expect: 403,
        path: fillPath(surface, ours.pathTemplate, { name, value: foreign }).path,
        body,
      });
  }

  const required = parameters.filter((p) => p.in === 'query' && p.required);
  const validRequired = required.map((p): [string, string] => [
    p.name,
    String(p.example ?? p.schema?.example),
  ]);
  for (const p of parameters.filter((q) => q.in === 'query')) {
    const invalid = invalidQueryValue(p, surface);
    const others = validRequired.filter(([n]) => n !== p.name);
    if (invalid !== undefined)
      probes.push({
        condition: `query parameter ${p.name}=${invalid}`,
        expect: 400,
        query: [...others, [p.name, invalid]],
        body,
      });
    if (p.required)
      probes.push({
        condition: `required query parameter ${p.name} left out`,
        expect: 400,
        query: others,
        body,
      });
  }
  if (hasBody(reference, ours)) {
    probes.push({
      condition: 'request body of the wrong JSON type',
      expect: 400,
      body: wrongTypeBody(surface, ours),
    });
    probes.push({ condition: 'request body that is not JSON', expect: 400, rawBody: '{"truncated": [1, ' });
  }
  probes.push(...(await (surface.extraProbes?.(ours, path) ?? [])));
  return probes.map((p) => ({ method: ours.method, path, ...p }));
}

function pathBefore(surface: ErrorSurface, template: string, name: string): string {
  const head = template.slice(0, template.indexOf(`{${name}}`));
  return fillPath(surface, head).path;
}

/** Sends one probe (faults first, when it has some). */
export async function send(surface: ErrorSurface, probe: Probe): Promise<Answer> {
  const sim = surface.sim();
  if (probe.faults) await simControl(sim, 'POST', 'faults', probe.faults);
  const url = new URL(sim.url + probe.path);
  for (const [k, v] of probe.query ?? []) url.searchParams.append(k, v);
  const payload = probe.rawBody ?? (probe.body !== undefined ? JSON.stringify(probe.body) : undefined);
  const response = await fetch(url, {
    method: probe.method,
    headers: {
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(probe.headers ?? surface.auth),
    },
    body: payload,
  });
  const text = await response.text();
  let body: unknown = text;
  if (/json/.test(response.headers.get('content-type') ?? '') && text)
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  return { status: response.status, headers: response.headers, body };
}

/** Departures (`surface name#index`) some answer was judged by. */
export const usedDepartures = new Set<string>();

/**
 * Problems with one answer: a status other than expected, a body outside the reference's schema
 * for the status (where the reference lists it) or outside ours.
 */
export function judge(
  surface: ErrorSurface,
  ours: DocOperation,
  reference: DocOperation | undefined,
  probe: Probe,
  answer: Answer,
): string[] {
  const at = `${ours.method} ${probe.path}${probe.query?.length ? '?' + new URLSearchParams(probe.query) : ''} (${probe.condition})`;
  if (answer.status !== probe.expect)
    return [`${at}: answered ${answer.status}, expected ${probe.expect}: ${JSON.stringify(answer.body)}`];
  const contentType = answer.headers.get('content-type') ?? undefined;
  const problems: string[] = [];
  const departure = (surface.departures ?? []).findIndex(
    (d) => reference && d.status === answer.status && d.operations.test(reference.operationId),
  );
  if (departure >= 0) usedDepartures.add(`${surface.name}#${departure}`);
  else if (reference && surface.reference.documents(reference, answer.status))
    problems.push(
      ...surface.reference.validate(reference, answer.status, answer.body, {
        contentType,
        allowDefault: false,
      }),
    );
  // Our spec must name each client error it answers; a `default` response may stand for 429 and 5xx.
  const allowDefault = answer.status === 429 || answer.status >= 500;
  problems.push(...surface.ours.validate(ours, answer.status, answer.body, { contentType, allowDefault }));
  const extra = probe.check?.(answer);
  if (extra) problems.push(extra);
  return problems.map((p) => `${at}: ${p}`);
}

/**
 * The reference's error statuses for an operation that no probe provoked, each with the reason the
 * surface gives (`notSimulated`) or, for a 400 on an operation whose request has nothing to get
 * wrong (no query parameters, no body, no typed path parameter), that reason. What is left has no
 * reason: the test fails on it.
 */
export function unprovoked(
  surface: ErrorSurface,
  reference: DocOperation,
  provoked: Set<number>,
  used: Set<number>,
): { status: number; reason?: string }[] {
  const out: { status: number; reason?: string }[] = [];
  for (const status of surface.reference.errorStatuses(reference)) {
    if (provoked.has(status)) continue;
    const entry = (surface.notSimulated ?? []).findIndex(
      (n) => n.status === status && n.operations.test(reference.operationId),
    );
    if (entry >= 0) {
      used.add(entry);
      out.push({ status, reason: surface.notSimulated![entry].reason });
      continue;
    }
    const inputs = reference.requestBody !== undefined || reference.parameters.some((p) => p.in === 'query');
    if (status === 400 && !inputs)
      out.push({ status, reason: 'nothing in the request to get wrong beyond its path IDs (404)' });
    else out.push({ status });
  }
  return out;
}
