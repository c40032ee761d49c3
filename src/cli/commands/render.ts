import * as path from 'node:path';
import {
  asFileError,
  CHANNELS,
  CONFIG_FILE,
  dataFilePosition,
  findConfigRoot,
  MAX_CONFIG_BYTES,
  MAX_DOCUMENT_BYTES,
  parseConfig,
  parseDataFile,
  parseDocument,
  readInside,
  readText,
  renderAll,
  type Channel,
  type ChannelRender,
  type SmsCharacter,
} from '../../core';
import { nodeFileSystem } from '../node-file-system';
import { UsageError } from '../usage-error';
import { toPosix } from './check';

export interface RenderCliOptions {
  readonly file: string;
  readonly channel: string | undefined;
  readonly data?: string;
  readonly json: boolean;
  readonly maxSegments?: number;
  readonly cwd: string;
}

export const RENDER_HELP = `Usage: support-kb render FILE --channel CH[,CH…] [--data FILE] [--json]

Renders a KB document for a channel: what would actually be sent, with the
channel's warnings (length limits, SMS segments and encoding, constructs the
channel can't show, missing variables).

Channels: ${CHANNELS.join(', ')}

Options:
  --channel CH        the channel (required); several separated by commas, or
                      "all": each payload under a "==> channel <==" line, and
                      with --json an array
  --data FILE         values for the {{ placeholders }}, a JSON or YAML mapping
                      (default: the front matter's variable samples)
  --max-segments N    SMS segments above N are a warning (default: 3)
  --json              print { "channel", "format", "output", "warnings", "length", … }
  -h, --help          show this help

Without --json the payload is printed and the warnings go to standard error.
Exit codes: 0 rendered (warnings or not), 2 usage error (unknown channel, missing file).`;

export interface JsonRender {
  channel: Channel;
  format: ChannelRender['format'];
  output: string;
  warnings: { code: string; severity: string; message: string; line?: number; column?: number }[];
  length: number;
  limit?: number;
  text?: string;
  /** Email: null when the front matter has no `subject`. */
  subject?: string | null;
  sms?: {
    encoding: 'GSM-7' | 'UCS-2';
    units: number;
    segments: number;
    ucs2Characters: JsonCharacter[];
    doubleCharacters: JsonCharacter[];
  };
  phone?: { words: number; seconds: number };
}

interface JsonCharacter {
  char: string;
  codePoint: string;
  count: number;
  /** The first occurrence, 1-based. */
  line?: number;
  column?: number;
}

/** Runs `render`; returns the exit code, the text for stdout and notes for stderr. */
export async function runRender(o: RenderCliOptions): Promise<{ code: number; output: string; notes: string }> {
  const channels = parseChannels(o.channel);
  const file = toPosix(path.resolve(o.cwd, o.file));
  const read = readText(await readCapped(file, o.file, MAX_DOCUMENT_BYTES));
  if (!read.ok) throw new UsageError(`${o.file}: ${read.issue.message}`);
  const data = o.data === undefined ? undefined : await readData(o.cwd, o.data);

  const root = await findConfigRoot(nodeFileSystem, path.posix.dirname(file));
  // Only the default locale is taken from it; a configuration that can't be read leaves the default.
  const config = root ? await readInside(nodeFileSystem, root, CONFIG_FILE, MAX_CONFIG_BYTES, 'The configuration') : undefined;
  const configText = config?.ok ? new TextDecoder().decode(config.bytes) : '';
  const doc = parseDocument({
    path: file,
    relativePath: path.posix.relative(root ?? path.posix.dirname(file), file),
    text: read.text,
    defaultLocale: parseConfig(configText).config.defaultLocale,
    requireFrontMatter: root !== undefined,
  });
  // One parse for every channel asked for.
  const all = renderAll(doc, { data, maxSmsSegments: o.maxSegments, channels });
  const results = channels.map((channel) => all[channel] as ChannelRender);
  const shown = toPosix(path.relative(o.cwd, file)) || file;
  if (o.json) {
    const json = results.length === 1 ? toJson(results[0] as ChannelRender) : results.map(toJson);
    return { code: 0, output: `${JSON.stringify(json, null, 2)}\n`, notes: '' };
  }
  const notes = results
    .flatMap((r) => r.warnings)
    .map((w) => `support-kb: ${w.severity}: ${shown}${w.range ? `:${w.range.start.line + 1}:${w.range.start.character + 1}` : ''}: ${w.message} (${w.code})\n`)
    .join('');
  const payload = (r: ChannelRender) => (r.output.endsWith('\n') ? r.output : `${r.output}\n`);
  const output = results.length === 1 ? payload(results[0] as ChannelRender) : results.map((r) => `==> ${r.channel} <==\n${payload(r)}`).join('\n');
  return { code: 0, output, notes };
}

