import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

interface ReceivedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A local OTLP/HTTP (JSON) receiver that keeps every span it is sent. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    for (const rs of body.resourceSpans ?? [])
      for (const ss of rs.scopeSpans ?? []) spans.push(...(ss.spans ?? []));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

describe('OpenTelemetry spans', () => {
  let gw: TestGateway;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    gw = await startTestGateway({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
  });
  afterAll(async () => {
    await gw?.close();
    receiver?.server.close();
  });

  it('sends one span per request and one child span per vendor call', async () => {
    const email = gw.fleet.company.people[0].email;
    const res = await gw.query(
      'query Traced($email: String!) { user(email: $email) { accounts { vendor } } }',
      { email },
      { trace: true },
    );
    expect(res.errors).toBeUndefined();
    const calls = res.extensions!.upstream.calls as { vendor: string; operation: string }[];
    await gw.running.gateway.tracing!.flush();

    const request = receiver.spans.find((s) => s.name === 'graphql query Traced');
    expect(request).toBeDefined();
    const children = receiver.spans.filter((s) => s.parentSpanId === request!.spanId);
    // Every vendor call this request's trace reported has its span under the request's span.
    expect(children.map((s) => s.name).sort()).toEqual(calls.map((c) => `${c.vendor} ${c.operation}`).sort());
    expect(children.every((s) => s.traceId === request!.traceId)).toBe(true);
  });
});
