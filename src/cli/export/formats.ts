import { stringify } from 'csv-stringify/sync';
import { columnsOf, rowsOf } from './flatten.js';
import type { PagedQuery } from './paginate-query.js';

export type ExportFormat = 'csv' | 'ndjson' | 'json';

/** Text for the start of the file, each page's nodes, and the end: what the export writes, in order. */
export interface FormatWriter {
  header(): string;
  page(nodes: unknown[], rowsBefore: number): { text: string; rows: number };
  footer(rows: number): string;
}

export function formatWriter(
  format: ExportFormat,
  paged: PagedQuery,
  options: { explode?: string; listSeparator: string },
): FormatWriter {
  if (options.explode && format !== 'csv') throw new Error('--explode applies to CSV only');
  switch (format) {
    case 'csv': {
      const columns = columnsOf(paged.nodeSelection, paged.fragments);
      if (options.explode && !columns.some((c) => c.startsWith(`${options.explode}.`)))
        throw new Error(`--explode ${options.explode}: the query selects no fields under it`);
      return {
        header: () => stringify([columns]),
        page: (nodes) => {
          const rows = nodes.flatMap((node) => rowsOf(node, columns, options));
          return { text: rows.length ? stringify(rows) : '', rows: rows.length };
        },
        footer: () => '',
      };
    }
    case 'ndjson':
      return {
        header: () => '',
        page: (nodes) => ({ text: nodes.map((n) => `${JSON.stringify(n)}\n`).join(''), rows: nodes.length }),
        footer: () => '',
      };
    case 'json':
      // One array, written a page at a time: `[` first, `]` only once the last page is in.
      return {
        header: () => '[',
        page: (nodes, before) => ({
          text: nodes.map((n, i) => `${before + i === 0 ? '\n' : ',\n'}${JSON.stringify(n)}`).join(''),
          rows: nodes.length,
        }),
        footer: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
      };
  }
}
