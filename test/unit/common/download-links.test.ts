import { describe, expect, it } from 'vitest';
import { createDownloadSigner } from '../../../common/download-links.js';

describe('signed download links', () => {
  let now = Date.parse('2026-12-01T10:00:00.000Z');
  const signer = createDownloadSigner({ secret: 'test-secret', ttlMs: 60_000, now: () => now });

  it('verifies its own links for the target they name, until they expire', () => {
    const contract = signer.sign({ kind: 'jumpcloud-contract' });
    const invoice = signer.sign({ kind: 'jumpcloud-invoice', id: 'INV/42 a' });
    expect(contract.expiresAt).toBe('2026-12-01T10:01:00.000Z');
    expect(signer.verify(contract.url)).toStrictEqual({ ok: true, target: { kind: 'jumpcloud-contract' } });
    expect(signer.verify(invoice.url)).toStrictEqual({
      ok: true,
      target: { kind: 'jumpcloud-invoice', id: 'INV/42 a' },
    });
    now += 60_001;
    expect(signer.verify(contract.url)).toStrictEqual({ ok: false, reason: 'expired' });
    now -= 60_001;
  });

  it('refuses a link whose path, expiry or signature was changed, or signed with another key', () => {
    const { url } = signer.sign({ kind: 'jumpcloud-invoice', id: 'INV-1' });
    const tampered = [
      url.replace('INV-1', 'INV-2'),
      url.replace(/expires=(\d+)/, (_, e) => `expires=${Number(e) + 1000}`),
      url.replace(/signature=.{4}/, 'signature=AAAA'),
      url.split('&signature=')[0],
      '/downloads/jumpcloud/billing/other.pdf?expires=1&signature=x',
    ];
    for (const link of tampered) expect(signer.verify(link)).toStrictEqual({ ok: false, reason: 'invalid' });
    const other = createDownloadSigner({ secret: 'another-secret', now: () => now });
    expect(other.verify(url)).toStrictEqual({ ok: false, reason: 'invalid' });
  });
});
