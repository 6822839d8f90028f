/**
 * Who is calling. Authentication (src/auth/) builds one per request; every resolver sees it through
 * the context, role checks read `role`, and the audit log records `id` (and, for an OIDC token, the
 * token's `issuer` and `subject`).
 */
export type Role = 'viewer' | 'operator' | 'admin';

/** Roles in order of what they may do: each may do everything the ones before it may. */
export const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

export interface Principal {
  /** Stable name of the caller as the audit log and idempotency keys record it (`key:<name>`, `oidc:<issuer>#<subject>`). */
  id: string;
  role: Role;
  /** How the caller proved who it is. `anonymous` only where authentication is off (in-process tests). */
  method: 'api-key' | 'oidc' | 'anonymous';
  /** OIDC token issuer (`iss`), for tokens. */
  issuer?: string;
  /** OIDC token subject (`sub`), for tokens. */
  subject?: string;
}

export function roleAllows(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** The caller of in-process use where no authentication runs (tests, CLIs given a context directly). */
export const ANONYMOUS_PRINCIPAL: Principal = { id: 'anonymous', role: 'admin', method: 'anonymous' };
