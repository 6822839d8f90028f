import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, faultSettingsFromEnv, parseFaultSettings, type FaultSettings } from './faults.js';
import { VendorHttpError, type SimReply, type SimRequest } from './http-types.js';
import { RequestLog } from './request-log.js';
import type { VendorSimulator, VendorSurface } from './surface.js';

export interface RunningSimulator {
  vendor: VendorSimulator['vendor'];
  url: string;
  port: number;
  log: RequestLog;
  faults: FaultInjector;
  simulator: VendorSimulator;
  close(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  host?: string;
  /** Faults active from start; defaults to the `SIM_<VENDOR>_*` environment. */
  faults?: FaultSettings;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Serves one vendor simulator over HTTP: routing, auth, faults, counting and the `/__sim/` control API. */
export async function startSimulator(
  simulator: VendorSimulator,
  options: StartOptions = {},
): Promise<RunningSimulator> {
  const log = new RequestLog();
  const faults = new FaultInjector(
    options.faults ?? faultSettingsFromEnv(simulator.vendor),
    simulator.vendor,
  );
  const server = createServer((req, res) => {
    handle(simulator, log, faults, req, res).catch((error: unknown) => {
      // Only reached when writing the answer itself failed (client gone): nothing left to answer.
      if (!res.headersSent) sendJson(res, 500, { message: String(error) });
    });
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? simulator.defaultPort, host);
  const { port } = server.address() as AddressInfo;
  return {
    vendor: simulator.vendor,
    url: `http://${host}:${port}`,
    port,
    log,
    faults,
    simulator,
    close: () => closeServer(server),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Hanging requests (fault injection) and idle keep-alive sockets would hold close() open.
    server.closeAllConnections();
  });
}

async function handle(
  simulator: VendorSimulator,
  log: RequestLog,
  faults: FaultInjector,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const path = url.pathname;
  // The log keeps the query string too: tests check that filters reached the vendor.
  const loggedPath = path + url.search;
  const method = (req.method ?? 'GET').toUpperCase();
  const rawBody = await readBody(req);

  if (path.startsWith('/__sim/')) return handleControl(simulator, log, faults, method, path, rawBody, res);

  const surface = simulator.surfaces.find((s) => path.startsWith(s.pathPrefix));
  if (!surface) return sendJson(res, 404, { message: `No ${simulator.vendor} API at ${path}` });

  const reply = (
    status: number,
    operationId: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    log.record({ at: new Date().toISOString(), method, path: loggedPath, operationId, status });
    sendJson(res, status, body, { 'content-type': surface.contentType ?? 'application/json', ...headers });
  };
  const vendorError = (
    status: number,
    operationId: string,
    message: string,
    details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => reply(status, operationId, surface.errorBody(status, message, details), headers);

  const match = surface.router.match(method, path);
  if (match === undefined) return vendorError(404, 'unknown', `No route for ${method} ${path}`);
  if (match === 'method-not-allowed')
    return vendorError(405, 'unknown', `Method ${method} not allowed on ${path}`);
  const { operationId } = match;

  const delay = faults.delayMs(operationId);
  if (delay > 0) await sleep(delay);

  const authFailure = surface.authenticate({ headers: req.headers, path, params: match.params });
  if (authFailure) return vendorError(401, operationId, authFailure);

  const fault = faults.decide(operationId);
  if (fault.kind === 'hang') {
    log.record({ at: new Date().toISOString(), method, path: loggedPath, operationId, status: 0 });
    return; // never answered; the socket is closed by the client's timeout or by close()
  }
  if (fault.kind === 'rate-limited')
    return vendorError(
      429,
      operationId,
      'Rate limit exceeded',
      {},
      { 'retry-after': String(fault.retryAfterSeconds) },
    );
  if (fault.kind === 'error')
    return vendorError(fault.status, operationId, 'Injected upstream failure (simulator fault)');

  let body: unknown;
  if (rawBody.length > 0) {
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return vendorError(400, operationId, 'Request body is not valid JSON');
    }
  }

  const simRequest: SimRequest = {
    method,
    path,
    params: match.params,
    query: url.searchParams,
    headers: req.headers,
    body,
    operationId,
  };
  let result: SimReply;
  try {
    result = await match.handler(simRequest);
  } catch (error) {
    if (error instanceof VendorHttpError)
      return vendorError(error.status, operationId, error.message, error.details, error.headers);
    console.error(`[${simulator.vendor} simulator] ${operationId} failed:`, error);
    return vendorError(500, operationId, 'Internal simulator error');
  }

  const status = result.status ?? 200;
  if (fault.kind === 'malformed') {
    log.record({ at: new Date().toISOString(), method, path: loggedPath, operationId, status });
    res.writeHead(status, { 'content-type': surface.contentType ?? 'application/json' });
    res.end('{"truncated": [1, 2, ');
    return;
  }
  reply(status, operationId, result.body, result.headers);
}

async function handleControl(
  simulator: VendorSimulator,
  log: RequestLog,
  faults: FaultInjector,
  method: string,
  path: string,
  rawBody: Buffer,
  res: ServerResponse,
): Promise<void> {
  const route = `${method} ${path.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /__sim/info':
      return sendJson(res, 200, {
        vendor: simulator.vendor,
        apis: simulator.surfaces.map((s) => ({ name: s.name, pathPrefix: s.pathPrefix })),
        ...simulator.state.info(),
        requestsServed: log.snapshot().total,
      });
    case 'GET /__sim/requests':
      return sendJson(res, 200, log.snapshot());
    case 'DELETE /__sim/requests':
      log.clear();
      return sendJson(res, 200, { cleared: true });
    case 'GET /__sim/faults':
      return sendJson(res, 200, faults.current());
    case 'DELETE /__sim/faults':
      faults.set({});
      return sendJson(res, 200, faults.current());
    case 'POST /__sim/faults': {
      let parsed: unknown;
      try {
        parsed = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
      } catch {
        return sendJson(res, 400, { error: 'body is not valid JSON' });
      }
      const settings = parseFaultSettings(parsed);
      if (typeof settings === 'string') return sendJson(res, 400, { error: settings });
      faults.set(settings);
      return sendJson(res, 200, faults.current());
    }
    case 'POST /__sim/reset':
      simulator.state.reset();
      log.clear();
      faults.reset();
      return sendJson(res, 200, { reset: true });
    default:
      return sendJson(res, 404, {
        error: `unknown control route ${route}`,
        routes: [
          'GET /__sim/info',
          'GET|DELETE /__sim/requests',
          'GET|POST|DELETE /__sim/faults',
          'POST /__sim/reset',
        ],
      });
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  // Binary answers (JumpCloud's PDF downloads) go out as they are, with the route's content type.
  if (Buffer.isBuffer(body)) {
    res.writeHead(status, { 'content-length': String(body.length), ...headers });
    res.end(body);
    return;
  }
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload).toString(),
    ...headers,
  });
  res.end(payload);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type { VendorSurface };
