import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ms, printTable, summarize, type Timing } from '../harness';
import { writeKb } from '../write-kb';
import { markdownFiles, REAL_CORPUS } from './real-articles';
import { writeTextlintConfig } from './tone-lint';

const ROOT = resolve(__dirname, '../..');
const CLI = resolve(ROOT, 'dist/cli.js');
const TEXTLINT = resolve(ROOT, 'node_modules/textlint/bin/textlint.js');
const MARKDOWNLINT = resolve(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
/** GNU time gives a child's CPU time, which Node's spawnSync does not; without it the rows show wall time only. */
const GNU_TIME = '/usr/bin/time';

const KB_10K = resolve(ROOT, '.cache/bench-kb-10k');
const KB_1K = resolve(ROOT, '.cache/bench-kb-1k');
const KB_SAMPLE = resolve(ROOT, 'kb-sample');
/** A 2 KB macro of kb-sample: a writer's everyday file. */
const ONE_FILE = 'macros/ru/holding-investigating.md';
const SEARCH_QUERY = 'возрат денег';

interface ProcessTiming {
  readonly wall: Timing;
  /** User + system CPU of the process and its children, when GNU time is there. */
  readonly cpu: Timing | undefined;
  /** Standard output of the last run, to check the work was done. */
  readonly stdout: string;
}

/**
 * Whole processes as CI and a terminal run them (issue 17): Node's start-up,
 * loading the bundle, reading files, compiling rules and writing the report
 * are all in. In-process loops (the other suites) leave these out, and they
 * are what a user waits for: on 2026-12-07 `lint` over 10k documents was 20×+
 * textlint in process but 4.6× as a process.
 *
 * Our CLI is the production bundle (`node esbuild.js --production`, as the
 * VSIX ships it). Peers run from node_modules with their own CLIs.
 */
export async function benchWholeProcess(): Promise<void> {
  build();
  writeKb(KB_10K, { count: 10_000, seed: 42 });
  writeKb(KB_1K, { count: 1_000, seed: 42 });
  const textlintConfig = writeTextlintConfig();

  // Lint a 10k-document KB, JSON out, as CI would.
  const ours10k = run(process.execPath, [CLI, 'lint', '--format', 'json', '.'], KB_10K, 3, 1);
  const peer10k = run(process.execPath, [TEXTLINT, '--config', textlintConfig, '--format', 'json', 'faq', 'macros', 'snippets'], KB_10K, 2, 0);
  const ourFindings = countOurs(ours10k.stdout);
  const peerFindings = countTextlint(peer10k.stdout);
  // The same over real help-centre articles, read in place (real-articles.ts).
  const real = existsSync(REAL_CORPUS)
    ? {
        ours: run(process.execPath, [CLI, 'lint', '--format', 'json', '.'], REAL_CORPUS, 5, 1),
        peer: run(process.execPath, [TEXTLINT, '--config', textlintConfig, '--format', 'json', '.'], REAL_CORPUS, 3, 1),
      }
    : undefined;

  // One file, as a writer's pre-commit hook or editor task lints it.
  const oursOne = run(process.execPath, [CLI, 'lint', ONE_FILE], KB_SAMPLE, 10, 1);
  const peerOne = existsSync(MARKDOWNLINT) ? run(process.execPath, [MARKDOWNLINT, ONE_FILE], KB_SAMPLE, 10, 1) : undefined;
  const oursOneOf10k = run(process.execPath, [CLI, 'lint', firstFile(KB_10K, 'faq/ru')], KB_10K, 5, 1);

  // Search from a cold start: a new process each time, as a shell user or a script asks.
  const search = run(process.execPath, [CLI, 'search', SEARCH_QUERY, '--kb', KB_1K, '--limit', '5'], ROOT, 10, 1);
  const floor = run(process.execPath, ['-e', '0'], ROOT, 10, 1);

  const cpuRatio = (a: ProcessTiming, b: ProcessTiming) => (a.cpu && b.cpu ? `${(b.cpu.median / a.cpu.median).toFixed(1)}× less CPU` : '');
  printTable('Whole processes (start-up included; medians; our CLI is the production bundle)', [
    {
      measure: `lint 10k documents, --format json (wall; ${ourFindings} / ${peerFindings} findings)`,
      ours: ms(ours10k.wall.median),
      peer: `${ms(peer10k.wall.median)} (textlint 15 + prh CLI)`,
      ratio: `${(peer10k.wall.median / ours10k.wall.median).toFixed(1)}× faster`,
      target: '≥ 20×',
    },
    {
      measure: 'lint 10k documents (CPU, user + system)',
      ours: ours10k.cpu ? ms(ours10k.cpu.median) : 'n/a',
      peer: peer10k.cpu ? ms(peer10k.cpu.median) : 'n/a',
      ratio: cpuRatio(ours10k, peer10k),
      target: '≥ 20×',
    },
    ...(real
      ? [
          {
            measure: `lint ${markdownFiles(REAL_CORPUS).length} real help-centre articles (wall; ${countOurs(real.ours.stdout)} / ${countTextlint(real.peer.stdout)} findings)`,
            ours: ms(real.ours.wall.median),
            peer: `${ms(real.peer.wall.median)} (textlint 15 + prh CLI)`,
            ratio: `${(real.peer.wall.median / real.ours.wall.median).toFixed(1)}× faster; ${cpuRatio(real.ours, real.peer)}`,
          },
        ]
      : []),
    {
      measure: `lint one file (${ONE_FILE}, kb-sample: 80 documents)`,
      ours: `${ms(oursOne.wall.median)} (p95 ${ms(oursOne.wall.p95)})`,
      peer: peerOne ? `${ms(peerOne.wall.median)} (markdownlint-cli2, default rules)` : 'markdownlint-cli2 not installed',
      ratio: peerOne ? `${(peerOne.wall.median / oursOne.wall.median).toFixed(2)}× ${peerOne.wall.median >= oursOne.wall.median ? 'faster' : 'slower'}` : '',
      target: 'faster than the peer',
    },
    { measure: 'lint one file of the 10k KB (the whole KB is read for cross-file checks)', ours: `${ms(oursOneOf10k.wall.median)}` },
    {
      measure: `search "${SEARCH_QUERY}", 1,000-document KB, cold process`,
      ours: `${ms(search.wall.median)} (p95 ${ms(search.wall.p95)})`,
      target: '≤ 300 ms',
    },
    { measure: 'floor: `node -e 0` on this machine', ours: ms(floor.wall.median) },
  ]);
}

function build(): void {
  const made = spawnSync(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT, stdio: 'inherit' });
  if (made.status !== 0) throw new Error('esbuild.js --production failed');
}

