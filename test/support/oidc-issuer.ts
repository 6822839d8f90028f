import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** A local OIDC issuer for tests: a jose-generated RS256 key, its JWKS served on loopback, and a token signer. */
export interface TestIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** A signed token; `claims` override the defaults (iss, aud, sub, exp one hour ahead). */
  token(claims?: JWTPayload, options?: { expiresIn?: string | number; key?: CryptoKey }): Promise<string>;
  /** A key the JWKS does not publish (tokens it signs must be refused). */
  strangerKey: CryptoKey;
  /** How many times the JWKS was fetched. */
  jwksFetches(): number;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/jwks.json') return void res.writeHead(404).end();
    fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/`;
  const audience = 'admingraph-test';
  return {
    issuer,
    audience,
    jwksUrl: `${origin}/jwks.json`,
    strangerKey: stranger.privateKey,
    jwksFetches: () => fetches,
    async token(claims = {}, options = {}) {
      return new SignJWT({ iss: issuer, aud: audience, sub: 'alice', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key-1' })
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.key ?? privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
