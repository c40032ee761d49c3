import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { CHECK_HELP, runCheck } from './commands/check';
import { LINT_HELP, runLint } from './commands/lint';
import { RENDER_HELP, runRender } from './commands/render';
import { runSearch, SEARCH_HELP } from './commands/search';
import { searchCacheFolder } from './search-cache';
import { UsageError } from './usage-error';

const HELP = `Usage: support-kb <command> [options]

Support KB: checks a support knowledge base of Markdown FAQs and reply templates.

Commands:
  check [DIR]       validate front matter, ids, variables and .support-kb.yml
  lint [paths…]     check tone and structure (built-in ru/en rules and team rules)
  search QUERY      find templates and FAQs: typos, word forms, filters (#tag, lang:ru, ch:sms)
  render FILE       show what a document sends in a channel (--channel email|chat|sms|telegram|whatsapp|slack|phone|all)

Options:
  -h, --help     show help (also: support-kb <command> --help)
  -v, --version  print the version

Run 'support-kb <command> --help' for a command's options.`;

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  readonly isTTY: boolean;
  readonly readStdin?: () => Promise<string>;
  /** The environment (NO_COLOR, where search keeps its index); process.env when absent. */
  readonly env?: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (command === 'check') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { format: { type: 'string', default: 'stylish' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) {
        io.stdout.write(`${CHECK_HELP}\n`);
        return 0;
      }
      if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"; use stylish or json`);
      if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
      const result = await runCheck({
        dir: positionals[0] ?? '.',
        format: values.format,
        cwd: io.cwd,
        color: io.isTTY && !env.NO_COLOR,
      });
      io.stdout.write(result.output);
      return result.code;
    }
    if (command === 'lint') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'stylish' },
          config: { type: 'string' },
          stdin: { type: 'boolean' },
          'stdin-filename': { type: 'string' },
          'max-warnings': { type: 'string' },
          quiet: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        io.stdout.write(`${LINT_HELP}\n`);
        return 0;
      }
      if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"; use stylish or json`);
      const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
      if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
        throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${values['max-warnings']}"`);
      }
      if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin');
      if (values.stdin && positionals.length) throw new UsageError('--stdin takes no paths');
      if (values.stdin && !io.readStdin) throw new UsageError('standard input is not available');
      const result = await runLint({
        paths: positionals,
        format: values.format,
        config: values.config,
        stdin: values.stdin ? await io.readStdin!() : undefined,
        stdinFilename: values['stdin-filename'],
        maxWarnings,
        quiet: values.quiet ?? false,
        cwd: io.cwd,
        color: io.isTTY && !env.NO_COLOR,
      });
      io.stdout.write(result.output);
      return result.code;
    }
    if (command === 'search') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          kb: { type: 'string', default: '.' },
          limit: { type: 'string', default: '10' },
          locale: { type: 'string' },
          channel: { type: 'string' },
          json: { type: 'boolean' },
          'no-cache': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        io.stdout.write(`${SEARCH_HELP}\n`);
        return 0;
      }
      const query = positionals.join(' ');
      if (query.trim() === '') throw new UsageError('search needs a query, e.g. support-kb search "сбросить пароль"');
      const limit = Number(values.limit);
      if (!(Number.isInteger(limit) && limit >= 1)) throw new UsageError(`--limit takes a whole number ≥ 1, not "${values.limit}"`);
      const result = await runSearch({
        query,
        kb: values.kb,
        limit,
        locale: values.locale,
        channel: values.channel,
        json: values.json ?? false,
        cwd: io.cwd,
        color: io.isTTY && !env.NO_COLOR,
        cacheFolder: values['no-cache'] ? undefined : searchCacheFolder(env),
      });
      io.stderr.write(result.notes);
      io.stdout.write(result.output);
      return result.code;
    }
    if (command === 'render') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          channel: { type: 'string' },
          data: { type: 'string' },
          'max-segments': { type: 'string' },
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        io.stdout.write(`${RENDER_HELP}\n`);
        return 0;
      }
      if (positionals.length !== 1) throw new UsageError(`render takes one file, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`);
      const maxSegments = values['max-segments'] === undefined ? undefined : Number(values['max-segments']);
      if (maxSegments !== undefined && !(Number.isInteger(maxSegments) && maxSegments >= 1)) {
        throw new UsageError(`--max-segments takes a whole number ≥ 1, not "${values['max-segments']}"`);
      }
      const result = await runRender({ file: positionals[0], channel: values.channel, data: values.data, json: values.json ?? false, maxSegments, cwd: io.cwd });
      io.stderr.write(result.notes);
      io.stdout.write(result.output);
      return result.code;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`support-kb: ${(error as Error).message}\nRun 'support-kb --help' for usage.\n`);
      return 2;
    }
    io.stderr.write(`support-kb: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}
