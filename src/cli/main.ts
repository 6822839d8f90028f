import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultTarget, type GatewayTarget } from './graphql-request.js';
import { runExport } from './export/run-export.js';
import type { ExportFormat } from './export/formats.js';
import { writeReport } from './report/write-report.js';

const usage = `Usage:
  admingraph export <file.graphql | --query '...'> [--var k=v]... [--format csv|ndjson|json] [--out file]
                    [--explode path] [--separator ';'] [--page-size 100] [--url URL] [--key KEY]
  admingraph report --out report.html [--url URL] [--key KEY]

--url defaults to ADMINGRAPH_URL or http://127.0.0.1:4000/; --key to ADMINGRAPH_KEY (or ADMINGRAPH_API_KEY): the key npm start prints, or one of ADMINGRAPH_API_KEYS.
An export to --out saves its place beside the file: run the same command again to resume.`;

/** `--var k=v`: JSON when it parses (numbers, booleans, lists), a string otherwise. */
function parseVars(pairs: string[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--var ${pair}: expected name=value`);
    const raw = pair.slice(eq + 1);
    try {
      vars[pair.slice(0, eq)] = JSON.parse(raw);
    } catch {
      vars[pair.slice(0, eq)] = raw;
    }
  }
  return vars;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      query: { type: 'string' },
      var: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      explode: { type: 'string' },
      separator: { type: 'string', default: ';' },
      'page-size': { type: 'string', default: '100' },
      url: { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !command) {
    console.log(usage);
    return command ? 0 : 1;
  }
  const fallback = defaultTarget();
  const target: GatewayTarget = { url: values.url ?? fallback.url, key: values.key ?? fallback.key };

  if (command === 'export') {
    if (!values.query && positionals.length !== 1) throw new Error('Give one query file, or --query');
    const query = values.query ?? (await readFile(positionals[0], 'utf8'));
    const format = values.format as ExportFormat;
    if (!['csv', 'ndjson', 'json'].includes(format))
      throw new Error(`--format ${format}: use csv, ndjson or json`);
    const pageSize = Number(values['page-size']);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
      throw new Error('--page-size must be an integer from 1 to 100');
    if (values.out)
      process.once('SIGINT', () => {
        process.stderr.write(`\nInterrupted: run the same command again to resume where it stopped.\n`);
        process.exit(130);
      });
    const result = await runExport({
      query,
      variables: parseVars(values.var ?? []),
      format,
      out: values.out,
      target,
      pageSize,
      explode: values.explode,
      listSeparator: values.separator,
      progress: true,
    });
    process.stderr.write(
      `Exported ${result.rows} rows in ${result.pages} pages${values.out ? ` to ${values.out}` : ''}\n`,
    );
    return 0;
  }
  if (command === 'report') {
    if (!values.out) throw new Error('report needs --out report.html');
    await writeReport({ target, out: values.out });
    process.stderr.write(`Report written to ${values.out}\n`);
    return 0;
  }
  throw new Error(`Unknown command ${command}\n${usage}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`admingraph: ${error.message}\n`);
    process.exit(1);
  },
);
