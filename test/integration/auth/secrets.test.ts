import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskInputEcho } from '../../../src/disclosure/mask-input-echo.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Secrets never come back: a coercion error beside a PSA private key does not echo it, and no
 * response or log line of this run carries the configured API keys or the secrets given as input.
 */
const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { plannedCalls { body } userErrors { code } } }`;

describe('secrets', () => {
  let gw: TestGateway;
  const privateKey = `pk-${randomBytes(16).toString('hex')}`;
  const publicKey = `pub-${randomBytes(16).toString('hex')}`;
  const responses: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  const send = async (query: string, variables: Record<string, unknown>) => {
    const res = await gw.raw('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    responses.push(text);
    return JSON.parse(text);
  };

  const connection = () => ({
    url: 'https://na.myconnectwise.net',
    companyId: 'acme',
    publicKey,
    privateKey,
  });

  it('does not echo a secret input in a coercion error (unknown field beside privateKey)', async () => {
    const res = await send(CREATE, {
      input: { kind: 'CONNECTWISE', connectWise: { ...connection(), typo: 1 }, dryRun: true },
    });
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toContain('"typo" is not defined');
    expect(res.errors[0].message).toContain('input.connectWise');
    expect(JSON.stringify(res)).not.toContain(privateKey);

    const wrongType = await send(CREATE, {
      input: { kind: 'CONNECTWISE', connectWise: { ...connection(), privateKey: 123456789 }, dryRun: true },
    });
    expect(wrongType.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrongType)).not.toContain('123456789');
    expect(JSON.stringify(wrongType)).not.toContain(publicKey);
  });

  it('does not echo a secret written into the document itself', async () => {
    const res = await send(
      `mutation { createIntegration(input: { kind: CONNECTWISE, connectWise: { url: "https://x.example", companyId: "a", publicKey: "${publicKey}", privateKey: 42 } }) { userErrors { code } } }`,
      {},
    );
    expect(res.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toContain(publicKey);
  });

  it('leaves no configured key and no secret input in any response or log line of the run', async () => {
    const planned = await send(CREATE, {
      input: { kind: 'CONNECTWISE', connectWise: connection(), dryRun: true },
    });
    expect(planned.data.createIntegration.userErrors).toEqual([]);
    await send('{ auditLog(first: 5) { edges { node { input } } } }', {});
    expect(gw.logLines.length).toBeGreaterThanOrEqual(responses.length);
    const secrets = [privateKey, publicKey, ...Object.values(gw.keys)];
    for (const text of [...responses, ...gw.logLines])
      for (const secret of secrets) expect(text, 'a secret leaked').not.toContain(secret);
    // The request log has what an operator needs.
    const line = JSON.parse(gw.logLines.at(-1)!);
    expect(line).toMatchObject({ msg: 'graphql request', principal: 'key:admin', type: 'query' });
    expect(typeof line.durationMs).toBe('number');
    expect(typeof line.vendorCalls).toBe('number');
  });

  it('masks values but keeps the variable, path and rule in graphql-js messages', () => {
    const inner = 'Field "typo" is not defined by type "ConnectWiseConnectionInput".';
    expect(
      maskInputEcho(
        `Variable "$input" got invalid value { privateKey: "s3cret", typo: 1 } at "input.connectWise"; ${inner}`,
        inner,
      ),
    ).toBe(`Variable "$input" got an invalid value at "input.connectWise"; ${inner}`);
    expect(maskInputEcho('Expected value of type "String!", found 42.')).toBe(
      'Expected value of type "String!" (value not shown)',
    );
    expect(maskInputEcho('Cannot query field "x" on type "Query".')).toBe(
      'Cannot query field "x" on type "Query".',
    );
  });
});
