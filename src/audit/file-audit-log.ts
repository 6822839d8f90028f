import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEntry, AuditLog, AuditPage } from '../../mutations/audit-log.js';
import {
  entryOfIntent,
  isInterrupted,
  type AuditIntent,
  type AuditOutcome,
  type JournalIntent,
} from '../../mutations/audit-journal.js';

/** Where one line sits in the file. */
interface LineRef {
  offset: number;
  length: number;
}

/** A listed record: a mutation's intent (with what followed it), or an entry with no intent (rejected, dry run, replay). */
interface Listed {
  line: LineRef;
  intentId?: string;
}

/** What is known of one intent without holding its text: where its outcomes (until it finished) and its final entry are. */
interface IntentRefs {
  outcomes: LineRef[];
  final?: LineRef;
}

type JournalLine =
  | ({ type: 'intent' } & AuditIntent)
  | ({ type: 'outcome' } & AuditOutcome)
  | (AuditEntry & { type?: undefined });

/**
 * The embedded audit store: one JSON object per line (intents, step outcomes and final entries of
 * the mutation journal), appended and flushed to disk (fdatasync) before the write resolves, so
 * what a mutation meant to do is on disk before its first vendor call and each outcome as it
 * happens. Appends from this process are queued one at a time; `O_APPEND` keeps whole lines together.
 *
 * Only byte offsets are held in memory (a few numbers per entry); a page reads its own lines
 * from the file. A line cut short by a crash is skipped when read, and the next append starts on a
 * new line so the entry after it is not glued to it. Positions are 1-based counts of listed records.
 */
export class FileAuditLog implements AuditLog {
  private queue: Promise<void> = Promise.resolve();
  private checkedLineEnd = false;
  private listed: Listed[] = [];
  private intents = new Map<string, IntentRefs>();
  private indexedBytes = 0;

  /** `staleAfterMs`: how old an unfinished intent of a process on another host must be to count as interrupted. */
  constructor(
    readonly path: string,
    private readonly staleAfterMs = 60_000,
  ) {}

  append(entry: AuditEntry): Promise<void> {
    return this.enqueue(entry);
  }

  beginIntent(intent: AuditIntent): Promise<void> {
    return this.enqueue({ type: 'intent', ...intent });
  }

  recordOutcome(outcome: AuditOutcome): Promise<void> {
    return this.enqueue({ type: 'outcome', ...outcome });
  }

  async page({ limit, before }: { limit: number; before?: number }): Promise<AuditPage> {
    await this.queue; // read your own writes
    await this.index();
    const total = this.listed.length;
    const end = before === undefined ? total : Math.max(0, Math.min(before - 1, total));
    const start = Math.max(0, end - limit);
    if (end === start) return { entries: [], total, hasMore: start > 0 };
    const handle = await open(this.path, 'r');
    try {
      const entries = [];
      for (let i = end - 1; i >= start; i--)
        entries.push({ position: i + 1, entry: await this.entryAt(handle, this.listed[i]) });
      return { entries, total, hasMore: start > 0 };
    } finally {
      await handle.close();
    }
  }

  async interrupted(): Promise<JournalIntent[]> {
    await this.queue;
    await this.index();
    const found: JournalIntent[] = [];
    const handle = await open(this.path, 'r').catch(() => undefined);
    if (!handle) return found;
    try {
      for (const [i, listed] of this.listed.entries()) {
        if (!listed.intentId || this.intents.get(listed.intentId)?.final) continue;
        const journal = await this.journalAt(handle, i + 1, listed);
        if (journal && isInterrupted(journal, this.staleAfterMs)) found.push(journal);
      }
    } finally {
      await handle.close();
    }
    return found;
  }

  async ping(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const handle = await open(this.path, 'a');
    await handle.close();
  }

  async close(): Promise<void> {
    await this.queue;
  }

  private enqueue(record: JournalLine): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const done = this.queue.then(() => this.write(line));
    this.queue = done.catch(() => undefined);
    return done;
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

  private async entryAt(handle: FileHandleLike, listed: Listed): Promise<AuditEntry> {
    const journal = listed.intentId ? await this.journalAt(handle, 0, listed) : undefined;
    if (journal) return entryOfIntent(journal, this.staleAfterMs);
    return (await readLine(handle, listed.line)) as AuditEntry;
  }

  private async journalAt(
    handle: FileHandleLike,
    position: number,
    listed: Listed,
  ): Promise<JournalIntent | undefined> {
    const refs = this.intents.get(listed.intentId!);
    const intent = (await readLine(handle, listed.line)) as AuditIntent | undefined;
    if (!refs || !intent) return undefined;
    const final = refs.final ? ((await readLine(handle, refs.final)) as AuditEntry) : undefined;
    const outcomes: AuditOutcome[] = [];
    if (!final) for (const ref of refs.outcomes) outcomes.push((await readLine(handle, ref)) as AuditOutcome);
    return { position, intent, outcomes, final };
  }

  /** Indexes what was appended since the last look: line offsets, intents and what belongs to them. */
  private async index(): Promise<void> {
    let size: number;
    try {
      size = (await stat(this.path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (size < this.indexedBytes) {
      // Replaced or truncated by someone else: start over.
      this.listed = [];
      this.intents.clear();
      this.indexedBytes = 0;
    }
    if (size === this.indexedBytes) return;
    const handle = await open(this.path, 'r');
    try {
      const chunk = Buffer.alloc(size - this.indexedBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, this.indexedBytes);
      const completeLength = chunk.lastIndexOf(0x0a, bytesRead - 1) + 1;
      let lineStart = 0;
      while (lineStart < completeLength) {
        const lineEnd = chunk.indexOf(0x0a, lineStart);
        const line = { offset: this.indexedBytes + lineStart, length: lineEnd - lineStart };
        this.indexLine(parseLine(chunk.subarray(lineStart, lineEnd).toString('utf8')), line);
        lineStart = lineEnd + 1;
      }
      this.indexedBytes += completeLength;
    } finally {
      await handle.close();
    }
  }

  private indexLine(record: JournalLine | undefined, line: LineRef): void {
    if (!record) return;
    if (record.type === 'intent') {
      this.intents.set(record.id, { outcomes: [] });
      this.listed.push({ line, intentId: record.id });
    } else if (record.type === 'outcome') {
      this.intents.get(record.intentId)?.outcomes.push(line);
    } else {
      const refs = record.intentId ? this.intents.get(record.intentId) : undefined;
      if (!refs) {
        this.listed.push({ line });
        return;
      }
      refs.final = line;
      refs.outcomes = []; // the final entry holds every outcome
    }
  }
}

type FileHandleLike = Awaited<ReturnType<typeof open>>;

async function readLine(handle: FileHandleLike, ref: LineRef): Promise<unknown> {
  const buffer = Buffer.alloc(ref.length);
  await handle.read(buffer, 0, ref.length, ref.offset);
  return parseLine(buffer.toString('utf8'));
}

function parseLine(line: string): JournalLine | undefined {
  if (!line.trim()) return undefined;
  try {
    const value = JSON.parse(line) as JournalLine;
    if (typeof value !== 'object' || value === null) return undefined;
    if (value.type === 'outcome') return typeof value.intentId === 'string' ? value : undefined;
    return typeof value.id === 'string' ? value : undefined;
  } catch {
    return undefined; // a line cut short by a crash
  }
}
