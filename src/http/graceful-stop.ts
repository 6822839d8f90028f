import type { Server } from 'node:http';

/**
 * Stops an HTTP server the graceful way: no new connections, idle keep-alive sockets closed, the
 * requests in flight allowed to finish (up to `graceMs`), then whatever is left is cut. Node's
 * `server.close()` alone waits for keep-alive sockets and never cuts a hung request.
 */
export function gracefulStopper(server: Server) {
  let inFlight = 0;
  let drained: (() => void) | undefined;
  let stopping = false;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
  });

  return {
    get stopping() {
      return stopping;
    },
    async stop(graceMs: number): Promise<void> {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
