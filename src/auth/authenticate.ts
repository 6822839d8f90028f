import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError } from '../../common/errors.js';
import type { Principal } from '../../common/principal.js';
import { apiKeyPrincipal, matchApiKey, type ApiKeyEntry } from './api-keys.js';
import { createOidcVerifier, type OidcSettings } from './oidc.js';

export interface AuthSettings {
  apiKeys: ApiKeyEntry[];
  oidc?: OidcSettings;
}

/** Who sent these headers, or `UnauthenticatedError` (the HTTP layer answers 401 and runs nothing). */
export type Authenticator = (headers: IncomingHttpHeaders) => Promise<Principal>;

/** Three base64url parts: a JWS compact serialization, as OIDC access tokens are. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The one place requests are authenticated. `Authorization: Bearer <credential>` carries an API key
 * or, when OIDC is configured and the credential is a JWT, an OIDC token; `x-api-key` carries an API
 * key. Two different credentials in one request are refused rather than guessed between.
 */
export function createAuthenticator(settings: AuthSettings): Authenticator {
  const verifyToken = settings.oidc ? createOidcVerifier(settings.oidc) : undefined;
  return async (headers) => {
    const credential = presentedCredential(headers);
    if (verifyToken && credential.bearer && JWT_SHAPE.test(credential.value))
      return verifyToken(credential.value);
    const entry = matchApiKey(settings.apiKeys, credential.value);
    if (!entry) throw new UnauthenticatedError('The API key is not valid');
    return apiKeyPrincipal(entry);
  };
}

function presentedCredential(headers: IncomingHttpHeaders): { value: string; bearer: boolean } {
  const authorization = headers.authorization?.trim();
  const apiKey = headers['x-api-key'];
  const headerKey = (Array.isArray(apiKey) ? apiKey[0] : apiKey)?.trim();
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match)
      throw new UnauthenticatedError('The Authorization header must be "Bearer <API key or token>"');
    if (headerKey && headerKey !== match[1])
      throw new UnauthenticatedError(
        'Send one credential: Authorization or x-api-key, not two different ones',
      );
    return { value: match[1], bearer: true };
  }
  if (headerKey) return { value: headerKey, bearer: false };
  throw new UnauthenticatedError(
    'Authentication required: send "Authorization: Bearer <API key or token>" or "x-api-key: <API key>"',
  );
}
