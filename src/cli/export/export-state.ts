import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Where an export to a file stands, saved beside it after every page: an interrupted export run
 * again with the same arguments cuts the file back to `bytes` (a page half written is dropped) and
 * goes on from `after`.
 */
export interface ExportState {
  /** Hash of the query, variables and output options: another export into the same file starts over. */
  fingerprint: string;
  after: string | null;
  pages: number;
  rows: number;
  bytes: number;
  total?: number;
}

export const stateFileOf = (out: string) => `${out}.export-state.json`;

export async function readExportState(out: string, fingerprint: string): Promise<ExportState | undefined> {
  try {
    const state = JSON.parse(await readFile(stateFileOf(out), 'utf8')) as ExportState;
    return state.fingerprint === fingerprint ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed: a crash mid-write leaves the previous state. */
export async function saveExportState(out: string, state: ExportState): Promise<void> {
  const file = stateFileOf(out);
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
}

export async function clearExportState(out: string): Promise<void> {
  await rm(stateFileOf(out), { force: true });
}
