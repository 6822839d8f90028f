import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOWNLOAD_PREFIX } from '../../common/download-links.js';
import { NotFoundError, VendorError } from '../../common/errors.js';
import type { VendorDocumentModel as VendorDocument } from '../../datasources/contracts.js';
import type { Gateway } from '../gateway.js';
import type { RouteHandler } from '../http/route.js';
import type { Principal } from '../../common/principal.js';

/** Whoever holds a signed link: the signature, given to an authenticated caller, is the credential; it only reads. */
const LINK_HOLDER: Principal = { id: 'signed-download-link', role: 'viewer', method: 'anonymous' };

/**
 * The download route: `GET /downloads/...` with a signed link from a `DownloadLink` answers the
 * vendor's document itself (JumpCloud's billing contract or an invoice, PDFs), fetched through the
 * same vendor client as every read (auth, timeout, retries). It never answers JSON: failures are
 * plain text with the status a browser expects (403 bad or expired link, 404 unknown document,
 * 502/503 vendor failure). A `RouteHandler` (src/http/route.ts): it takes every `/downloads/` path
 * and answers it asynchronously; any other path it leaves to the next route.
 */
export function createDownloadRoute(gateway: Pick<Gateway, 'createContext' | 'downloads'>): RouteHandler {
  const plain = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`${text}\n`);
  };

  async function serve(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      plain(res, 405, 'Only GET downloads a document');
      return;
    }
    const checked = gateway.downloads.verify(url);
    if (!checked.ok) {
      plain(res, 403, checked.reason === 'expired' ? 'This link has expired' : 'This link is not valid');
      return;
    }
    const { datasources } = await gateway.createContext(req.headers, LINK_HOLDER);
    let document: VendorDocument | undefined;
    try {
      const target = checked.target;
      document =
        target.kind === 'jumpcloud-contract'
          ? await datasources.jumpcloud.contractDocument()
          : await datasources.jumpcloud.invoiceDocument(target.id);
    } catch (error) {
      if (error instanceof NotFoundError) document = undefined;
      else if (error instanceof VendorError) {
        plain(res, error.extensions.retryable ? 503 : 502, error.message);
        return;
      } else throw error;
    }
    if (!document) {
      plain(res, 404, 'JumpCloud has no such document');
      return;
    }
    const name = url.split('?')[0].split('/').pop() ?? 'document.pdf';
    res.writeHead(200, {
      'content-type': document.contentType,
      'content-length': String(document.bytes.length),
      'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'private, no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : document.bytes);
  }

  return (req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(DOWNLOAD_PREFIX)) return false;
    serve(req, res, url).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal server error');
      else res.end();
    });
    return true;
  };
}
