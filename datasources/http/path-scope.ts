import { NotFoundError } from '../../common/errors.js';
import type { VendorName } from '../model/index.js';

/**
 * A tenant firewall on vendor paths: each rule names a path prefix (`['v1', 'orgs', ':org']`) and
 * the one value each `:name` may take. A path under a prefix with another value is answered
 * NOT_FOUND before any call, so no ID, cursor or argument can reach another organization the
 * credentials happen to see. Checked by VendorClient on every read and write.
 */
export interface PathScopeRule {
  prefix: string[];
  allowed: Record<string, string>;
}

export type PathScope = (path: string) => void;

export function pathScope(vendor: VendorName, rules: PathScopeRule[]): PathScope {
  return (path) => {
    const segments = path.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
    for (const { prefix, allowed } of rules) {
      if (segments.length < prefix.length) continue;
      const matches = prefix.every((part, i) => part.startsWith(':') || part === segments[i]);
      if (!matches) continue;
      prefix.forEach((part, i) => {
        if (part.startsWith(':') && segments[i] !== allowed[part.slice(1)])
          throw new NotFoundError(
            `No ${part.slice(1)} "${segments[i]}" in the ${vendor} tenant AdminGraph serves`,
            vendor,
          );
      });
    }
  };
}
