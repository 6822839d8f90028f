import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startTestIssuer, type TestIssuer } from '../../support/oidc-issuer.js';

/**
 * Authentication over real HTTP: API keys (plain and sha256-configured) and OIDC tokens verified
 * against a local issuer's JWKS. A refused request answers 401 with a JSON `UNAUTHENTICATED` error,
 * and nothing of it runs: no vendor call (counted on the simulators), no audit entry.
 */
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { results { status } userErrors { code } } }`;
const AUDIT = `{ auditLog(first: 5) { totalCount edges { node { mutation actor { principalId method role issuer subject keyName } } } } }`;

describe('authentication', () => {
  let gw: TestGateway;
  let issuer: TestIssuer;
  const hashedKey = `hashed-${randomBytes(16).toString('hex')}`;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const digest = createHash('sha256').update(hashedKey).digest('hex');
    gw = await startTestGateway({
      env: {
        ADMINGRAPH_API_KEYS: `sha256:${digest}:operator:hashed-ops`,
        ADMINGRAPH_OIDC_ISSUER: issuer.issuer,
        ADMINGRAPH_OIDC_AUDIENCE: issuer.audience,
        ADMINGRAPH_OIDC_JWKS_URL: issuer.jwksUrl,
      },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await issuer?.close();
  });

  const person = () => gw.fleet.company.people.find((p) => p.accounts.bettercloud && !p.jumpcloudAdmin)!;

  const post = (headers: Record<string, string>, query: string, variables?: Record<string, unknown>) =>
    gw.raw('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  async function expectRefused(headers: Record<string, string>, reason: RegExp) {
    const before = (await gw.query(AUDIT)).data.auditLog.totalCount;
    await gw.resetCounts();
    const res = await post(headers, SUSPEND, { input: { email: person().email } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = await res.json();
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(reason);
    const served = await gw.served();
    expect(Object.values(served).flatMap((ops) => Object.keys(ops))).toEqual([]);
    expect((await gw.query(AUDIT)).data.auditLog.totalCount).toBe(before);
  }

  it('answers 401 UNAUTHENTICATED, running nothing, without credentials or with a bad API key', async () => {
    await expectRefused({}, /Authentication required/);
    await expectRefused({ authorization: 'Bearer not-a-configured-key-0000' }, /API key is not valid/);
    await expectRefused({ 'x-api-key': 'not-a-configured-key-0000' }, /API key is not valid/);
    await expectRefused({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /Bearer/);
    await expectRefused(
      { authorization: `Bearer ${gw.keys.admin}`, 'x-api-key': gw.keys.viewer },
      /one credential/,
    );
    // A configured key with one character changed is as wrong as any other.
    const near = gw.keys.admin.slice(0, -1) + (gw.keys.admin.endsWith('0') ? '1' : '0');
    await expectRefused({ authorization: `Bearer ${near}` }, /API key is not valid/);
  });

  it('answers 401 for expired tokens, another issuer or audience, and keys the JWKS does not publish', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(
      { authorization: `Bearer ${await issuer.token({}, { expiresIn: past })}` },
      /expired/,
    );
    await expectRefused(
      { authorization: `Bearer ${await issuer.token({ iss: 'https://evil.example.com/' })}` },
      /"iss" claim/,
    );
    await expectRefused(
      { authorization: `Bearer ${await issuer.token({ aud: 'another-api' })}` },
      /"aud" claim/,
    );
    await expectRefused(
      { authorization: `Bearer ${await issuer.token({}, { key: issuer.strangerKey })}` },
      /signature|issuer's keys/,
    );
    expect(issuer.jwksFetches()).toBeGreaterThan(0);
  });

  it('accepts a key configured only as its sha256 digest, with its role and name', async () => {
    const email = person().email;
    const res = await (
      await post({ 'x-api-key': hashedKey }, SUSPEND, { input: { email, dryRun: true } })
    ).json();
    expect(res.errors).toBeUndefined();
    expect(res.data.suspendUser.results.every((r: { status: string }) => r.status !== 'FAILED')).toBe(true);
    const entry = (await gw.query(AUDIT)).data.auditLog.edges[0].node;
    expect(entry.actor).toEqual({
      principalId: 'key:hashed-ops',
      method: 'API_KEY',
      role: 'OPERATOR',
      issuer: null,
      subject: null,
      keyName: 'hashed-ops',
    });
  });

  it('takes the role from the token claim (viewer without one) and records subject and issuer', async () => {
    const email = person().email;
    const operatorToken = await issuer.token({ sub: 'bob', admingraph_role: 'operator' });
    const ran = await (
      await post({ authorization: `Bearer ${operatorToken}` }, SUSPEND, { input: { email, dryRun: true } })
    ).json();
    expect(ran.errors).toBeUndefined();
    const entry = (await gw.query(AUDIT)).data.auditLog.edges[0].node;
    expect(entry.actor).toEqual({
      principalId: `oidc:${issuer.issuer}#bob`,
      method: 'OIDC',
      role: 'OPERATOR',
      issuer: issuer.issuer,
      subject: 'bob',
      keyName: null,
    });

    const plainToken = await issuer.token({ sub: 'carol' });
    const refused = await (
      await post({ authorization: `Bearer ${plainToken}` }, SUSPEND, { input: { email, dryRun: true } })
    ).json();
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    const read = await (
      await post({ authorization: `Bearer ${plainToken}` }, '{ users(first: 1) { totalCount } }')
    ).json();
    expect(read.errors).toBeUndefined();
    expect(read.data.users.totalCount).toBeGreaterThan(0);
  });
});
