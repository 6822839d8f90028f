import { parseApiKeys } from './api-keys.js';
import { hasCredentials, type AuthConfig } from './auth-settings.js';
import type { AuthSettings } from './authenticate.js';
import { generateLocalAdminKey } from './local-admin-key.js';

/**
 * The credentials a starting gateway accepts. Configured keys or OIDC win. With none, the embedded
 * default (every vendor simulated) gets a local admin key, generated unless one is given, so that
 * `npm start` works at once without ever accepting anonymous requests. Real vendors with no
 * credential configured refuse to start: they would otherwise be one open port away from anyone.
 */
export function gatewayCredentials(
  auth: AuthConfig,
  options: { allSimulated: boolean; localAdminKey?: string },
): { settings: AuthSettings; localAdminKey?: string } {
  if (hasCredentials(auth) && options.localAdminKey === undefined) return { settings: auth };
  if (!hasCredentials(auth) && !options.allSimulated)
    throw new Error(
      'AdminGraph talks to real vendors but no credential is configured: set ADMINGRAPH_API_KEYS ' +
        '("<key>:<role>,...", keys may be sha256:<hex>) or ADMINGRAPH_OIDC_ISSUER, _AUDIENCE and _JWKS_URL',
    );
  const local = options.localAdminKey
    ? { key: options.localAdminKey, entry: parseApiKeys(`${options.localAdminKey}:admin:local-admin`)[0] }
    : generateLocalAdminKey();
  return { settings: { ...auth, apiKeys: [...auth.apiKeys, local.entry] }, localAdminKey: local.key };
}
