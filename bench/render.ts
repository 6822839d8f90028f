/** `npm run bench:report`: re-renders BENCHMARKS.md from the results files, without measuring again. */
import { rerenderBenchmarks } from './report.js';

rerenderBenchmarks();
console.log('wrote BENCHMARKS.md');
