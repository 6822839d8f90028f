import { measureMemory } from 'node:vm';

/** When the collections run after the last bulk read: reads in a row share them. */
const ROUNDS_MS = [1_000, 4_000, 8_000];
let timer: NodeJS.Timeout | undefined;

/**
 * Asks V8 for a few full collections shortly after a bulk read (a replica taking 330,000 rows of
 * the identity index, a walk of a whole source, or dropping the whole index a scan read). Such a
 * read promotes its transient rows and outgrown tables into the old generation, and once the
 * replica goes quiet nothing allocates enough to start the next full collection: measured at
 * 100,000 people, ~100 MB of garbage then stayed resident for good. Each round compacts some of the
 * pages the read left half-empty, as V8's memory reducer would if it were started. Hand-rolled:
 * no library does this, and `vm.measureMemory` with eager execution is Node's public way to start
 * a full collection without `--expose-gc`.
 */
export function releaseMemorySoon(): void {
  clearTimeout(timer);
  const round = (i: number) => {
    timer = setTimeout(
      () => {
        timer = undefined;
        collectNow()
          .catch(() => undefined)
          .finally(() => {
            if (i + 1 < ROUNDS_MS.length && timer === undefined) round(i + 1);
          });
      },
      ROUNDS_MS[i] - (ROUNDS_MS[i - 1] ?? 0),
    ).unref();
  };
  round(0);
}

/**
 * One eager measurement (a full collection). Node 20 still calls `vm.measureMemory` experimental and
 * warns about it once per process, which would put a stray line in every replica's JSON log: that
 * one warning, emitted inside the call, is dropped; any other passes through.
 */
function collectNow(): Promise<unknown> {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('vm.measureMemory')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return measureMemory({ mode: 'summary', execution: 'eager' });
  } finally {
    process.emitWarning = emitWarning;
  }
}
