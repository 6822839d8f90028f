import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { UnauthenticatedError } from '../../common/errors.js';
import { ROLES, roleAllows, type Principal, type Role } from '../../common/principal.js';

export interface OidcSettings {
  /** The token issuer (`iss`) AdminGraph accepts (`ADMINGRAPH_OIDC_ISSUER`). */
  issuer: string;
  /** The audience (`aud`) tokens must be for (`ADMINGRAPH_OIDC_AUDIENCE`). */
  audience: string;
  /** Where the issuer publishes its signing keys (`ADMINGRAPH_OIDC_JWKS_URL`). */
  jwksUrl: string;
  /** The claim naming the AdminGraph role, dotted for nested claims (`ADMINGRAPH_OIDC_ROLE_CLAIM`, default `admingraph_role`). */
  roleClaim: string;
}

export type OidcVerifier = (token: string) => Promise<Principal>;

/**
 * Verifies OIDC access tokens with `jose`: signature against the issuer's JWKS (fetched and cached
 * by `createRemoteJWKSet`, refetched when a token names an unknown key), then issuer, audience,
 * expiry and not-before. Only asymmetric algorithms: a JWKS holds public keys.
 */
export function createOidcVerifier(settings: OidcSettings): OidcVerifier {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: [
          'RS256',
          'RS384',
          'RS512',
          'PS256',
          'PS384',
          'PS512',
          'ES256',
          'ES384',
          'ES512',
          'EdDSA',
        ],
        clockTolerance: 30,
      }));
    } catch (error) {
      throw new UnauthenticatedError(rejection(error));
    }
    if (!payload.sub) throw new UnauthenticatedError('The token has no subject (sub)');
    return {
      id: `oidc:${payload.iss}#${payload.sub}`,
      role: roleFromClaim(claimAt(payload, settings.roleClaim)),
      method: 'oidc',
      issuer: payload.iss,
      subject: payload.sub,
    };
  };
}

/** Why a token was refused, in words that name the claim but never echo the token. */
function rejection(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JWKSNoMatchingKey) return "The token is not signed by one of the issuer's keys";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature does not verify";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return "The issuer's signing keys cannot be fetched now; try again";
  return 'The token cannot be verified';
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      payload,
    );
}

/** The highest AdminGraph role the claim names (a string or a list of them); viewer when it names none. */
export function roleFromClaim(claim: unknown): Role {
  const named = (Array.isArray(claim) ? claim : [claim])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.toLowerCase())
    .filter((v): v is Role => (ROLES as readonly string[]).includes(v));
  return named.reduce<Role>((best, role) => (roleAllows(role, best) ? role : best), 'viewer');
}