/** `email`, `email,sms` or `all`, in the order given, each once. */
function parseChannels(value: string | undefined): Channel[] {
  const list = CHANNELS.join(', ');
  if (value === undefined) throw new UsageError(`render needs --channel: one of ${list}, several separated by commas, or all`);
  if (value.trim() === 'all') return [...CHANNELS];
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(CHANNELS as readonly string[]).includes(name)) throw new UsageError(`unknown channel "${name}"; the channels are: ${list} (or all)`);
  }
  return [...new Set(names)] as Channel[];
}

/** Sample data for a template is a page of values; a larger file is a mistake. */
const MAX_DATA_FILE_BYTES = 1024 * 1024;

async function readData(cwd: string, file: string): Promise<Readonly<Record<string, unknown>>> {
  const text = readText(await readCapped(toPosix(path.resolve(cwd, file)), file, MAX_DATA_FILE_BYTES, 'data file'));
  if (!text.ok) throw new UsageError(`data file ${file}: ${text.issue.message}`);
  const read = parseDataFile(text.text);
  if (!read.ok) throw new UsageError(`data file ${file}${dataFilePosition(read)}: ${read.message}`);
  return read.data;
}

/** A file named on the command line: a regular file (a pipe would never end), at most `maxBytes`. */
async function readCapped(absolute: string, shown: string, maxBytes: number, what = 'file'): Promise<Uint8Array> {
  try {
    return await nodeFileSystem.readFile(absolute, { maxBytes });
  } catch (error) {
    const e = asFileError(error);
    if (e.code === 'not-found') throw new UsageError(`no such ${what}: ${shown}`);
    if (e.code === 'too-large') throw new UsageError(`${shown}: this ${what} is over ${maxBytes / 1024 / 1024} MB; Support KB does not read it`);
    if (e.code === 'not-a-file') throw new UsageError(`${shown} is not a regular file`);
    throw new UsageError(`${shown} could not be read (${e.message})`);
  }
}

export function toJson(r: ChannelRender): JsonRender {
  const out: JsonRender = {
    channel: r.channel,
    format: r.format,
    output: r.output,
    warnings: r.warnings.map((w) => ({
      code: w.code,
      severity: w.severity,
      message: w.message,
      ...(w.range ? { line: w.range.start.line + 1, column: w.range.start.character + 1 } : {}),
    })),
    length: r.length,
  };
  if (r.limit !== undefined) out.limit = r.limit;
  if (r.channel === 'email') {
    out.text = r.text;
    out.subject = r.subject ?? null;
  }
  if (r.sms) {
    const chars = (list: readonly SmsCharacter[]) =>
      list.map((c) => ({
        char: c.char,
        codePoint: c.codePoint,
        count: c.count,
        ...(c.ranges[0] ? { line: c.ranges[0].start.line + 1, column: c.ranges[0].start.character + 1 } : {}),
      }));
    out.sms = { encoding: r.sms.encoding, units: r.sms.units, segments: r.sms.segments, ucs2Characters: chars(r.sms.ucs2Characters), doubleCharacters: chars(r.sms.doubleCharacters) };
  }
  if (r.phone) out.phone = { words: r.phone.words, seconds: r.phone.seconds };
  return out;
}
