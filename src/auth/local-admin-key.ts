import { randomBytes } from 'node:crypto';
import { parseApiKeys, type ApiKeyEntry } from './api-keys.js';

/**
 * The key `npm start` makes when no credential is configured and every vendor is simulated: random
 * per start, admin, printed with the URL and pre-filled in GraphiQL for loopback visitors.
 */
export function generateLocalAdminKey(): { key: string; entry: ApiKeyEntry } {
  const key = `agk_${randomBytes(24).toString('base64url')}`;
  return { key, entry: parseApiKeys(`${key}:admin:local-admin`)[0] };
}
