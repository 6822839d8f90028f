import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Which gateway process recorded something: a fresh `id` per start, and where it runs. */
export interface ProcessInstance {
  id: string;
  host: string;
  pid: number;
}

export const currentInstance: ProcessInstance = { id: randomUUID(), host: hostname(), pid: process.pid };

/**
 * Whether the process that recorded `instance` is certainly gone: another start of this process
 * ID (a container restarted with the same pid), or a pid no longer running on this host. A
 * process on another host cannot be asked: it counts as gone only once `startedAt` is older than
 * `staleAfterMs` (longer than any mutation may run under the request deadline).
 */
export function instanceGone(
  instance: ProcessInstance,
  startedAt: string,
  staleAfterMs: number,
  now = Date.now(),
): boolean {
  if (instance.id === currentInstance.id) return false;
  if (instance.host === currentInstance.host)
    return instance.pid === process.pid || !pidRunning(instance.pid);
  return now - Date.parse(startedAt) > staleAfterMs;
}

function pidRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
