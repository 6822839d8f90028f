import type { SimReply, SimRequest } from './http-types.js';

export type RouteHandler = (req: SimRequest) => SimReply | Promise<SimReply>;

interface CompiledRoute {
  method: string;
  operationId: string;
  pattern: RegExp;
  paramNames: string[];
  /** Literal segments count: more literal segments win over parameters (`/users/count` before `/users/{id}`). */
  specificity: number;
  handler: RouteHandler;
}

export interface RouteMatch {
  operationId: string;
  params: Record<string, string>;
  handler: RouteHandler;
}

/** Paths use the OpenAPI template form (`/users/{id}`), so routes read like the spec they serve. */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(method: string, pathTemplate: string, operationId: string, handler: RouteHandler): this {
    const paramNames: string[] = [];
    const segments = pathTemplate.split('/').filter(Boolean);
    const regex = segments
      .map((segment) =>
        segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
          if (name) {
            paramNames.push(name);
            return '([^/]+)';
          }
          return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        }),
      )
      .join('/');
    this.routes.push({
      method: method.toUpperCase(),
      operationId,
      pattern: new RegExp(`^/${regex}/?$`),
      paramNames,
      specificity: segments.filter((s) => !s.includes('{')).length,
      handler,
    });
    this.routes.sort((a, b) => b.specificity - a.specificity);
    return this;
  }

  get(path: string, operationId: string, handler: RouteHandler) {
    return this.add('GET', path, operationId, handler);
  }
  post(path: string, operationId: string, handler: RouteHandler) {
    return this.add('POST', path, operationId, handler);
  }
  put(path: string, operationId: string, handler: RouteHandler) {
    return this.add('PUT', path, operationId, handler);
  }
  patch(path: string, operationId: string, handler: RouteHandler) {
    return this.add('PATCH', path, operationId, handler);
  }
  delete(path: string, operationId: string, handler: RouteHandler) {
    return this.add('DELETE', path, operationId, handler);
  }

  /** `undefined` when no path matches; `'method-not-allowed'` when the path exists under another method. */
  match(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        pathMatched = true;
        continue;
      }
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      return { operationId: route.operationId, params, handler: route.handler };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }

  operationIds(): string[] {
    return this.routes.map((r) => r.operationId);
  }
}
