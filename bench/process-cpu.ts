import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 on Linux nearly everywhere). */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU seconds (user + system, all threads: the main thread and V8's GC helpers) a process has used,
 * from /proc/<pid>/stat. Benchmarks read it before and after a load to tell what a replica spent:
 * answers per CPU second do not depend on how many cores the machine had to spare.
 */
export function cpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the split on its closing paren):
  // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after it.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
