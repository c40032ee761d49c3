/**
 * Write a generated knowledge base to disk for benchmarks.
 *
 *   node --import tsx bench/write-kb.ts OUT_DIR [--count 10000] [--seed 42] [--ru-share 0.6] [--force]
 *
 * OUT_DIR/.generated.json records the generator version and options (plus the stats and the list of
 * deliberately broken documents). When it matches, nothing is written, so benches can call this
 * before every run. When it does not match, the previous generated tree is removed and rewritten.
 * A non-empty OUT_DIR without that marker is left alone unless --force is given.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GENERATOR_VERSION, describeKb, docInfo, generateKb, type KbStats } from './generate-kb';

export const MARKER_FILE = '.generated.json';
const GENERATOR_NAME = 'support-kb/bench/generate-kb';

export interface WriteKbOptions {
  count: number;
  seed: number;
  ruShare?: number;
  /** Overwrite a non-empty directory that was not written by this tool. */
  force?: boolean;
}

export interface Marker {
  generator: string;
  version: number;
  count: number;
  seed: number;
  ruShare: number;
  stats: KbStats;
  problems: {
    tone: { path: string; category: string; sentence: string }[];
    frontMatter: { path: string; kind: string; detail: string }[];
  };
}

export interface WriteKbResult {
  /** false when the marker matched and the existing tree was reused. */
  written: boolean;
  outDir: string;
  marker: Marker;
  /** Time spent generating and writing, ms (0 when reused). */
  ms: number;
}

function readMarker(outDir: string): Marker | null {
  try {
    return JSON.parse(readFileSync(join(outDir, MARKER_FILE), 'utf8')) as Marker;
  } catch {
    return null;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function writeKb(outDirArg: string, opts: WriteKbOptions): WriteKbResult {
  const outDir = resolve(outDirArg);
  const ruShare = opts.ruShare ?? 0.6;
  const previous = readMarker(outDir);
  if (
    previous &&
    previous.generator === GENERATOR_NAME &&
    previous.version === GENERATOR_VERSION &&
    previous.count === opts.count &&
    previous.seed === opts.seed &&
    previous.ruShare === ruShare
  ) {
    return { written: false, outDir, marker: previous, ms: 0 };
  }

  const existing = listDir(outDir);
  if (existing.length > 0) {
    if (!previous && !opts.force) {
      throw new Error(`${outDir} is not empty and has no ${MARKER_FILE}; refusing to write into it (use --force)`);
    }
    // Our own earlier output (or --force): start from an empty directory. The marker goes first,
    // so an interrupted rewrite is never mistaken for a complete one.
    rmSync(join(outDir, MARKER_FILE), { force: true });
    for (const name of existing) rmSync(join(outDir, name), { recursive: true, force: true });
  }

  const t0 = performance.now();
  const files = generateKb({ count: opts.count, seed: opts.seed, ruShare });
  const made = new Set<string>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    const dir = slash < 0 ? outDir : join(outDir, file.path.slice(0, slash));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(outDir, file.path), file.text);
  }

  const marker: Marker = {
    generator: GENERATOR_NAME,
    version: GENERATOR_VERSION,
    count: opts.count,
    seed: opts.seed,
    ruShare,
    stats: describeKb(files),
    problems: { tone: [], frontMatter: [] },
  };
  for (const file of files) {
    const info = docInfo(file);
    if (info?.toneProblem) marker.problems.tone.push({ path: file.path, ...info.toneProblem });
    if (info?.frontMatterProblem) marker.problems.frontMatter.push({ path: file.path, ...info.frontMatterProblem });
  }
  writeFileSync(join(outDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
  return { written: true, outDir, marker, ms: performance.now() - t0 };
}

const USAGE = 'usage: node --import tsx bench/write-kb.ts OUT_DIR [--count 10000] [--seed 42] [--ru-share 0.6] [--force]';

function parseArgs(argv: readonly string[]): { outDir: string } & WriteKbOptions {
  let outDir: string | undefined;
  const opts: WriteKbOptions = { count: 10000, seed: 42 };
  const number = (flag: string, value: string | undefined, integer: boolean): number => {
    const n = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      throw new Error(`${flag} needs a${integer ? 'n integer' : ' number'}, got ${value ?? 'nothing'}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--count':
        opts.count = number(flag, value(), true);
        if (opts.count < 0) throw new Error('--count must be >= 0');
        break;
      case '--seed':
        opts.seed = number(flag, value(), true);
        break;
      case '--ru-share':
        opts.ruShare = number(flag, value(), false);
        if (opts.ruShare < 0 || opts.ruShare > 1) throw new Error('--ru-share must be between 0 and 1');
        break;
      case '--force':
        opts.force = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        if (flag.startsWith('-') || outDir !== undefined) throw new Error(`unexpected argument ${arg}`);
        outDir = arg;
    }
  }
  if (outDir === undefined) throw new Error('OUT_DIR is required');
  return { outDir, ...opts };
}

function main(): void {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`write-kb: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  try {
    const result = writeKb(args.outDir, args);
    const s = result.marker.stats;
    const what = result.written ? `wrote in ${result.ms.toFixed(0)} ms` : 'up to date, reused';
    console.log(
      `write-kb: ${result.outDir}: ${what}; ${s.documents} documents, ${(s.bytes / 1e6).toFixed(2)} MB, ru ${s.ru} / en ${s.en}, ` +
        `${s.withToneProblems} with tone problems, ${s.withFrontMatterProblems} with front-matter problems`,
    );
  } catch (err) {
    console.error(`write-kb: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