function run(command: string, args: readonly string[], cwd: string, runs: number, warmup: number): ProcessTiming {
  const walls: number[] = [];
  const cpus: number[] = [];
  let stdout = '';
  const scratch = mkdtempSync(join(tmpdir(), 'support-kb-bench-'));
  const timeFile = join(scratch, 'time');
  const timed = existsSync(GNU_TIME);
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const start = performance.now();
      const child = timed
        ? spawnSync(GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
        : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
      const wall = performance.now() - start;
      // Lint exits 1 when it finds errors; anything else means the run did not do the work.
      if (child.status === null || child.status > 1) throw new Error(`${[command, ...args].join(' ')} exited ${child.status}: ${child.stderr.slice(0, 2000)}`);
      if (i < warmup) continue;
      walls.push(wall);
      stdout = child.stdout;
      if (timed) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpus.push((user + system) * 1000);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { wall: summarize(walls), cpu: timed ? summarize(cpus) : undefined, stdout };
}

function countOurs(json: string): number {
  return (JSON.parse(json) as { issues: unknown[] }[]).reduce((n, f) => n + f.issues.length, 0);
}

function countTextlint(json: string): number {
  return (JSON.parse(json) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);
}

/** The first document (by path) under `folder` of a KB, relative to the KB. */
function firstFile(kb: string, folder: string): string {
  const found = markdownFiles(join(kb, folder))[0];
  if (!found) throw new Error(`no document under ${folder}`);
  return relative(kb, found);
}
