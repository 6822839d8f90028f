import { SingleBar } from 'cli-progress';
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { postGraphql, type GatewayTarget } from '../graphql-request.js';
import { clearExportState, readExportState, saveExportState, type ExportState } from './export-state.js';
import { formatWriter, type ExportFormat } from './formats.js';
import { pagedQuery } from './paginate-query.js';

export interface ExportOptions {
  query: string;
  variables: Record<string, unknown>;
  format: ExportFormat;
  /** A file (resumable), or undefined for stdout. */
  out?: string;
  target: GatewayTarget;
  /** Page size when the query sets no `first` (the gateway's maximum, 100, by default). */
  pageSize?: number;
  explode?: string;
  listSeparator?: string;
  /** Progress on stderr (off for library use). */
  progress?: boolean;
}

export interface ExportResult {
  rows: number;
  pages: number;
  resumedFromPage?: number;
}

function at(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
    data,
  );
}

interface Sink {
  write(text: string): Promise<void>;
  bytes: number;
  close(): Promise<void>;
}

async function fileSink(path: string, resumeAt: number | undefined): Promise<Sink> {
  let handle: FileHandle;
  if (resumeAt !== undefined) {
    handle = await open(path, 'r+');
    await handle.truncate(resumeAt); // drops a page written after the last saved state
  } else handle = await open(path, 'w');
  const sink: Sink = {
    bytes: resumeAt ?? 0,
    async write(text) {
      if (!text) return;
      const buffer = Buffer.from(text);
      await handle.write(buffer, 0, buffer.length, sink.bytes);
      sink.bytes += buffer.length;
    },
    close: () => handle.close(),
  };
  return sink;
}

function stdoutSink(): Sink {
  const sink: Sink = {
    bytes: 0,
    write: (text) =>
      new Promise((resolve, reject) => {
        if (!text) return resolve();
        sink.bytes += Buffer.byteLength(text);
        // Waits for the pipe to drain: a slow reader slows the export instead of filling memory.
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    close: async () => undefined,
  };
  return sink;
}

/**
 * Pages the query's connection to the end, writing each page as it arrives (one page in memory at a
 * time), and, for a file, saving where it stands after each page so a second run resumes.
 */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  const paged = pagedQuery(options.query);
  const listSeparator = options.listSeparator ?? ';';
  const writer = formatWriter(options.format, paged, { explode: options.explode, listSeparator });
  const pageSize = options.pageSize ?? 100;
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        paged.query,
        options.variables,
        options.format,
        options.explode,
        listSeparator,
        pageSize,
      ]),
    )
    .digest('hex');

  const previous = options.out ? await readExportState(options.out, fingerprint) : undefined;
  const sink = options.out ? await fileSink(options.out, previous?.bytes) : stdoutSink();
  const state: ExportState = previous ?? { fingerprint, after: null, pages: 0, rows: 0, bytes: 0 };
  const bar = options.progress
    ? new SingleBar({
        stream: process.stderr,
        format: 'export {bar} {value}/{total} rows | {pages} pages | ETA {eta_formatted}',
        noTTYOutput: true,
        notTTYSchedule: 1000,
        etaBuffer: 20,
      })
    : undefined;
  const warned = new Set<string>();

  try {
    if (!previous) {
      await sink.write(writer.header());
      state.bytes = sink.bytes;
    } else if (options.progress)
      process.stderr.write(`Resuming after page ${previous.pages} (${previous.rows} rows already written)\n`);
    bar?.start(state.total ?? 0, state.rows, { pages: state.pages });

    let hasNextPage = true;
    while (hasNextPage) {
      const variables = {
        ...options.variables,
        [paged.afterVariable]: state.after,
        ...(paged.firstVariable ? { [paged.firstVariable]: pageSize } : {}),
      };
      const response = await postGraphql(options.target, paged.query, variables);
      const connection = at(response.data, paged.path) as
        | {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            totalCount?: number;
            edges?: { node: unknown }[];
            nodes?: unknown[];
          }
        | null
        | undefined;
      if (!connection) {
        const why = response.errors?.map(
          (e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`,
        );
        throw new Error(
          `Page ${state.pages + 1} failed: ${why?.join('; ') ?? `no data at ${paged.path.join('.')}`}`,
        );
      }
      for (const e of response.errors ?? [])
        if (!warned.has(e.message)) {
          warned.add(e.message);
          process.stderr.write(`\nwarning: ${e.message} (some fields are empty)\n`);
        }
      const nodes =
        paged.shape === 'nodes' ? (connection.nodes ?? []) : (connection.edges ?? []).map((e) => e.node);
      const { text, rows } = writer.page(nodes, state.rows);
      await sink.write(text);
      hasNextPage = connection.pageInfo.hasNextPage && connection.pageInfo.endCursor !== null;
      state.after = connection.pageInfo.endCursor;
      state.pages += 1;
      state.rows += rows;
      state.bytes = sink.bytes;
      if (typeof connection.totalCount === 'number') state.total = connection.totalCount;
      if (options.out) await saveExportState(options.out, state);
      if (bar) {
        if (state.total !== undefined) bar.setTotal(Math.max(state.total, state.rows));
        bar.update(state.rows, { pages: state.pages });
      }
    }
    await sink.write(writer.footer(state.rows));
    if (options.out) await clearExportState(options.out);
    return { rows: state.rows, pages: state.pages, resumedFromPage: previous?.pages };
  } finally {
    bar?.stop();
    await sink.close();
  }
}
