import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed, short-lived links to vendor documents the gateway passes through (JumpCloud's billing
 * contract and invoice PDFs): the GraphQL answer carries a path with an expiry and an HMAC-SHA256
 * signature over both, and the download route serves it only while both hold. Built on node:crypto
 * rather than a JWT library: the link carries two values and a MAC, nothing a token format would add.
 */

/** The documents a link can name. */
export type DownloadTarget = { kind: 'jumpcloud-contract' } | { kind: 'jumpcloud-invoice'; id: string };

export interface SignedLink {
  url: string;
  expiresAt: string;
}

export interface DownloadSigner {
  sign(target: DownloadTarget): SignedLink;
  /** The target a signed path names, or why not (`expired`, `invalid`). */
  verify(
    pathAndQuery: string,
  ): { ok: true; target: DownloadTarget } | { ok: false; reason: 'expired' | 'invalid' };
}

export const DOWNLOAD_PREFIX = '/downloads/';

function pathOf(target: DownloadTarget): string {
  return target.kind === 'jumpcloud-contract'
    ? `${DOWNLOAD_PREFIX}jumpcloud/billing/contract.pdf`
    : `${DOWNLOAD_PREFIX}jumpcloud/invoices/${encodeURIComponent(target.id)}.pdf`;
}

function targetOf(path: string): DownloadTarget | undefined {
  if (path === `${DOWNLOAD_PREFIX}jumpcloud/billing/contract.pdf`) return { kind: 'jumpcloud-contract' };
  const invoice = /^\/downloads\/jumpcloud\/invoices\/([^/]+)\.pdf$/.exec(path);
  if (!invoice) return undefined;
  try {
    const id = decodeURIComponent(invoice[1]);
    return id ? { kind: 'jumpcloud-invoice', id } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `secret`: the key links are signed with (replicas behind one URL need the same one); a random
 * one per process otherwise. `ttlMs`: how long a link works.
 */
export function createDownloadSigner(
  options: { secret?: string; ttlMs?: number; now?: () => number } = {},
): DownloadSigner {
  const key = options.secret ? Buffer.from(options.secret, 'utf8') : randomBytes(32);
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const mac = (path: string, expires: number) =>
    createHmac('sha256', key).update(`${path}\n${expires}`).digest('base64url');
  return {
    sign(target) {
      const path = pathOf(target);
      const expires = now() + ttlMs;
      return {
        url: `${path}?expires=${expires}&signature=${mac(path, expires)}`,
        expiresAt: new Date(expires).toISOString(),
      };
    },
    verify(pathAndQuery) {
      const url = new URL(pathAndQuery, 'http://link.invalid');
      const target = targetOf(url.pathname);
      const expires = Number(url.searchParams.get('expires'));
      const given = Buffer.from(url.searchParams.get('signature') ?? '', 'utf8');
      if (!target || !Number.isSafeInteger(expires)) return { ok: false, reason: 'invalid' };
      const wanted = Buffer.from(mac(url.pathname, expires), 'utf8');
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
        return { ok: false, reason: 'invalid' };
      if (now() > expires) return { ok: false, reason: 'expired' };
      return { ok: true, target };
    },
  };
}
