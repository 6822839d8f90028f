import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEntry, AuditLog, AuditPage } from '../../mutations/audit-log.js';

/**
 * The embedded audit store: one JSON object per line, appended and flushed to disk (fdatasync)
 * before `append` resolves, so an answered mutation is on disk even if the machine loses power
 * right after. Appends from this process are queued one at a time; `O_APPEND` keeps whole lines
 * together. Reading parses only what was appended since the last read.
 *
 * A line cut short by a crash is skipped when read, and the next append starts on a new line so
 * the entry after it is not glued to it. Positions are 1-based counts of readable entries.
 */
export class FileAuditLog implements AuditLog {
  private queue: Promise<void> = Promise.resolve();
  private checkedLineEnd = false;
  private parsed: AuditEntry[] = [];
  private parsedBytes = 0;

  constructor(readonly path: string) {}

  append(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const done = this.queue.then(() => this.write(line));
    this.queue = done.catch(() => undefined);
    return done;
  }

  async page({ limit, before }: { limit: number; before?: number }): Promise<AuditPage> {
    await this.queue; // read your own writes
    const entries = await this.readAll();
    const end = before === undefined ? entries.length : Math.max(0, Math.min(before - 1, entries.length));
    const start = Math.max(0, end - limit);
    const page = entries.slice(start, end).map((entry, i) => ({ position: start + i + 1, entry }));
    return { entries: page.reverse(), total: entries.length, hasMore: start > 0 };
  }

  async close(): Promise<void> {
    await this.queue;
  }

  private async write(line: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a+');
    try {
      if (!this.checkedLineEnd) {
        const { size } = await handle.stat();
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) line = `\n${line}`;
        }
        this.checkedLineEnd = true;
      }
      await handle.appendFile(line, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  private async readAll(): Promise<AuditEntry[]> {
    let size: number;
    try {
      size = (await stat(this.path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    if (size < this.parsedBytes) {
      // Replaced or truncated by someone else: start over.
      this.parsed = [];
      this.parsedBytes = 0;
    }
    if (size === this.parsedBytes) return this.parsed;
    const handle = await open(this.path, 'r');
    try {
      const chunk = Buffer.alloc(size - this.parsedBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, this.parsedBytes);
      const complete = chunk.subarray(0, chunk.lastIndexOf(0x0a, bytesRead - 1) + 1);
      for (const line of complete.toString('utf8').split('\n')) {
        const entry = parseLine(line);
        if (entry) this.parsed.push(entry);
      }
      this.parsedBytes += complete.length;
    } finally {
      await handle.close();
    }
    return this.parsed;
  }
}

function parseLine(line: string): AuditEntry | undefined {
  if (!line.trim()) return undefined;
  try {
    const value = JSON.parse(line) as AuditEntry;
    return typeof value === 'object' && value !== null && typeof value.id === 'string' ? value : undefined;
  } catch {
    return undefined; // a line cut short by a crash
  }
}
