import type { DownloadTarget } from '../common/download-links.js';
import type { GatewayContext } from '../mutations/context.js';

/** A `DownloadLink`: a signed path on this gateway that streams the vendor's document (always a PDF here). */
export function signedDownload(ctx: GatewayContext, target: DownloadTarget) {
  const { url, expiresAt } = ctx.downloads.sign(target);
  return { url, expiresAt, contentType: 'application/pdf' };
}
