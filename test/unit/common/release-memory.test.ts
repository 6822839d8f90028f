import { afterEach, describe, expect, it, vi } from 'vitest';

const measureMemory = vi.fn(async () => ({}));
vi.mock('node:vm', async (original) => ({ ...(await original<typeof import('node:vm')>()), measureMemory }));
const { releaseMemorySoon } = await import('../../../common/release-memory.js');

/** The full collections asked for after a bulk read: a few rounds, shared by reads in a row. */
describe('releaseMemorySoon', () => {
  afterEach(() => {
    vi.useRealTimers();
    measureMemory.mockClear();
  });

  it('runs a few eager collections after the last bulk read, not one per read', async () => {
    vi.useFakeTimers();
    releaseMemorySoon();
    await vi.advanceTimersByTimeAsync(500);
    releaseMemorySoon(); // a second read within the first round's delay: the rounds start over
    await vi.advanceTimersByTimeAsync(900);
    expect(measureMemory).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(measureMemory).toHaveBeenCalledTimes(3);
    for (const [options] of measureMemory.mock.calls as unknown as [{ execution: string }][])
      expect(options.execution).toBe('eager');
    // Quiet afterwards: nothing more runs until the next bulk read.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measureMemory).toHaveBeenCalledTimes(3);
  });

  it("drops only vm.measureMemory's experimental warning, and only during the call", async () => {
    vi.useFakeTimers();
    const emitted: string[] = [];
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string) =>
      void emitted.push(String(warning))) as typeof process.emitWarning;
    measureMemory.mockImplementationOnce(async () => {
      process.emitWarning('vm.measureMemory is an experimental feature and might change at any time');
      process.emitWarning('something else');
      return {};
    });
    try {
      releaseMemorySoon();
      await vi.advanceTimersByTimeAsync(1_000);
      process.emitWarning('vm.measureMemory later, outside the call');
    } finally {
      process.emitWarning = emitWarning;
    }
    expect(emitted).toEqual(['something else', 'vm.measureMemory later, outside the call']);
  });
});
