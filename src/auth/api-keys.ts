import { createHash, timingSafeEqual } from 'node:crypto';
import { ROLES, type Principal, type Role } from '../../common/principal.js';

/**
 * API keys from configuration (`ADMINGRAPH_API_KEYS="<key>:<role>[:<name>],..."`). A key may be
 * given as `sha256:<hex>` so the configuration never holds it in plain text; plain keys are hashed
 * on load, so only digests stay in memory. A presented key is hashed and compared with every
 * configured digest in constant time (`timingSafeEqual`, no early exit), so neither the answer's
 * timing nor its content tells how close a guess was.
 */
export interface ApiKeyEntry {
  /** What the audit log records (`key:<name>`): the configured name, else a fingerprint of the digest. */
  name: string;
  role: Role;
  digest: Buffer;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Parses the `ADMINGRAPH_API_KEYS` list; a malformed entry stops the start with a message naming it (not its key). */
export function parseApiKeys(spec: string | undefined): ApiKeyEntry[] {
  if (!spec?.trim()) return [];
  return spec
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item, index) => parseEntry(item, index + 1));
}

function parseEntry(item: string, position: number): ApiKeyEntry {
  const hashed = item.startsWith('sha256:');
  const [key, role, name, ...rest] = (hashed ? item.slice('sha256:'.length) : item).split(':');
  const where = `ADMINGRAPH_API_KEYS entry ${position}`;
  if (!key || !role || rest.length > 0)
    throw new Error(`${where} must be <key>:<role> or <key>:<role>:<name> (sha256:<hex> for a hashed key)`);
  if (!(ROLES as readonly string[]).includes(role))
    throw new Error(`${where} has role "${role}": use one of ${ROLES.join(', ')}`);
  if (hashed && !/^[0-9a-f]{64}$/i.test(key))
    throw new Error(`${where} is sha256: but not followed by 64 hex digits`);
  if (!hashed && key.length < 16)
    throw new Error(`${where} is shorter than 16 characters: use a long random key`);
  const digest = hashed ? Buffer.from(key, 'hex') : sha256(key);
  return { name: name || `sha256-${digest.toString('hex').slice(0, 12)}`, role: role as Role, digest };
}

/** The entry whose key this is, compared in constant time against every entry. */
export function matchApiKey(entries: readonly ApiKeyEntry[], presented: string): ApiKeyEntry | undefined {
  const digest = sha256(presented);
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) if (timingSafeEqual(entry.digest, digest) && !found) found = entry;
  return found;
}

export function apiKeyPrincipal(entry: ApiKeyEntry): Principal {
  return { id: `key:${entry.name}`, role: entry.role, method: 'api-key' };
}
