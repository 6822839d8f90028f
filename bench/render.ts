/** `npm run bench:report`: re-renders BENCHMARKS.md from the results files, without measuring again. */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderBenchmarksMarkdown } from './report.js';

writeFileSync(
  'BENCHMARKS.md',
  renderBenchmarksMarkdown(JSON.parse(readFileSync('bench/results/gateway.json', 'utf8'))),
);
console.log('wrote BENCHMARKS.md');
