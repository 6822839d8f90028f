import { createHash } from 'node:crypto';
import { parseApiKeys } from './api-keys.js';
import type { AuthSettings } from './authenticate.js';

/** How requests authenticate, from the environment (README: Security model). */
export interface AuthConfig extends AuthSettings {
  /** SHA-256 of the token Prometheus may scrape `/metrics` with (`ADMINGRAPH_METRICS_TOKEN`, plain or `sha256:<hex>`). */
  metricsTokenDigest?: Buffer;
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = env.ADMINGRAPH_OIDC_ISSUER || undefined;
  const audience = env.ADMINGRAPH_OIDC_AUDIENCE || undefined;
  const jwksUrl = env.ADMINGRAPH_OIDC_JWKS_URL || undefined;
  const oidcVars = [issuer, audience, jwksUrl].filter(Boolean).length;
  if (oidcVars > 0 && oidcVars < 3)
    throw new Error(
      'OIDC needs all three of ADMINGRAPH_OIDC_ISSUER, ADMINGRAPH_OIDC_AUDIENCE and ADMINGRAPH_OIDC_JWKS_URL',
    );
  return {
    apiKeys: parseApiKeys(env.ADMINGRAPH_API_KEYS),
    oidc:
      issuer && audience && jwksUrl
        ? { issuer, audience, jwksUrl, roleClaim: env.ADMINGRAPH_OIDC_ROLE_CLAIM || 'admingraph_role' }
        : undefined,
    metricsTokenDigest: metricsTokenDigest(env.ADMINGRAPH_METRICS_TOKEN),
  };
}

function metricsTokenDigest(token: string | undefined): Buffer | undefined {
  if (!token) return undefined;
  if (token.startsWith('sha256:')) {
    const hex = token.slice('sha256:'.length);
    if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('ADMINGRAPH_METRICS_TOKEN sha256: needs 64 hex digits');
    return Buffer.from(hex, 'hex');
  }
  if (token.length < 16) throw new Error('ADMINGRAPH_METRICS_TOKEN is shorter than 16 characters');
  return createHash('sha256').update(token, 'utf8').digest();
}

/** True when some credential is configured; with none, only the embedded default may start (with a generated key). */
export const hasCredentials = (auth: AuthSettings) => auth.apiKeys.length > 0 || auth.oidc !== undefined;
