import { BadUserInputError } from './errors.js';

/**
 * Global IDs: base64url of `Type:part:part...` with each part URI-encoded, so vendor IDs that
 * contain ':' (Atlassian `712020:...`) survive. E.g. `User:jsmith%40example.com`, `Group:SCIM:<id>`.
 * Opaque to clients; decoded here only, and validated like any input.
 */
export function toGlobalId(type: string, ...parts: string[]): string {
  return Buffer.from([type, ...parts.map(encodeURIComponent)].join(':'), 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  parts: string[];
}

export function fromGlobalId(id: string): DecodedGlobalId {
  const invalid = () => new BadUserInputError(`"${id}" is not an AdminGraph ID`, 'id');
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const [type, ...encoded] = text.split(':');
  if (!/^[A-Z][A-Za-z]+$/.test(type ?? '') || encoded.length === 0) throw invalid();
  try {
    const parts = encoded.map(decodeURIComponent);
    if (parts.some((p) => p === '')) throw invalid();
    return { type, parts };
  } catch {
    throw invalid();
  }
}
